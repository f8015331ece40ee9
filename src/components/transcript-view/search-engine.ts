import type { Segment } from '../../core/model.js';
import { buildSearchIndex, findMatches, SEARCH_DELAY_MS, type SearchIndex, type SearchMatch } from '../../core/search.js';
import { currentMatch, searchResults, stepResults, type SearchResults } from '../../core/search-results.js';
import type { SearchListener } from './transcript-search.js';

/** Where the engine's results go: the search box's controller, which draws them. */
export interface SearchView {
  results: SearchResults;
  update(): void;
}

/**
 * What the search box does with typing and keys (`transcript-search.ts` draws it): the
 * folded index is built on the first search, typing searches once the reader pauses, Enter
 * goes to the next match and Shift+Enter to the previous (searching at once when the pause
 * is not over yet), Escape empties the box. Loaded on use (`lazy-modules.ts`): the box
 * fetches it when it gets focus or its first key.
 */
export class SearchEngine {
  private index: SearchIndex | undefined;
  private segments: readonly Segment[] = [];
  private timer = 0;

  constructor(
    private readonly view: SearchView,
    private readonly listener: SearchListener,
  ) {}

  stop(): void {
    clearTimeout(this.timer);
  }

  /** New lines: searched again for the same words. */
  setSegments(segments: readonly Segment[]): void {
    this.segments = segments;
    this.index = undefined;
    if (this.view.results.query) this.search(this.view.results.query);
  }

  private search(query: string, fromLine = 0): void {
    let matches: SearchMatch[] = [];
    if (query.trim()) {
      this.index ??= buildSearchIndex(this.segments.map((segment) => segment.text));
      matches = findMatches(this.index, query);
    }
    this.view.results = searchResults(query, matches, fromLine);
    this.view.update();
  }

  searchNow(query: string): void {
    clearTimeout(this.timer);
    this.search(query, this.listener.startLine());
    this.showCurrent();
  }

  step(direction: 1 | -1): void {
    this.view.results = stepResults(this.view.results, direction);
    this.view.update();
    this.showCurrent();
  }

  private showCurrent(): void {
    const match = currentMatch(this.view.results);
    if (match) this.listener.showMatch(match.line);
  }

  input(query: string): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.searchNow(query), SEARCH_DELAY_MS);
  }

  keydown(event: KeyboardEvent): void {
    const input = event.target as HTMLInputElement;
    if (event.key === 'Enter') {
      event.preventDefault();
      // Enter before the pause is over searches now, rather than stepping through stale results.
      if (input.value !== this.view.results.query) this.searchNow(input.value);
      else this.step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      event.stopPropagation();
      input.value = '';
      clearTimeout(this.timer);
      this.search('');
      this.listener.cleared();
    }
  }
}
