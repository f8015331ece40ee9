import type { RawSegment, SourceInfo, TranscriptFormat, TranscriptParseResult } from '../model.js';
import { TRANSCRIPT_READERS } from './common-formats.js';
import { isLacking, readAny, toEnd, type FormatReaders } from './read-any.js';

/**
 * How much of a file its first lines are read from: some twenty lines of a word-level file,
 * more than a panel shows even at 320 px. Less is less to wait for on a slow network, and
 * less to read and draw before the lines are painted.
 */
export const START_CHARS = 16 * 1024;

/**
 * The first lines of a long transcript, read from the beginning of its text only, so that a
 * player can show them while it reads the whole file: the same lines the whole file gives,
 * less the last one read, which may go on past the cut. Undefined for a format that cannot
 * be cut (HTML, Podlove), one whose parser is not among `readers`' (by default the common
 * formats'), or a beginning that gives fewer than two lines. Its problems are left out: those
 * of the whole file are what counts.
 */
export function readTranscriptStart(
  text: string,
  options: SourceInfo & { format?: TranscriptFormat | undefined } = {},
  chars = START_CHARS,
  readers: FormatReaders<RawSegment, TranscriptFormat> = TRANSCRIPT_READERS,
): TranscriptParseResult | undefined {
  if (text.length <= chars) return undefined;
  const source: SourceInfo = {
    ...(options.url !== undefined ? { url: options.url } : {}),
    ...(options.contentType !== undefined ? { contentType: options.contentType } : {}),
  };
  const format = options.format ?? readers.detect(text, source);
  const start =
    format === 'json'
      ? jsonSegmentsStart(text, chars)
      : format === 'vtt' || format === 'srt'
        ? upTo(text, '\n\n', chars)
        : format === 'lines'
          ? upTo(text, '\n', chars)
          : undefined;
  if (start === undefined) return undefined;
  const result = toEnd(readAny(start, { ...source, ...(format ? { format } : {}) }, readers));
  if (isLacking(result) || result.items.length < 2 || result.problems.some((problem) => problem.fatal)) return undefined;
  return { items: result.items.slice(0, -1), problems: [], ...(result.untimed ? { untimed: result.untimed } : {}) };
}

/** The text up to the first `separator` after `chars` characters (CR line ends count as well). */
function upTo(text: string, separator: string, chars: number): string | undefined {
  const unix = text.slice(0, chars * 2).replace(/\r\n?/g, '\n');
  const cut = unix.indexOf(separator, chars);
  return cut < 0 ? undefined : unix.slice(0, cut);
}

/**
 * A Podcasting 2.0 JSON transcript cut after the last whole entry of its `segments` list that
 * ends within the first `chars` characters, as a file of its own: `{"segments":[…]}`.
 */
function jsonSegmentsStart(text: string, chars: number): string | undefined {
  const key = /["']segments["']\s*:\s*\[/.exec(text.slice(0, chars));
  if (!key) return undefined;
  const from = key.index + key[0].length;
  let depth = 0;
  let quote = 0;
  let lastEnd = -1;
  for (let i = from; i < chars; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === 92)
        i++; // a backslash: the next character is escaped
      else if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 123 || c === 91) {
      depth++;
    } else if (c === 125 || c === 93) {
      if (depth === 0) break; // the list ends
      if (--depth === 0) lastEnd = i;
    }
  }
  return lastEnd < 0 ? undefined : `{"segments":[${text.slice(from, lastEnd + 1)}]}`;
}
