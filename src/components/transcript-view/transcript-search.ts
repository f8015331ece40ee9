import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Segment } from '../../core/model.js';
import type { SearchMatch } from '../../core/search.js';
import { NO_RESULTS, type SearchResults } from '../../core/search-results.js';
import type { Strings } from '../../i18n/en.js';
import { loadModule } from '../../lazy.js';
import { moduleFailure } from '../module-failure.js';
import type { SearchEngine, SearchView } from './search-engine.js';

export { SEARCH_DELAY_MS } from '../../core/search.js';

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
 * than its DOM, so lines not drawn are found too. What typing and the keys do is the
 * `SearchEngine` (`search-engine.ts`), a file loaded on use: the box asks for it when it
 * gets focus (or a first key without focus), and what was typed before it arrived is
 * searched once it has, so no key is lost.
 */
export class TranscriptSearch implements ReactiveController, SearchView {
  results: SearchResults = NO_RESULTS;
  private engine: SearchEngine | undefined;
  private segments: readonly Segment[] = [];
  /** What the reader did before the engine arrived (the last typing, or Enter). */
  private pending: ((engine: SearchEngine) => void) | undefined;
  private loading = false;
  private connected = false;
  /** Why the engine could not be loaded, said in the box's status. */
  private failure = '';
  private strings: Strings | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly listener: SearchListener,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    this.pending = undefined;
    this.engine?.stop();
  }

  /** The match the reader is on. */
  get current(): SearchMatch | undefined {
    return this.results.matches[this.results.current];
  }

  /** New lines: searched again for the same words. */
  setSegments(segments: readonly Segment[]): void {
    this.segments = segments;
    this.engine?.setSegments(segments);
  }

  /** The engine's results are drawn on the next update. */
  update(): void {
    this.host.requestUpdate();
  }

  /** Does `action` now if the engine is here, else once it arrives. */
  private use(action: (engine: SearchEngine) => void): void {
    if (this.engine) return action(this.engine);
    this.pending = action;
    this.load();
  }

  private readonly load = (): void => {
    if (this.engine || this.loading) return;
    this.loading = true;
    loadModule('search').then(
      ({ SearchEngine }) => {
        this.loading = false;
        this.failure = '';
        const engine = new SearchEngine(this, this.listener);
        engine.setSegments(this.segments);
        this.engine = engine;
        const pending = this.pending;
        this.pending = undefined;
        if (pending && this.connected) pending(engine);
      },
      (error: unknown) => {
        this.loading = false;
        this.failure = this.strings ? moduleFailure(this.strings, error) : String(error);
        this.host.requestUpdate();
      },
    );
  };

  // Arrow functions: Lit calls template listeners with `this` set to the host element.
  private readonly handleInput = (event: Event): void => {
    const query = (event.target as HTMLInputElement).value;
    this.use((engine) => engine.input(query));
  };

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (this.engine) return this.engine.keydown(event);
    if (event.key !== 'Enter') return;
    // Enter before the engine: the search runs as soon as it is here.
    event.preventDefault();
    const input = event.target as HTMLInputElement;
    this.use((engine) => engine.searchNow(input.value));
  };

  private step(direction: 1 | -1): void {
    this.engine?.step(direction);
  }

  render(strings: Strings) {
    this.strings = strings;
    const { query, matches, current } = this.results;
    const count =
      this.failure || (!query.trim() ? '' : matches.length ? strings.matchCount(current + 1, matches.length) : strings.noMatches);
    return html`<div class="search" role="search">
      <input
        type="search"
        part="search-input"
        aria-label=${strings.searchTranscript}
        placeholder=${strings.searchTranscript}
        @focus=${this.load}
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
