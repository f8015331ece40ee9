import type { SearchMatch } from './search.js';

/**
 * What a transcript search found and which match the reader is on. A new value on every
 * change (never changed in place), so a view can tell by identity what to draw again.
 */
export interface SearchResults {
  query: string;
  /** Every match, in reading order. */
  matches: readonly SearchMatch[];
  /** Index of the current match in `matches`; -1 when there is none. */
  current: number;
  /** The matches of each line that has any. */
  byLine: ReadonlyMap<number, readonly SearchMatch[]>;
}

export const NO_RESULTS: SearchResults = { query: '', matches: [], current: -1, byLine: new Map() };

/** Results for `matches` of `query`; the current match is the first at or after line `fromLine` (else the first). */
export function searchResults(query: string, matches: readonly SearchMatch[], fromLine = 0): SearchResults {
  const byLine = new Map<number, SearchMatch[]>();
  for (const match of matches) {
    const list = byLine.get(match.line);
    if (list) list.push(match);
    else byLine.set(match.line, [match]);
  }
  const after = matches.findIndex((match) => match.line >= fromLine);
  return { query, matches, current: matches.length ? Math.max(0, after) : -1, byLine };
}

/** The results with the next (+1) or previous (-1) match current, wrapping around at either end. */
export function stepResults(results: SearchResults, direction: 1 | -1): SearchResults {
  const count = results.matches.length;
  if (!count) return results;
  return { ...results, current: (results.current + direction + count) % count };
}

/** The match the reader is on, if any. */
export function currentMatch(results: SearchResults): SearchMatch | undefined {
  return results.matches[results.current];
}
