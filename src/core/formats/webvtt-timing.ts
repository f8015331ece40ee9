/**
 * WebVTT times as the spec's parser reads them ("collect a WebVTT timestamp", "collect
 * WebVTT cue timings and settings"): `[h…h:]mm:ss.ttt` with exactly two digits for minutes
 * and seconds (each at most 59) and three for the fraction, a `.` and no `,`. A first field
 * that is not two digits, or past 59, is hours, and then the seconds field must follow.
 * Browsers drop a cue whose timing line breaks these rules, and so do we, with one
 * tolerance that real files need: a line whose two times are both written without zero
 * padding (`0.860 --> 7.380`, `56.440 --> 1:01.080`, `1:01.460 --> 1:11.360`, as Hindenburg
 * writes them for Podnews) is read. A line that pads one time and not the other is not.
 */

import { parseTime } from '../time.js';

const TIMESTAMP = /(\d+):(\d+)(?::(\d+))?\.(\d+)/y;
// WebVTT's whitespace: space, tab, form feed (line ends are gone by now). Not \s: a vertical
// tab or a no-break space before a time makes the line no timing line.
const SPACE = /[ \t\f]*/y;
// `[[h:]m:]s.ttt`, the first field without a leading zero, the others two digits.
const UNPADDED = String.raw`((?:0|[1-9]\d*)(?::[0-5]\d){0,2}\.\d{1,3})`;
const UNPADDED_TIMINGS = new RegExp(String.raw`^[ \t\f]*${UNPADDED}[ \t\f]*-->[ \t\f]*${UNPADDED}(?:[ \t\f]|$)`);

/** A timestamp at `at`: its seconds and where it ends, or undefined when the spec rejects it. */
export function collectTimestamp(text: string, at: number): { seconds: number; next: number } | undefined {
  TIMESTAMP.lastIndex = at;
  const match = TIMESTAMP.exec(text);
  if (!match) return undefined;
  const [whole, first, second, third, fraction] = match as unknown as [string, string, string, string | undefined, string];
  const hours = first.length !== 2 || Number(first) > 59;
  if ((hours && third === undefined) || second.length !== 2 || (third !== undefined && third.length !== 2) || fraction.length !== 3) {
    return undefined;
  }
  const [h, m, s] = third === undefined ? [0, Number(first), Number(second)] : [Number(first), Number(second), Number(third)];
  if (m > 59 || s > 59) return undefined;
  const seconds = h * 3600 + m * 60 + s + Number(fraction) / 1000;
  return Number.isFinite(seconds) ? { seconds: Math.round(seconds * 1000) / 1000, next: at + whole.length } : undefined;
}

/** A whole timestamp (an inline `<00:01.500>` tag's content), or undefined. */
export function readTimestamp(text: string): number | undefined {
  const read = collectTimestamp(text, 0);
  return read && read.next === text.length ? read.seconds : undefined;
}

/** A cue timing line's start and end; what follows the end time (cue settings) is ignored. */
export function readCueTimings(line: string): { start: number; end: number } | undefined {
  const unpadded = UNPADDED_TIMINGS.exec(line);
  if (unpadded) {
    const [start, end] = [parseTime(unpadded[1]), parseTime(unpadded[2])];
    return start !== undefined && end !== undefined ? { start, end } : undefined;
  }
  const start = collectTimestamp(line, skipSpace(line, 0));
  if (!start) return undefined;
  const arrow = skipSpace(line, start.next);
  if (!line.startsWith('-->', arrow)) return undefined;
  const end = collectTimestamp(line, skipSpace(line, arrow + 3));
  return end ? { start: start.seconds, end: end.seconds } : undefined;
}

function skipSpace(text: string, at: number): number {
  SPACE.lastIndex = at;
  SPACE.exec(text);
  return SPACE.lastIndex;
}
