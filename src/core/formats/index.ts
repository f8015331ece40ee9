import { withEnglish, type DescribedProblem } from '../../i18n/english.js';
import type { Bytes } from '../decode-text.js';
import { problem, type DataResource } from '../message.js';
import type { ChaptersFormat, ParseResult, RawChapter, RawSegment, SourceInfo, TranscriptFormat, TranscriptParseResult } from '../model.js';
import { CHAPTERS_READERS, COMMON_CHAPTERS_PARSERS, COMMON_TRANSCRIPT_PARSERS, TRANSCRIPT_READERS } from './common-formats.js';
import { RARE_CHAPTERS_PARSERS, RARE_TRANSCRIPT_PARSERS } from './rare-formats.js';
import { isLacking, readAny, toEnd, type FormatReaders, type Lacking, type Parser, type ReadResult } from './read-any.js';

export { detectChaptersFormat, detectTranscriptFormat } from './detect.js';
export { MAX_FILE_CHARS } from './read-any.js';

/*
 * Every format's parser, at once: the API for programs (the command line, the `core` entry).
 * The player's script has the common formats' parsers and loads the others on use
 * (`data/format-readers.ts`).
 */
const TRANSCRIPT_PARSERS: Record<TranscriptFormat, Parser<RawSegment>> = { ...COMMON_TRANSCRIPT_PARSERS, ...RARE_TRANSCRIPT_PARSERS };
const CHAPTERS_PARSERS: Record<ChaptersFormat, Parser<RawChapter>> = { ...COMMON_CHAPTERS_PARSERS, ...RARE_CHAPTERS_PARSERS };
const TRANSCRIPTS: FormatReaders<RawSegment, TranscriptFormat> = { ...TRANSCRIPT_READERS, parsers: TRANSCRIPT_PARSERS };
const CHAPTERS: FormatReaders<RawChapter, ChaptersFormat> = { ...CHAPTERS_READERS, parsers: CHAPTERS_PARSERS };

export type TranscriptOptions = SourceInfo & { format?: TranscriptFormat };
export type ChaptersOptions = SourceInfo & { format?: ChaptersFormat };

/**
 * Reads a transcript file of any supported format, as text or as the file's bytes (decoded
 * by `decode-text.ts`, with `contentType`'s charset). Never throws: everything that goes
 * wrong is a problem, and a fatal one when no line could be read. Problems are codes
 * (`describeProblem` words them in a language).
 * `untimed` says the file has no times at all (plain text, HTML without `<time>`).
 */
export function readTranscript(
  text: string | Bytes,
  options: TranscriptOptions = {},
): TranscriptParseResult & { format?: TranscriptFormat } {
  return complete(toEnd(readAny(text, options, TRANSCRIPTS)), 'transcript');
}

/**
 * `readTranscript`, pausing (`yield`) about every millisecond while it reads a long
 * Podcasting 2.0 JSON transcript, so that a page can paint and answer input in between;
 * the result is the same. Other formats are read in one step: their long files are read
 * in well under the time of a frame.
 */
export function* readTranscriptInSteps(
  text: string | Bytes,
  options: TranscriptOptions = {},
): Generator<void, TranscriptParseResult & { format?: TranscriptFormat }> {
  return complete(yield* readAny(text, options, TRANSCRIPTS, true), 'transcript');
}

/** Reads a chapters file of any supported format. Never throws, like `readTranscript`. */
export function readChapters(text: string | Bytes, options: ChaptersOptions = {}): ParseResult<RawChapter> & { format?: ChaptersFormat } {
  return complete(toEnd(readAny(text, options, CHAPTERS)), 'chapters');
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

/** What every format's parsers give: never `Lacking`, which says so should it ever be. */
function complete<T, F>(result: ReadResult<T, F> | Lacking<F>, resource: DataResource): ReadResult<T, F> {
  return isLacking(result) ? { items: [], problems: [problem('format-unknown', { resource }, { fatal: true })] } : result;
}
