import { lastStartedBy } from './last-started.js';
import type { Word } from './model.js';

/**
 * The word being spoken at `t` within one line: the last word that has started, as long
 * as the line has not moved on. -1 before the first word.
 */
export function wordAt(words: readonly Word[], t: number): number {
  return lastStartedBy(words.length, (i) => words[i]!.start, t);
}
