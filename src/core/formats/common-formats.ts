import type { ChaptersFormat, RawChapter, RawSegment, TranscriptFormat } from '../model.js';
import { detectChaptersFormat, detectTranscriptFormat } from './detect.js';
import { parsePodcastJsonChapters } from './podcast-json-chapters.js';
import { parsePodcastJsonTranscript, parsePodcastJsonTranscriptInSteps } from './podcast-json-transcript.js';
import type { FormatReaders, Parser } from './read-any.js';
import { parseSrt } from './srt.js';
import { parseWebVTT } from './webvtt.js';
import { parseWebVTTChapters } from './webvtt-chapters.js';

/**
 * The formats nearly every feed uses, whose parsers are part of the player's script:
 * Podcasting 2.0 JSON, SubRip and WebVTT transcripts (SubRip is most of what real feeds
 * link), Podcasting 2.0 JSON and WebVTT chapters. The others are read by `rare-formats.ts`,
 * which the player loads when a file needs it; format detection knows them all.
 */
export type CommonTranscriptFormat = 'json' | 'vtt' | 'srt';
export type CommonChaptersFormat = 'json' | 'vtt';
export type RareTranscriptFormat = Exclude<TranscriptFormat, CommonTranscriptFormat>;
export type RareChaptersFormat = Exclude<ChaptersFormat, CommonChaptersFormat>;

export const COMMON_TRANSCRIPT_PARSERS: Record<CommonTranscriptFormat, Parser<RawSegment>> = {
  json: parsePodcastJsonTranscript,
  vtt: parseWebVTT,
  srt: parseSrt,
};

export const COMMON_CHAPTERS_PARSERS: Record<CommonChaptersFormat, Parser<RawChapter>> = {
  json: parsePodcastJsonChapters,
  vtt: parseWebVTTChapters,
};

/** Every format's name, so a forced format is known even when its parser is not at hand. */
const TRANSCRIPT_FORMATS: Record<TranscriptFormat, true> = {
  json: true,
  vtt: true,
  srt: true,
  lines: true,
  text: true,
  'podlove-json': true,
  pst: true,
  html: true,
};

const CHAPTERS_FORMATS: Record<ChaptersFormat, true> = { json: true, vtt: true, 'psc-json': true, psc: true };

/** Transcripts with the common formats' parsers; a long Podcasting 2.0 JSON file can be read in steps. */
export const TRANSCRIPT_READERS: FormatReaders<RawSegment, TranscriptFormat> = {
  resource: 'transcript',
  formats: TRANSCRIPT_FORMATS,
  detect: detectTranscriptFormat,
  parsers: COMMON_TRANSCRIPT_PARSERS,
  stepped: { json: parsePodcastJsonTranscriptInSteps },
};

export const CHAPTERS_READERS: FormatReaders<RawChapter, ChaptersFormat> = {
  resource: 'chapters',
  formats: CHAPTERS_FORMATS,
  detect: detectChaptersFormat,
  parsers: COMMON_CHAPTERS_PARSERS,
  stepped: {},
};

export const isRareTranscriptFormat = (format: string | undefined): format is RareTranscriptFormat =>
  format !== undefined && Object.hasOwn(TRANSCRIPT_FORMATS, format) && !Object.hasOwn(COMMON_TRANSCRIPT_PARSERS, format);

export const isRareChaptersFormat = (format: string | undefined): format is RareChaptersFormat =>
  format !== undefined && Object.hasOwn(CHAPTERS_FORMATS, format) && !Object.hasOwn(COMMON_CHAPTERS_PARSERS, format);
