import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Segment } from '../../core/model.js';
import { buildSearchIndex, findMatches, type SearchIndex, type SearchMatch } from '../../core/search.js';
import { currentMatch, NO_RESULTS, searchResults, stepResults, type SearchResults } from '../../core/search-results.js';
import type { Strings } from '../../i18n/en.js';

/** Pause in typing before a search runs: one search (and one announcement) per pause, not per key. */
export const SEARCH_DELAY_MS = 150;

export interface SearchListener {
  /** Where a new search starts: its first match at or after this line becomes current. */
  startLine(): number;
  /** The reader moved to a match: show its line. */
  showMatch(line: number): void;
  /** The reader emptied the search with Escape. */
  cleared(): void;
}

/**
 * Transcript search: the search box and what it found, over the transcript's text rather
 * than its DOM, so lines not drawn are found too (the folded index is built on the first
 * search, not on load). Typing searches once the reader pauses; Enter goes to the next match
 * and Shift+Enter to the previous (searching at once when the pause is not over yet); the
 * arrow buttons do the same; Escape empties the box.
 */
export class TranscriptSearch implements ReactiveController {
  results: SearchResults = NO_RESULTS;
  private index: SearchIndex | undefined;
  private segments: readonly Segment[] = [];
  private timer = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly listener: SearchListener,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The match the reader is on. */
  get current(): SearchMatch | undefined {
    return currentMatch(this.results);
  }

  /** New lines: searched again for the same words. */
  setSegments(segments: readonly Segment[]): void {
    this.segments = segments;
    this.index = undefined;
    if (this.results.query) this.search(this.results.query);
  }

  private search(query: string, fromLine = 0): void {
    let matches: SearchMatch[] = [];
    if (query.trim()) {
      this.index ??= buildSearchIndex(this.segments.map((segment) => segment.text));
      matches = findMatches(this.index, query);
    }
    this.results = searchResults(query, matches, fromLine);
    this.host.requestUpdate();
  }

  private searchNow(query: string): void {
    clearTimeout(this.timer);
    this.search(query, this.listener.startLine());
    this.showCurrent();
  }

  private step(direction: 1 | -1): void {
    this.results = stepResults(this.results, direction);
    this.host.requestUpdate();
    this.showCurrent();
  }

  private showCurrent(): void {
    const match = this.current;
    if (match) this.listener.showMatch(match.line);
  }

  // Arrow functions: Lit calls template listeners with `this` set to the host element.
  private readonly handleInput = (event: Event): void => {
    const query = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.searchNow(query), SEARCH_DELAY_MS);
  };

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    const input = event.target as HTMLInputElement;
    if (event.key === 'Enter') {
      event.preventDefault();
      // Enter before the pause is over searches now, rather than stepping through stale results.
      if (input.value !== this.results.query) this.searchNow(input.value);
      else this.step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      event.stopPropagation();
      input.value = '';
      clearTimeout(this.timer);
      this.search('');
      this.listener.cleared();
    }
  };

  render(strings: Strings) {
    const { query, matches, current } = this.results;
    const count = !query.trim() ? '' : matches.length ? strings.matchCount(current + 1, matches.length) : strings.noMatches;
    return html`<div class="search" role="search">
      <input
        type="search"
        part="search-input"
        aria-label=${strings.searchTranscript}
        placeholder=${strings.searchTranscript}
        @input=${this.handleInput}
        @keydown=${this.handleKeydown}
      />
      <span class="count" part="search-count" role="status">${count}</span>
      <button part="search-previous" aria-label=${strings.previousMatch} ?disabled=${matches.length === 0} @click=${() => this.step(-1)}>
        ↑
      </button>
      <button part="search-next" aria-label=${strings.nextMatch} ?disabled=${matches.length === 0} @click=${() => this.step(1)}>
        ↓
      </button>
    </div>`;
  }
}
