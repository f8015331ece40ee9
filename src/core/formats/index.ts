import { decodeText, isBytes, type Bytes } from '../decode-text.js';
import type {
  ChaptersFormat,
  ParseResult,
  Problem,
  RawChapter,
  RawSegment,
  SourceInfo,
  TranscriptFormat,
  TranscriptParseResult,
} from '../model.js';
import { detectChaptersFormat, detectTranscriptFormat } from './detect.js';
import { parseHtmlTranscript } from './html-transcript.js';
import { parsePlainText } from './plain-text.js';
import { parsePodcastJsonChapters } from './podcast-json-chapters.js';
import { parsePodcastJsonTranscript } from './podcast-json-transcript.js';
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

type Parser<T> = (text: string, source?: SourceInfo) => ParseResult<T> & { untimed?: true };

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
 * wrong is a problem, and a fatal one when no line could be read. `untimed` says the file
 * has no times at all (plain text, HTML without `<time>`).
 */
export function parseTranscript(
  text: string | Bytes,
  options: TranscriptOptions = {},
): TranscriptParseResult & { format?: TranscriptFormat } {
  return parseAny(text, options, TRANSCRIPT_PARSERS, detectTranscriptFormat, {
    expected:
      'not a transcript: expected WebVTT, SRT, Podcasting 2.0 JSON, Podlove JSON, Podlove Simple Transcripts XML, HTML, timestamped lines or plain text',
    empty: 'no transcript lines found',
  });
}

/** Reads a chapters file of any supported format. Never throws, like `parseTranscript`. */
export function parseChapters(text: string | Bytes, options: ChaptersOptions = {}): ParseResult<RawChapter> & { format?: ChaptersFormat } {
  return parseAny(text, options, CHAPTER_PARSERS, detectChaptersFormat, {
    expected: 'not a chapters file: expected Podcasting 2.0 JSON chapters, Podlove Simple Chapters (XML or JSON) or WebVTT chapters',
    empty: 'no chapters found',
  });
}

function parseAny<T, F extends string>(
  input: unknown,
  options: SourceInfo & { format?: F },
  parsers: Record<F, Parser<T>>,
  detect: (text: string, source?: SourceInfo) => F | undefined,
  messages: { expected: string; empty: string },
): ParseResult<T> & { format?: F; untimed?: true } {
  const fail = (message: string, where = 'file') => ({ items: [], problems: [{ where, message, fatal: true }] });
  try {
    // Bytes are decoded first, unless there are too many of them to be worth decoding.
    if (isBytes(input)) {
      if (input.byteLength > MAX_FILE_CHARS) return fail('the file is larger than 20 MB');
      return parseAny(decodeText(input, options.contentType), options, parsers, detect, messages);
    }
    if (typeof input !== 'string') return fail('the file could not be read as text');
    if (input.length > MAX_FILE_CHARS) return fail('the file is larger than 20 MB');
    const text = unixLines(input.replace(/^\uFEFF/, ''));
    if (text.trim() === '') return fail('the file is empty');
    const source: SourceInfo = {
      ...(options.url !== undefined ? { url: options.url } : {}),
      ...(options.contentType !== undefined ? { contentType: options.contentType } : {}),
    };
    const format = options.format && Object.hasOwn(parsers, options.format) ? options.format : detect(text, source);
    if (format === undefined) return fail(messages.expected);
    const { items, problems, untimed } = parsers[format](text, source);
    if (items.length === 0 && !problems.some((problem) => problem.fatal)) {
      problems.push({ where: 'file', message: messages.empty, fatal: true });
    }
    return { items, problems: capped(problems), format, ...(untimed && items.length > 0 ? { untimed } : {}) };
  } catch (error) {
    return fail(`the file could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `\n` line ends. Most files have no CR, and `includes` finds that far faster than a regex scan. */
const unixLines = (text: string) => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);

function capped(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const fatal = problems.filter((problem) => problem.fatal);
  const kept = problems.filter((problem) => !problem.fatal).slice(0, MAX_PROBLEMS - fatal.length - 1);
  const more = problems.length - kept.length - fatal.length;
  return [...kept, { where: 'file', message: `${more} more problems like these were not listed` }, ...fatal];
}
