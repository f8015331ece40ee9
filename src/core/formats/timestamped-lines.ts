import { problem, type Problem } from '../message.js';
import type { ParseResult, RawSegment } from '../model.js';
import { splitSpeaker } from '../text.js';
import { parseTime } from '../time.js';
import { TIMESTAMPED_LINE as LINE } from './text-shapes.js';

export { looksLikeTimestampedLines } from './text-shapes.js';

/**
 * Timestamped lines (`00:01:23: text`, `[00:01:23] text`, `00:01:23 Speaker: text`; see
 * `text-shapes.ts`). Each line ends where the next begins. Lines that share a timestamp share the time up
 * to the next distinct one, in proportion to their length, so each is highlighted in turn.
 */
export function parseTimestampedLines(text: string): ParseResult<RawSegment> {
  const problems: Problem[] = [];
  const timed: { start: number; text: string; speaker?: string }[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const match = LINE.exec(line);
    const start = match ? parseTime(match[1]) : undefined;
    if (!match || start === undefined) {
      // Untimed text after a timed line continues that line (wrapped paragraphs).
      const previous = timed[timed.length - 1];
      if (previous) previous.text = `${previous.text} ${line.trim()}`.trim();
      else problems.push(problem('text-before-first-time', {}, { line: i + 1 }));
      return;
    }
    timed.push({ start, ...splitSpeaker((match[2] ?? '').trim()) });
  });
  const kept = timed.filter((entry) => entry.text !== '');
  if (kept.length === 0) {
    problems.push(problem('nothing-found', { resource: 'transcript', example: '00:01:23: text' }, { fatal: true }));
    return { items: [], problems };
  }
  kept.sort((a, b) => a.start - b.start);
  return { items: shareTimestamps(kept), problems };
}

/**
 * Sorted lines to segments; a run of lines with one start shares the time up to the next
 * start in proportion to text length. Also used by the HTML reader.
 */
export function shareTimestamps(lines: { start: number; text: string; speaker?: string }[]): RawSegment[] {
  const segments: RawSegment[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1]!.start === lines[i]!.start) j++;
    const start = lines[i]!.start;
    const next = lines[j + 1]?.start;
    const group = lines.slice(i, j + 1);
    if (next === undefined || group.length === 1) {
      for (const line of group) segments.push({ ...line, start, ...(next !== undefined ? { end: next } : {}) });
    } else {
      const total = group.reduce((sum, line) => sum + line.text.length, 0);
      let cursor = start;
      group.forEach((line, k) => {
        const end = k === group.length - 1 ? next : cursor + ((next - start) * line.text.length) / total;
        segments.push({ ...line, start: cursor, end });
        cursor = end;
      });
    }
    i = j + 1;
  }
  return segments;
}
