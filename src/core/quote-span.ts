import type { Segment } from './model.js';

/** A stretch of the episode to link to, in seconds. */
export interface QuoteSpan {
  start: number;
  end: number;
}

/**
 * The time span of the lines a reader selected text in, given the lines where the selection
 * starts and ends (in either order: a selection made upwards ends above where it began):
 * from the first line's start to the last line's end, or its start when the last line is
 * open-ended. Undefined when either line does not exist.
 */
export function quoteSpan(
  segments: readonly Pick<Segment, 'start' | 'end'>[],
  anchorLine: number,
  focusLine: number,
): QuoteSpan | undefined {
  const first = segments[Math.min(anchorLine, focusLine)];
  const last = segments[Math.max(anchorLine, focusLine)];
  if (!first || !last) return undefined;
  return { start: first.start, end: Number.isFinite(last.end) ? last.end : first.start };
}
