import { problem, quote, type Problem } from '../message.js';
import type { ParseResult, RawSegment, Word } from '../model.js';
import { collapseWhitespace, decodeEntities, splitSpeaker, stripTags } from '../text.js';
import { parseTime } from '../time.js';

/**
 * The block structure WebVTT and SRT share: cues separated by blank lines, each an optional
 * id line, a `start --> end` timing line and payload lines. Read leniently, as real files
 * demand: no header needed, any time shape `parseTime` reads, `-->` without spaces, and text
 * after a blank line continues the cue before it until the next timing line comes.
 */
export interface Cue {
  start: number;
  end?: number;
  payload: string;
  /** 1-based line of the timing line, for problems. */
  line: number;
}

const isTiming = (line: string) => line.includes('-->');
const COMMENT_BLOCK = /^(?:NOTE|STYLE|REGION)(?:\s|$)/;

export function readCues(text: string, vtt: boolean): { cues: Cue[]; problems: Problem[] } {
  const body = text.replace(/^\uFEFF/, '');
  // Splitting on a string is far faster than on a regex, and most files have no CR left.
  const lines = body.includes('\r') ? body.split(/\r\n?|\n/) : body.split('\n');
  const cues: Cue[] = [];
  const problems: Problem[] = [];
  let i = 0;
  if (vtt) {
    if (!/^WEBVTT(?:\s|$)/.test(lines[0] ?? '')) {
      problems.push(problem('vtt-no-header', {}, { line: 1 }));
    } else {
      while (i < lines.length && lines[i]!.trim() !== '' && !isTiming(lines[i]!)) i++;
    }
  }
  // The cue that text after a blank line continues; unset after comments and bad cues.
  let open: Cue | undefined;
  let skipping = false;
  while (i < lines.length) {
    if (lines[i]!.trim() === '') {
      i++;
      continue;
    }
    const blockStart = i;
    while (i < lines.length && lines[i]!.trim() !== '') i++;
    const block = lines.slice(blockStart, i);
    if (vtt && COMMENT_BLOCK.test(block[0]!)) {
      open = undefined;
      skipping = false;
      continue;
    }
    block.forEach((line, k) => {
      if (!isTiming(line)) {
        // The line just before a timing line is the cue's id (SRT's index number), unless
        // it is the only text of the cue above (a missing blank line).
        if (isTiming(block[k + 1] ?? '') && !isTiming(block[k - 1] ?? '')) return;
        if (open) open.payload += `\n${line}`;
        else if (!skipping) {
          problems.push(problem('text-outside-cue', {}, { line: blockStart + k + 1 }));
          skipping = true;
        }
        return;
      }
      const lineNumber = blockStart + k + 1;
      const cue = readTiming(line, lineNumber, problems);
      open = cue;
      skipping = cue === undefined;
      if (cue) cues.push(cue);
      else problems.push(problem('cue-timing-invalid', { value: quote(line.trim(), 64) }, { line: lineNumber }));
    });
  }
  return { cues, problems };
}

function readTiming(line: string, lineNumber: number, problems: Problem[]): Cue | undefined {
  const at = line.indexOf('-->');
  const start = parseTime(line.slice(0, at));
  // Cue settings (VTT) or coordinates (SRT) may follow the end time.
  const end = parseTime(
    line
      .slice(at + 3)
      .trim()
      .split(/\s+/)[0] ?? '',
  );
  if (start === undefined || end === undefined) return undefined;
  if (end < start) {
    problems.push(problem('end-before-start', { start, end }, { line: lineNumber }));
    return { start, payload: '', line: lineNumber };
  }
  return { start, end, payload: '', line: lineNumber };
}

const VOICE = /<v(?:\.[^\s<>]*)?(?:[ \t]+([^<>]*))?>/g;
const INLINE_TIME = /<(\d+(?::\d+){1,2}(?:[.,]\d+)?)>/;

const RUBY_TEXT = /<rt\b[^<>]*>[^<]*(?:<\/rt\s*>)?/gi;
const SSA_CODE = /\{\\[^{}]*\}/g;

/**
 * Cue markup to display text: voices, classes, ruby text and SSA `{\an8}` codes removed.
 * Each clean-up runs only when its first character occurs: this runs for every word of
 * a file with inline timestamps, and most words have no markup at all.
 */
export function cueMarkupToText(markup: string): string {
  const plain = markup.includes('<') ? markup.replace(RUBY_TEXT, '') : markup;
  return collapseWhitespace(decodeEntities(stripTags(plain.includes('{') ? plain.replace(SSA_CODE, '') : plain)));
}

/**
 * A cue payload as a segment's text, speaker and words. The speaker is every `<v>` voice
 * (joined with ", "), else a `Name:` prefix. Inline timestamps (`<00:01.500>`) make the words
 * after them start there, each run lasting until the next timestamp or the cue's end.
 */
export function readCueText(payload: string, start: number, end?: number): { text: string; speaker?: string; words?: Word[] } {
  const voices = payload.includes('<v')
    ? [...new Set([...payload.matchAll(VOICE)].map((match) => cueMarkupToText(match[1] ?? '')))].filter(Boolean)
    : [];
  const parts = payload.split(INLINE_TIME);
  let text = cueMarkupToText(parts.filter((_, k) => k % 2 === 0).join(''));
  let speaker = voices.length > 0 ? voices.join(', ') : undefined;
  if (!speaker) ({ speaker, text } = splitSpeaker(text));
  const result: { text: string; speaker?: string; words?: Word[] } = { text, ...(speaker ? { speaker } : {}) };
  if (parts.length > 1) {
    const spoken = timedWords(parts, start, end, speaker && voices.length === 0 ? `${speaker}:` : undefined);
    if (spoken.length > 0) result.words = spoken;
  }
  return result;
}

/**
 * The words of a payload split at its inline timestamps (text, time, text, ..., text): each
 * run starts at the time before it (never going back, never past the cue's end) and lasts
 * until the next run starts, the last one until the cue's end. Empty runs are left out,
 * and `prefix` (a `Name:` that became the speaker) is taken off the first spoken one.
 */
function timedWords(parts: string[], start: number, end: number | undefined, prefix: string | undefined): Word[] {
  const limit = end ?? Number.POSITIVE_INFINITY;
  const words: Word[] = [];
  let at = start;
  let first = true;
  for (let k = 0; k < parts.length; k += 2) {
    const runStart = at;
    const last = k === parts.length - 1;
    if (!last) at = Math.min(Math.max(parseTime(parts[k + 1]) ?? at, at), limit);
    let text = cueMarkupToText(parts[k]!);
    if (text === '') continue;
    if (first && prefix) text = text.replace(prefix, '').trim();
    first = false;
    if (text !== '') words.push({ start: runStart, end: last ? Math.max(end ?? runStart, runStart) : at, text });
  }
  return words;
}

/** Cues to segments; a cue without a speaker keeps the one before it, as the namespace advises. */
export function cuesToSegments({ cues, problems }: { cues: Cue[]; problems: Problem[] }): ParseResult<RawSegment> {
  const items: RawSegment[] = [];
  let speaker: string | undefined;
  for (const cue of cues) {
    const read = readCueText(cue.payload, cue.start, cue.end);
    if (read.text === '') continue;
    speaker = read.speaker ?? speaker;
    items.push({
      start: cue.start,
      ...(cue.end !== undefined ? { end: cue.end } : {}),
      text: read.text,
      ...(speaker ? { speaker } : {}),
      ...(read.words ? { words: read.words } : {}),
    });
  }
  return { items, problems };
}
