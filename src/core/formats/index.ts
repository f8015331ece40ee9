import { withEnglish, type DescribedProblem } from '../../i18n/english.js';
import { decodeText, isBytes, repairWideText, type Bytes } from '../decode-text.js';
import { problem, type DataResource, type Problem } from '../message.js';
import type { ChaptersFormat, ParseResult, RawChapter, RawSegment, SourceInfo, TranscriptFormat, TranscriptParseResult } from '../model.js';
import { detectChaptersFormat, detectTranscriptFormat } from './detect.js';
import { parseHtmlTranscript } from './html-transcript.js';
import { parsePlainText } from './plain-text.js';
import { parsePodcastJsonChapters } from './podcast-json-chapters.js';
import { parsePodcastJsonTranscript, parsePodcastJsonTranscriptInSteps } from './podcast-json-transcript.js';
import { parsePodloveJsonChapters } from './podlove-json-chapters.js';
import { parsePodloveJsonTranscript } from './podlove-json-transcript.js';
import { parsePodloveSimpleChapters } from './podlove-simple-chapters.js';
import { parsePodloveSimpleTranscripts } from './podlove-simple-transcripts.js';
import { parseSrt } from './srt.js';
import { parseTimestampedLines } from './timestamped-lines.js';
import { parseWebVTT } from './webvtt.js';
import { parseWebVTTChapters } from './webvtt-chapters.js';

export { detectChaptersFormat, detectTranscriptFormat } from './detect.js';

/** Larger files are refused: no transcript is that big, and parsing it would freeze the page. */
export const MAX_FILE_CHARS = 20 * 1024 * 1024;
/** Beyond this, problems are summarised: a broken file must not flood the UI or the console. */
const MAX_PROBLEMS = 100;

type Parsed<T> = ParseResult<T> & { untimed?: true };
type Parser<T> = (text: string, source?: SourceInfo) => Parsed<T>;
/** A reader that pauses (`yield`) between steps of a long file. */
type SteppedParser<T> = (text: string, source?: SourceInfo) => Generator<void, Parsed<T>>;

const TRANSCRIPT_PARSERS: Record<TranscriptFormat, Parser<RawSegment>> = {
  json: parsePodcastJsonTranscript,
  vtt: parseWebVTT,
  srt: parseSrt,
  lines: parseTimestampedLines,
  text: parsePlainText,
  'podlove-json': parsePodloveJsonTranscript,
  pst: parsePodloveSimpleTranscripts,
  html: parseHtmlTranscript,
};

const CHAPTER_PARSERS: Record<ChaptersFormat, Parser<RawChapter>> = {
  json: parsePodcastJsonChapters,
  'psc-json': parsePodloveJsonChapters,
  psc: parsePodloveSimpleChapters,
  vtt: parseWebVTTChapters,
};

export type TranscriptOptions = SourceInfo & { format?: TranscriptFormat };
export type ChaptersOptions = SourceInfo & { format?: ChaptersFormat };

/**
 * Reads a transcript file of any supported format, as text or as the file's bytes (decoded
 * by `decode-text.ts`, with `contentType`'s charset). Never throws: everything that goes
 * wrong is a problem, and a fatal one when no line could be read. Problems are codes
 * (`describeProblem` words them in a language); the player reads files through this.
 * `untimed` says the file has no times at all (plain text, HTML without `<time>`).
 */
export function readTranscript(
  text: string | Bytes,
  options: TranscriptOptions = {},
): TranscriptParseResult & { format?: TranscriptFormat } {
  return toEnd(parseAny(text, options, TRANSCRIPT_PARSERS, detectTranscriptFormat, 'transcript'));
}

/** Readers that can pause; the others read a file in one step. */
const STEPPED_TRANSCRIPT_PARSERS: Partial<Record<TranscriptFormat, SteppedParser<RawSegment>>> = {
  json: parsePodcastJsonTranscriptInSteps,
};

/**
 * `readTranscript`, pausing (`yield`) about every millisecond while it reads a long
 * Podcasting 2.0 JSON transcript, so that a page can paint and answer input in between;
 * the result is the same. Other formats are read in one step: their long files are read
 * in well under the time of a frame.
 */
export function readTranscriptInSteps(
  text: string | Bytes,
  options: TranscriptOptions = {},
): Generator<void, TranscriptParseResult & { format?: TranscriptFormat }> {
  return parseAny(text, options, TRANSCRIPT_PARSERS, detectTranscriptFormat, 'transcript', STEPPED_TRANSCRIPT_PARSERS);
}

/** Reads a chapters file of any supported format. Never throws, like `readTranscript`. */
export function readChapters(text: string | Bytes, options: ChaptersOptions = {}): ParseResult<RawChapter> & { format?: ChaptersFormat } {
  return toEnd(parseAny(text, options, CHAPTER_PARSERS, detectChaptersFormat, 'chapters'));
}

/** What the public parsers return: each problem also says where it is and what it is in English. */
export type DescribedParseResult<T, F> = { items: T[]; problems: DescribedProblem[]; format?: F };

/**
 * `readTranscript` for programs: each problem also has `where` ("line 12",
 * "segments[3].startTime", "file") and `message`, in English.
 */
export function parseTranscript(
  text: string | Bytes,
  options: TranscriptOptions = {},
): DescribedParseResult<RawSegment, TranscriptFormat> & { untimed?: true } {
  return described(readTranscript(text, options));
}

/** `readChapters` with English `where` and `message` on each problem, like `parseTranscript`. */
export function parseChapters(text: string | Bytes, options: ChaptersOptions = {}): DescribedParseResult<RawChapter, ChaptersFormat> {
  return described(readChapters(text, options));
}

const described = <T, F, R extends ParseResult<T> & { format?: F }>(result: R): Omit<R, 'problems'> & { problems: DescribedProblem[] } => ({
  ...result,
  problems: result.problems.map(withEnglish),
});

/** A reader run to its end, without pausing. */
function toEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function* parseAny<T, F extends string>(
  input: unknown,
  options: SourceInfo & { format?: F },
  parsers: Record<F, Parser<T>>,
  detect: (text: string, source?: SourceInfo) => F | undefined,
  resource: DataResource,
  stepped: Partial<Record<F, SteppedParser<T>>> = {},
): Generator<void, ParseResult<T> & { format?: F; untimed?: true }> {
  const fail = (fatal: Problem) => ({ items: [], problems: [fatal] });
  const tooLarge = () => fail(problem('file-too-large', { megabytes: MAX_FILE_CHARS / 1024 / 1024 }, { fatal: true }));
  try {
    // Bytes are decoded first, unless there are too many of them to be worth decoding.
    if (isBytes(input)) {
      if (input.byteLength > MAX_FILE_CHARS) return tooLarge();
      return yield* parseAny(decodeText(input, options.contentType), options, parsers, detect, resource, stepped);
    }
    if (typeof input !== 'string') return fail(problem('file-not-text', {}, { fatal: true }));
    if (input.length > MAX_FILE_CHARS) return tooLarge();
    const text = unixLines(repairWideText(input).replace(/^\uFEFF/, ''));
    if (text.trim() === '') return fail(problem('file-empty', {}, { fatal: true }));
    const source: SourceInfo = {
      ...(options.url !== undefined ? { url: options.url } : {}),
      ...(options.contentType !== undefined ? { contentType: options.contentType } : {}),
    };
    const format = options.format && Object.hasOwn(parsers, options.format) ? options.format : detect(text, source);
    if (format === undefined) return fail(problem('format-unknown', { resource }, { fatal: true }));
    const inSteps = stepped[format];
    const { items, problems, untimed } = inSteps ? yield* inSteps(text, source) : parsers[format](text, source);
    if (items.length === 0 && !problems.some((each) => each.fatal)) {
      problems.push(problem('nothing-found', { resource }, { fatal: true }));
    }
    return { items, problems: capped(problems), format, ...(untimed && items.length > 0 ? { untimed } : {}) };
  } catch (error) {
    return fail(problem('file-unreadable', { detail: error instanceof Error ? error.message : String(error) }, { fatal: true }));
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
