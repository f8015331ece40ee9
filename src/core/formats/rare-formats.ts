import type { RawChapter, RawSegment } from '../model.js';
import type { RareChaptersFormat, RareTranscriptFormat } from './common-formats.js';
import { parseHtmlTranscript } from './html-transcript.js';
import { parsePlainText } from './plain-text.js';
import { parsePodloveJsonChapters } from './podlove-json-chapters.js';
import { parsePodloveJsonTranscript } from './podlove-json-transcript.js';
import { parsePodloveSimpleChapters } from './podlove-simple-chapters.js';
import { parsePodloveSimpleTranscripts } from './podlove-simple-transcripts.js';
import type { Parser } from './read-any.js';
import { parseTimestampedLines } from './timestamped-lines.js';

/**
 * The parsers of the formats few feeds use: HTML, timestamped lines and plain text,
 * Podlove JSON and Podlove Simple Transcripts and Chapters. The player loads this module
 * when a file is in one of them (`data/format-readers.ts`); `index.ts` has them at once.
 * Parsers only: the reading around them is the main script's.
 */
export const RARE_TRANSCRIPT_PARSERS: Record<RareTranscriptFormat, Parser<RawSegment>> = {
  lines: parseTimestampedLines,
  text: parsePlainText,
  'podlove-json': parsePodloveJsonTranscript,
  pst: parsePodloveSimpleTranscripts,
  html: parseHtmlTranscript,
};

export const RARE_CHAPTERS_PARSERS: Record<RareChaptersFormat, Parser<RawChapter>> = {
  'psc-json': parsePodloveJsonChapters,
  psc: parsePodloveSimpleChapters,
};
