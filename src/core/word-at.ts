import type { Word } from './model.js';

/**
 * The word being spoken at `t` within one line: the last word that has started, as long
 * as the line has not moved on. Binary search, as lines from long monologues can hold
 * hundreds of words. -1 before the first word.
 */
export function wordAt(words: readonly Word[], t: number): number {
  let low = 0;
  let high = words.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (words[mid]!.start <= t) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
