/**
 * Case- and accent-insensitive search over the transcript's text, not its DOM, so lines
 * that are not rendered are found too. Folding is done once per transcript, keeping for
 * each folded character the offset of the original character it came from.
 */
export interface SearchMatch {
  /** Line index. */
  line: number;
  /** Offset and length in the line's original text. */
  start: number;
  length: number;
}

export interface SearchIndex {
  folded: string[];
  /** For each folded character, the offset in the original text; one extra entry at the end. */
  offsets: Int32Array[];
}

/** Pause in typing before a search runs: one search (and one announcement) per pause, not per key. */
export const SEARCH_DELAY_MS = 150;

const MARKS = /\p{M}/gu;

export function foldText(text: string): { folded: string; offsets: Int32Array } {
  // The common case, plain lower-case ASCII, maps one to one.
  if (/^[\x20-\x40\x5b-\x7e]*$/.test(text)) {
    return { folded: text, offsets: Int32Array.from({ length: text.length + 1 }, (_, i) => i) };
  }
  let folded = '';
  const offsets: number[] = [];
  let i = 0;
  for (const char of text) {
    const piece = char.normalize('NFD').replace(MARKS, '').toLowerCase();
    folded += piece;
    for (let k = 0; k < piece.length; k++) offsets.push(i);
    i += char.length;
  }
  offsets.push(i);
  return { folded, offsets: Int32Array.from(offsets) };
}

export function buildSearchIndex(texts: readonly string[]): SearchIndex {
  const folded: string[] = [];
  const offsets: Int32Array[] = [];
  for (const text of texts) {
    const result = foldText(text);
    folded.push(result.folded);
    offsets.push(result.offsets);
  }
  return { folded, offsets };
}

/** Every occurrence of `query`, in reading order. At most `limit`, to keep the page responsive. */
export function findMatches(index: SearchIndex, query: string, limit = 10_000): SearchMatch[] {
  const needle = foldText(query.trim()).folded;
  const matches: SearchMatch[] = [];
  if (!needle) return matches;
  for (let line = 0; line < index.folded.length && matches.length < limit; line++) {
    const haystack = index.folded[line]!;
    const offsets = index.offsets[line]!;
    for (let at = haystack.indexOf(needle); at !== -1 && matches.length < limit; at = haystack.indexOf(needle, at + needle.length)) {
      const start = offsets[at]!;
      matches.push({ line, start, length: offsets[at + needle.length]! - start });
    }
  }
  return matches;
}
