/**
 * What a timestamped-lines file and a plain-text transcript look like, for format detection:
 * kept apart from their readers, which are loaded on use by the player (`rare-formats.ts`),
 * while detection is always at hand.
 */

/**
 * `00:01:23: text` — one utterance a line, as episode pages print transcripts.
 * Also `[00:01:23] text` and `00:01:23 Speaker: text`.
 */
export const TIMESTAMPED_LINE = /^\s*\[?((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d+)?)\]?\s*:?\s*([\s\S]*)$/;

export function looksLikeTimestampedLines(text: string): boolean {
  const lines = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 20);
  if (lines.length === 0) return false;
  const timed = lines.filter((line) => TIMESTAMPED_LINE.test(line)).length;
  return timed / lines.length >= 0.6;
}

/** How many lines start with a timestamp, counting no further than `limit`. */
export function countTimestampedLines(text: string, limit = Number.POSITIVE_INFINITY): number {
  let count = 0;
  for (const line of text.split('\n')) {
    if (TIMESTAMPED_LINE.test(line) && ++count >= limit) break;
  }
  return count;
}

/** What a plain-text transcript looks like before it is read: words, and no markup, JSON or binary. */
export function looksLikeProse(head: string): boolean {
  const start = head.trimStart();
  // eslint-disable-next-line no-control-regex -- control characters are what marks a binary file
  return /^[^<{[]/.test(start) && /\p{L}{2}/u.test(start) && !/[\u0000-\u0008\u000e-\u001f]/.test(head);
}
