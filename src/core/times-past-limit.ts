import { problem, quote, type DataResource, type Problem } from './message.js';
import type { RawChapter, RawSegment, Word } from './model.js';
import { TIME_LIMIT } from './time.js';

/** Beyond this many, the rest are counted in one `more-problems`: a broken file must not flood the notice. */
const MAX_PROBLEMS = 100;

type Item<K extends DataResource> = K extends 'transcript' ? RawSegment : RawChapter;

/**
 * Drops what no episode can hold: an entry that starts past `TIME_LIMIT` is skipped, and
 * an end or a word past it is dropped from an entry that starts within it. Each is
 * reported with the entry's text, which says which one it was (the parsers no longer know
 * the line). Without this a chapter at 1e300 s would be the episode's length until the
 * audio's is known. Items that need no change are returned as they are.
 */
export function dropTimesPastLimit<K extends DataResource>(kind: K, items: Item<K>[]): { items: Item<K>[]; problems: Problem[] } {
  const entry = kind === 'transcript' ? 'segment' : 'chapter';
  const hours = TIME_LIMIT / 3600;
  const problems: Problem[] = [];
  let dropped = 0;
  const report = (found: Problem) => (problems.length < MAX_PROBLEMS ? problems.push(found) : dropped++);
  const kept: Item<K>[] = [];
  let changed = false;
  // Quoted only for a report: quoting every line's text cost a 3-hour file 2-4 ms for nothing.
  const textOf = (item: Item<K>) => quote('text' in item ? item.text : item.title);
  for (const item of items) {
    if (!(item.start <= TIME_LIMIT)) {
      report(problem('start-past-limit', { entry, text: textOf(item), hours }));
      changed = true;
      continue;
    }
    const endPast = item.end !== undefined && item.end > TIME_LIMIT;
    const words = 'words' in item ? item.words : undefined;
    const wordsPast = words?.some(pastLimit) ?? false;
    if (!endPast && !wordsPast) {
      kept.push(item);
      continue;
    }
    report(problem('times-past-limit', { entry, text: textOf(item), hours }));
    changed = true;
    const copy = { ...item };
    if (endPast) delete copy.end;
    if (wordsPast && 'words' in copy) {
      const within = words!.filter((word) => !pastLimit(word));
      if (within.length > 0) copy.words = within;
      else delete copy.words;
    }
    kept.push(copy);
  }
  if (dropped > 0) problems.push(problem('more-problems', { count: dropped }));
  return { items: changed ? kept : items, problems };
}

const pastLimit = (word: Word): boolean => !(word.start <= TIME_LIMIT && word.end <= TIME_LIMIT);
