import { problem, quote, type Problem } from '../message.js';
import type { ParseResult, RawSegment, Word } from '../model.js';
import { collapseWhitespace, decodeEntities, splitSpeaker, stripTags } from '../text.js';
import { parseTime } from '../time.js';
import { tokenizeCueText } from './cue-text.js';
import { readCueTimings, readTimestamp } from './webvtt-timing.js';

/**
 * The block structure WebVTT and SRT share: cues separated by blank lines, each an optional
 * id line, a `start --> end` timing line and payload lines. SRT has no standard and is read
 * leniently, as real files demand: any time shape `parseTime` reads, `-->` without spaces,
 * and text after a blank line continues the cue before it until the next timing line comes.
 * WebVTT is read as the spec's parser reads it (see `webvtt-timing.ts` for its one
 * tolerance): the file starts with `WEBVTT`, NUL is U+FFFD, a blank line ends a cue.
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
  const unmarked = text.replace(/^\uFEFF/, '');
  const body = vtt && unmarked.includes('\0') ? unmarked.replaceAll('\0', '\ufffd') : unmarked;
  // Splitting on a string is far faster than on a regex, and most files have no CR left.
  const lines = body.includes('\r') ? body.split(/\r\n?|\n/) : body.split('\n');
  const cues: Cue[] = [];
  const problems: Problem[] = [];
  let i = 0;
  if (vtt) {
    if (!/^WEBVTT(?:[ \t]|$)/.test(lines[0] ?? '')) {
      problems.push(problem('vtt-signature-missing', { found: quote(lines[0]?.slice(0, 20) ?? '') }, { line: 1, fatal: true }));
      return { cues, problems };
    }
    while (i < lines.length && lines[i]!.trim() !== '' && !isTiming(lines[i]!)) i++;
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
    if (vtt) {
      // In WebVTT a blank line ends the cue: text after it belongs to no cue.
      open = undefined;
      skipping = false;
      if (COMMENT_BLOCK.test(block[0]!)) continue;
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
      const cue = readTiming(line, lineNumber, problems, vtt);
      open = cue;
      skipping = cue === undefined;
      if (cue) cues.push(cue);
      else problems.push(problem('cue-timing-invalid', { value: quote(line.trim(), 64) }, { line: lineNumber }));
    });
  }
  return { cues, problems };
}

function readTiming(line: string, lineNumber: number, problems: Problem[], vtt: boolean): Cue | undefined {
  const { start, end } = vtt ? (readCueTimings(line) ?? {}) : readSrtTimings(line);
  if (start === undefined || end === undefined) return undefined;
  if (end < start) {
    problems.push(problem('end-before-start', { start, end }, { line: lineNumber }));
  }
  // Kept as written even when it is before the start: normalisation ignores such an end.
  return { start, end, payload: '', line: lineNumber };
}

function readSrtTimings(line: string): { start: number | undefined; end: number | undefined } {
  const at = line.indexOf('-->');
  // Coordinates (`X1:100`) or WebVTT-style settings may follow the end time.
  const end = line
    .slice(at + 3)
    .trim()
    .split(/\s+/)[0];
  return { start: parseTime(line.slice(0, at)), end: parseTime(end) };
}

const VOICE = /<v(?:\.[^\s<>]*)?(?:[ \t]+([^<>]*))?>/g;
const INLINE_TIME = /<(\d+(?::\d+){1,2}(?:[.,]\d+)?)>/;
const SSA_CODE = /\{\\[^{}]*\}/g;

/** SSA `{\an8}` positioning codes, which SRT files converted from SSA keep (and some VTT files after them). */
const withoutSsaCodes = (text: string) => (text.includes('{') ? text.replace(SSA_CODE, '') : text);

/**
 * Cue markup to display text. WebVTT by the spec's tokenizer (`cue-text.ts`); SRT, which has
 * no standard, by removing whole tags only, so `a < b` stays. SSA codes go in both.
 * Each clean-up runs only when its first character occurs: this runs for every word of a
 * file with inline timestamps, and most words have no markup at all.
 */
export function cueMarkupToText(markup: string, vtt = false): string {
  const plain = withoutSsaCodes(markup);
  if (vtt) return collapseWhitespace(readWebVTTMarkup(plain).runs.join(''));
  return collapseWhitespace(decodeEntities(stripTags(plain)));
}

/** A WebVTT payload's text split at its valid inline timestamps, and its voices' names. */
function readWebVTTMarkup(payload: string): { runs: string[]; times: number[]; voices: string[] } {
  if (!payload.includes('<') && !payload.includes('&')) return { runs: [payload], times: [], voices: [] };
  const runs = [''];
  const times: number[] = [];
  const voices = new Set<string>();
  for (const token of tokenizeCueText(payload)) {
    if (token.kind === 'text') runs[runs.length - 1] += token.text;
    else if (token.kind === 'start' && token.name === 'v') {
      // A name is shown as text anyway; a `<` in it (`<v <b>Ann>`) is a tag gone wrong, not part of the name.
      const name = token.annotation.includes('<') ? collapseWhitespace(stripTags(token.annotation)) : token.annotation;
      if (name !== '') voices.add(name);
    } else if (token.kind === 'timestamp') {
      const time = readTimestamp(token.value);
      if (time !== undefined) {
        times.push(time);
        runs.push('');
      }
    }
  }
  return { runs, times, voices: [...voices] };
}

/** An SRT payload split the same way; SRT has no inline timestamps of its own, but converted files carry VTT's. */
function readSrtMarkup(payload: string): { runs: string[]; times: number[]; voices: string[] } {
  const voices = payload.includes('<v')
    ? [...new Set([...payload.matchAll(VOICE)].map((match) => cueMarkupToText(match[1] ?? '')))].filter(Boolean)
    : [];
  const parts = payload.split(INLINE_TIME);
  const runs = parts.filter((_, k) => k % 2 === 0).map((part) => decodeEntities(stripTags(withoutSsaCodes(part))));
  const times = parts.filter((_, k) => k % 2 === 1).map((part) => parseTime(part) ?? 0);
  return { runs, times, voices };
}

/**
 * A cue payload as a segment's text, speaker and words. The speaker is every `<v>` voice
 * (joined with ", "), else a `Name:` prefix. Inline timestamps (`<00:01.500>`) make the words
 * after them start there, each run lasting until the next timestamp or the cue's end.
 */
export function readCueText(payload: string, start: number, end?: number, vtt = false): { text: string; speaker?: string; words?: Word[] } {
  const { runs, times, voices } = vtt ? readWebVTTMarkup(withoutSsaCodes(payload)) : readSrtMarkup(payload);
  let text = collapseWhitespace(runs.join(''));
  let speaker = voices.length > 0 ? voices.join(', ') : undefined;
  if (!speaker) ({ speaker, text } = splitSpeaker(text));
  const result: { text: string; speaker?: string; words?: Word[] } = { text, ...(speaker ? { speaker } : {}) };
  if (times.length > 0) {
    const spoken = timedWords(runs, times, start, end, speaker && voices.length === 0 ? `${speaker}:` : undefined);
    if (spoken.length > 0) result.words = spoken;
  }
  return result;
}

/**
 * The words of a payload split at its inline timestamps (`runs[k]` is followed by
 * `times[k]`): each run starts at the time before it (never going back, never past the
 * cue's end) and lasts until the next run starts, the last one until the cue's end. Empty
 * runs are left out, and `prefix` (a `Name:` that became the speaker) is taken off the
 * first spoken one.
 */
function timedWords(runs: string[], times: number[], start: number, given: number | undefined, prefix: string | undefined): Word[] {
  // An end before the start is kept on the cue as written, and ignored here as normalising ignores it.
  const end = given !== undefined && given >= start ? given : undefined;
  const limit = end ?? Number.POSITIVE_INFINITY;
  const words: Word[] = [];
  let at = start;
  let first = true;
  runs.forEach((run, k) => {
    const runStart = at;
    const last = k === runs.length - 1;
    if (!last) at = Math.min(Math.max(times[k] ?? at, at), limit);
    let text = collapseWhitespace(run);
    if (text === '') return;
    if (first && prefix) text = text.replace(prefix, '').trim();
    first = false;
    if (text !== '') words.push({ start: runStart, end: last ? Math.max(end ?? runStart, runStart) : at, text });
  });
  return words;
}

/** Cues to segments; a cue without a speaker keeps the one before it, as the namespace advises. */
export function cuesToSegments({ cues, problems }: { cues: Cue[]; problems: Problem[] }, vtt = false): ParseResult<RawSegment> {
  const items: RawSegment[] = [];
  let speaker: string | undefined;
  for (const cue of cues) {
    const read = readCueText(cue.payload, cue.start, cue.end, vtt);
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
