import { decodeText } from '../decode-text.js';
import { isBytes } from '../utf8-text.js';
import { repairWideText } from '../wide-text.js';
import { problem, type DataResource, type Problem } from '../message.js';
import type { ParseResult, SourceInfo } from '../model.js';

/** Larger files are refused: no transcript is that big, and parsing it would freeze the page. */
export const MAX_FILE_CHARS = 20 * 1024 * 1024;
/** Beyond this, problems are summarised: a broken file must not flood the UI or the console. */
const MAX_PROBLEMS = 100;

export type Parsed<T> = ParseResult<T> & { untimed?: true };
export type Parser<T> = (text: string, source?: SourceInfo) => Parsed<T>;
/** A reader that pauses (`yield`) between steps of a long file. */
export type SteppedParser<T> = (text: string, source?: SourceInfo) => Generator<void, Parsed<T>>;

/**
 * How one kind of file (transcripts, chapters) is read: its formats, how each is told apart,
 * and the parsers at hand. A player has its common formats' parsers in its script and loads
 * the others on use (`common-formats.ts`, `rare-formats.ts`); `index.ts` has them all.
 */
export interface FormatReaders<T, F extends string> {
  resource: DataResource;
  /** Every format of this kind (a forced format that is none of them is ignored). */
  formats: Readonly<Record<F, true>>;
  detect(text: string, source?: SourceInfo): F | undefined;
  parsers: Partial<Record<F, Parser<T>>>;
  /** Readers that can pause; the others read a file in one step. */
  stepped: Partial<Record<F, SteppedParser<T>>>;
}

export type ReadResult<T, F> = ParseResult<T> & { format?: F; untimed?: true };

/** The file is in a format whose parser is not at hand: nothing was read. */
export interface Lacking<F> {
  lacking: F;
}

export const isLacking = <F>(result: object): result is Lacking<F> => 'lacking' in result;

/**
 * Reads a file of any of `readers`' formats, as text or as the file's bytes (decoded by
 * `decode-text.ts`, with `contentType`'s charset); `inSteps`, pausing (`yield`) between the
 * steps of a stepped parser. Never throws: everything that goes wrong is a problem, and a fatal one
 * when nothing could be read. A format without its parser gives `Lacking`.
 */
export function* readAny<T, F extends string>(
  input: unknown,
  options: SourceInfo & { format?: F | undefined },
  readers: FormatReaders<T, F>,
  inSteps = false,
): Generator<void, ReadResult<T, F> | Lacking<F>> {
  const fail = (fatal: Problem) => ({ items: [], problems: [fatal] });
  const tooLarge = () => fail(problem('file-too-large', { megabytes: MAX_FILE_CHARS / 1024 / 1024 }, { fatal: true }));
  const { resource, parsers } = readers;
  try {
    // Bytes are decoded first, unless there are too many of them to be worth decoding.
    if (isBytes(input)) {
      if (input.byteLength > MAX_FILE_CHARS) return tooLarge();
      return yield* readAny(decodeText(input, options.contentType), options, readers, inSteps);
    }
    if (typeof input !== 'string') return fail(problem('file-not-text', {}, { fatal: true }));
    if (input.length > MAX_FILE_CHARS) return tooLarge();
    const text = unixLines(repairWideText(input).replace(/^\uFEFF/, ''));
    if (text.trim() === '') return fail(problem('file-empty', {}, { fatal: true }));
    const source: SourceInfo = {
      ...(options.url !== undefined ? { url: options.url } : {}),
      ...(options.contentType !== undefined ? { contentType: options.contentType } : {}),
    };
    const format = options.format && Object.hasOwn(readers.formats, options.format) ? options.format : readers.detect(text, source);
    if (format === undefined) return fail(problem('format-unknown', { resource }, { fatal: true }));
    const stepped = inSteps ? readers.stepped[format] : undefined;
    const parse = parsers[format];
    if (!stepped && !parse) return { lacking: format };
    const { items, problems, untimed } = stepped ? yield* stepped(text, source) : parse!(text, source);
    if (items.length === 0 && !problems.some((each) => each.fatal)) {
      problems.push(problem('nothing-found', { resource }, { fatal: true }));
    }
    return { items, problems: capped(problems), format, ...(untimed && items.length > 0 ? { untimed } : {}) };
  } catch (error) {
    return fail(problem('file-unreadable', { detail: error instanceof Error ? error.message : String(error) }, { fatal: true }));
  }
}

/** A reader run to its end, without pausing. */
export function toEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `\n` line ends. Most files have no CR, and `includes` finds that far faster than a regex scan. */
const unixLines = (text: string) => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);

function capped(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const fatal = problems.filter((each) => each.fatal);
  const kept = problems.filter((each) => !each.fatal).slice(0, MAX_PROBLEMS - fatal.length - 1);
  const more = problems.length - kept.length - fatal.length;
  return [...kept, problem('more-problems', { count: more }), ...fatal];
}
