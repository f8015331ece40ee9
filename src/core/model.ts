import type { Problem } from './message.js';

/**
 * The episode model every parser produces and every view reads.
 * Times are seconds from the start of the audio, as floats.
 */

/** One timed word inside a segment, for word-level highlight. */
export interface Word {
  start: number;
  end: number;
  text: string;
}

/** One transcript line (a cue, an utterance). */
export interface Segment {
  start: number;
  /** Always set after normalisation; `Infinity` only when nothing bounds the last line. */
  end: number;
  text: string;
  speaker?: string;
  words?: Word[];
}

/** A chapter. `toc: false` chapters are metadata only (artwork), never listed or marked. */
export interface Chapter {
  start: number;
  end: number;
  title: string;
  /** Absolute `http(s):` or `data:image/` URL; anything else is dropped by the parser. */
  image?: string;
  /** Absolute `http(s):` URL; anything else is dropped by the parser. */
  link?: string;
  toc: boolean;
}

/**
 * A segment as a parser reads it: the end may be unknown until normalisation, or before the
 * start where a cue file says so (normalisation ignores such an end).
 */
export type RawSegment = Omit<Segment, 'end'> & { end?: number };

/** A chapter as a parser reads it: the end may be unknown until normalisation. */
export type RawChapter = Omit<Chapter, 'end'> & { end?: number };

/** What a parser read, and what it could not (as codes: `src/i18n/` words them). */
export interface ParseResult<T> {
  items: T[];
  problems: Problem[];
}

/**
 * A transcript reader's result. `untimed`: the file has no times at all (plain text, HTML
 * without `<time>`), so every line starts at 0 and none is ever the spoken one; the text is
 * there to read and search.
 */
export interface TranscriptParseResult extends ParseResult<RawSegment> {
  untimed?: true;
}

export type TranscriptFormat = 'json' | 'vtt' | 'srt' | 'lines' | 'text' | 'podlove-json' | 'pst' | 'html';

export type ChaptersFormat = 'json' | 'psc-json' | 'psc' | 'vtt';

/** What is known about where a file came from, to resolve URLs and help format detection. */
export interface SourceInfo {
  /** The file's own URL, for resolving relative image and link URLs. */
  url?: string;
  /** The HTTP Content-Type, a weak hint only: real servers often get it wrong. */
  contentType?: string;
}
