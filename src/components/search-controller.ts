import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Segment } from '../core/model.js';
import { buildSearchIndex, findMatches, type SearchIndex, type SearchMatch } from '../core/search.js';

/**
 * Transcript search state: the query, its matches over all lines (rendered or not) and
 * which one is current. The folded index is built on the first search, not on load.
 */
export class SearchController implements ReactiveController {
  query = '';
  matches: SearchMatch[] = [];
  current = -1;
  /** Matches grouped by line, for rendering. */
  byLine = new Map<number, SearchMatch[]>();
  private index: SearchIndex | undefined;
  private segments: readonly Segment[] = [];

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  setSegments(segments: readonly Segment[]): void {
    this.segments = segments;
    this.index = undefined;
    if (this.query) this.search(this.query);
  }

  /** Runs the search; the current match becomes the first one at or after `fromLine`. */
  search(query: string, fromLine = 0): void {
    this.query = query;
    if (query.trim()) {
      this.index ??= buildSearchIndex(this.segments.map((segment) => segment.text));
      this.matches = findMatches(this.index, query);
    } else {
      this.matches = [];
    }
    this.byLine = new Map();
    for (const match of this.matches) {
      const list = this.byLine.get(match.line);
      if (list) list.push(match);
      else this.byLine.set(match.line, [match]);
    }
    const after = this.matches.findIndex((match) => match.line >= fromLine);
    this.current = this.matches.length ? Math.max(0, after) : -1;
    this.host.requestUpdate();
  }

  /** Moves to the next (+1) or previous (-1) match, wrapping around. */
  step(direction: 1 | -1): SearchMatch | undefined {
    if (!this.matches.length) return undefined;
    this.current = (this.current + direction + this.matches.length) % this.matches.length;
    this.host.requestUpdate();
    return this.matches[this.current];
  }

  get currentMatch(): SearchMatch | undefined {
    return this.matches[this.current];
  }

  clear(): void {
    this.search('');
  }
}
