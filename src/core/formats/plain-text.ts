import type { RawSegment, SourceInfo, TranscriptParseResult } from '../model.js';
import { collapseWhitespace, splitSpeaker } from '../text.js';
import { countTimestampedLines } from './text-shapes.js';
import { parseTimestampedLines } from './timestamped-lines.js';

export { looksLikeProse } from './text-shapes.js';

/**
 * A plain-text transcript (`text/plain`, which the Podcasting 2.0 namespace allows): prose
 * with no times, read as paragraphs and marked untimed, so it is shown and searched but no
 * line is ever the spoken one. Paragraphs are separated by blank lines, or are one a line
 * when the file has no blank lines; a line that starts with `Name:` starts a paragraph of
 * that speaker, who carries on to the paragraphs after it until another name comes.
 * Every paragraph starts at 0 (the model's invariants hold) and has no end.
 *
 * A `text/plain` file with timestamps (two lines or more: one `10:30 in the morning` in prose
 * is no timestamp) is read as timestamped lines instead.
 */
export function parsePlainText(text: string, _source?: SourceInfo): TranscriptParseResult {
  if (countTimestampedLines(text, 2) >= 2) return parseTimestampedLines(text);
  const lines = text.split('\n');
  const blankSeparated = /\n[^\S\n]*\n/.test(text.trim());
  const paragraphs: { text: string; speaker?: string }[] = [];
  let current: { lines: string[]; speaker?: string } | undefined;
  let speaker: string | undefined;
  const finish = () => {
    const paragraph = collapseWhitespace(current?.lines.join(' ') ?? '');
    if (paragraph !== '') paragraphs.push({ text: paragraph, ...(current?.speaker ? { speaker: current.speaker } : {}) });
    current = undefined;
  };
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') {
      finish();
      continue;
    }
    const named = splitSpeaker(trimmed);
    if (named.speaker !== undefined || !blankSeparated) finish();
    speaker = named.speaker ?? speaker;
    current ??= { lines: [], ...(speaker ? { speaker } : {}) };
    current.lines.push(named.text);
  }
  finish();
  const items: RawSegment[] = paragraphs.map((paragraph) => ({ start: 0, ...paragraph }));
  return { items, problems: [], untimed: true };
}
