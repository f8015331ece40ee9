import type { ChaptersFormat, SourceInfo, TranscriptFormat } from '../model.js';
import { looksLikeProse, looksLikeTimestampedLines } from './text-shapes.js';

/**
 * Format sniffing. The content decides: servers send wrong Content-Types and files are
 * published under wrong names (VTT as `.txt`, VTT timings in `.srt`). The Content-Type
 * and the URL's extension are only a fallback when the content says nothing.
 */

const HEAD = 16_384;
const CUE_TIMING = /^[ \t]*\d[\d:.,]*[ \t]*-->[ \t]*\d/m;
const SRT_TIMING = /^[ \t]*\d[\d:]*,\d+[ \t]*-->/m;
const PST = /<(?:[\w.-]+:)?item\s[^<>]*\bstart\s*=/;
const PSC = /<(?:[\w.-]+:)?chapter\s[^<>]*\bstart\s*=/;
const HTML = /<(?:cite|time|p|html|body|!doctype html)\b/i;

const head = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, HEAD);
// `[00:01:23] text` starts with a bracket too: JSON needs an object or the end next.
const JSON_OBJECT = /^\{\s*["'}]/;
const JSON_ARRAY = /^\[\s*[{\]]/;
const hasKey = (text: string, key: string) => new RegExp(`["']${key}["']\\s*:`).test(text);

export function detectTranscriptFormat(text: string, source?: SourceInfo): TranscriptFormat | undefined {
  const start = head(text);
  if (/^WEBVTT(?:\s|$)/.test(start)) return 'vtt';
  if (JSON_OBJECT.test(start)) {
    if (hasKey(text, 'segments')) return 'json';
    if (hasKey(text, 'transcripts')) return 'podlove-json';
    return undefined;
  }
  if (JSON_ARRAY.test(start)) return /["'](?:text|voice|body)["']\s*:/.test(start) ? 'podlove-json' : undefined;
  if (PST.test(start) && /<(?:[\w.-]+:)?(?:transcripts|speech)\b/.test(start)) return 'pst';
  // Cues without the WEBVTT line: SubRip, unless the file's name or type says WebVTT and its
  // times are WebVTT's (`.`, not SRT's `,`): then it is a WebVTT file without its signature,
  // which the WebVTT reader refuses, as browsers do.
  if (CUE_TIMING.test(start)) return SRT_TIMING.test(start) || hinted(source, [[/vtt/, /\.vtt$/, 'vtt']]) !== 'vtt' ? 'srt' : 'vtt';
  if (HTML.test(start)) return 'html';
  if (looksLikeTimestampedLines(start)) return 'lines';
  const hint = transcriptFormatHint(source);
  // Prose with no timestamps and no other format's marks is a plain-text transcript.
  return hint ?? (looksLikeProse(start) ? 'text' : undefined);
}

export function detectChaptersFormat(text: string, source?: SourceInfo): ChaptersFormat | undefined {
  const start = head(text);
  if (/^WEBVTT(?:\s|$)/.test(start)) return 'vtt';
  if (JSON_OBJECT.test(start)) return hasKey(text, 'chapters') ? 'json' : undefined;
  if (JSON_ARRAY.test(start)) return hasKey(start, 'title') || hasKey(start, 'start') ? 'psc-json' : undefined;
  if (PSC.test(text)) return 'psc';
  return chaptersFormatHint(source);
}

type Hints<F> = [byType: RegExp, byPath: RegExp, format: F][];

const TRANSCRIPT_HINTS: Hints<TranscriptFormat> = [
  [/vtt/, /\.vtt$/, 'vtt'],
  [/subrip|srt|srr/, /\.srt$/, 'srt'],
  [/html/, /\.html?$/, 'html'],
  [/json/, /\.json$/, 'json'],
  [/xml/, /\.xml$/, 'pst'],
  [/text\/plain/, /\.txt$/, 'text'],
];

const CHAPTERS_HINTS: Hints<ChaptersFormat> = [
  [/vtt/, /\.vtt$/, 'vtt'],
  [/json/, /\.json$/, 'json'],
  [/xml|psc/, /\.(?:xml|psc)$/, 'psc'],
];

/**
 * The format a transcript's Content-Type or file name suggests, before its content is
 * there: what the content says wins (`detectTranscriptFormat`), but a player can start
 * loading a reader in the meantime.
 */
export function transcriptFormatHint(source?: SourceInfo): TranscriptFormat | undefined {
  return hinted(source, TRANSCRIPT_HINTS);
}

/** The format a chapters file's Content-Type or file name suggests, like `transcriptFormatHint`. */
export function chaptersFormatHint(source?: SourceInfo): ChaptersFormat | undefined {
  return hinted(source, CHAPTERS_HINTS);
}

function hinted<F>(source: SourceInfo | undefined, hints: Hints<F>): F | undefined {
  const type = source?.contentType?.toLowerCase() ?? '';
  let path = '';
  try {
    path = source?.url ? new URL(source.url, 'https://x.invalid/').pathname.toLowerCase() : '';
  } catch {
    path = '';
  }
  return (type ? hints.find(([byType]) => byType.test(type)) : undefined)?.[2] ?? hints.find(([, byPath]) => byPath.test(path))?.[2];
}
