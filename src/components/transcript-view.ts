import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { blockOf, splitIntoBlocks, type LineBlock } from '../core/line-blocks.js';
import type { Chapter, Segment } from '../core/model.js';
import { assignSpeakerSlots } from '../core/speaker-colors.js';
import { formatTime } from '../core/time.js';
import { en, type Strings } from '../i18n/en.js';
import { dispatchRequest } from './requests.js';
import { FollowController } from './follow-controller.js';
import { scrollLineIntoPanel } from './follow-scroll.js';
import { lineContent } from './line-content.js';
import { SearchController } from './search-controller.js';
import { transcriptViewStyles } from './transcript-view.styles.js';
import { visuallyHidden } from './visually-hidden.styles.js';

/** Whether the engine keeps what is in view in place when content above changes (not Safari). */
const NATIVE_SCROLL_ANCHORING = globalThis.CSS?.supports?.('overflow-anchor', 'auto') ?? false;

/** Blocks kept rendered on either side of a block jumped to. */
const KEEP_BLOCKS_AROUND = 2;

/** Debounce for search as the reader types: one search (and one announcement) per pause. */
const SEARCH_DELAY_MS = 150;

/**
 * The transcript panel: search, the lines, and "Back to current".
 *
 * Long transcripts are drawn in blocks, and only blocks near the viewport are rendered
 * (the rest are placeholders of estimated height), so a 10-hour episode costs about as
 * much to show as a short one. The spoken line and word are marked by touching only the
 * old and the new element, never by re-rendering: `activeIndex` and `activeWord` are
 * plain properties whose setters do exactly that.
 */
export class TranscriptView extends LitElement {
  static override styles = [visuallyHidden, transcriptViewStyles];

  private readonly follow = new FollowController(this);
  private readonly search = new SearchController(this);

  @property({ attribute: false }) segments: readonly Segment[] = [];
  /** Listed chapters: each gets a heading before its first line. */
  @property({ attribute: false }) chapters: readonly Chapter[] = [];
  @property({ attribute: false }) strings: Strings = en;

  @state() private rendered = new Set<number>();
  /** The line in view before blocks above it were rendered (see scrollAnchor). */
  private anchor: { index: number; top: number } | undefined;
  /** The line that takes Tab focus (roving tabindex): the transcript is one tab stop. */
  @state() private focusIndex = 0;
  /** The lines the reader has selected text in, offered as a link to that quote. */
  @state() private quote: { start: number; end: number } | undefined;

  private blocks: LineBlock[] = [];
  private headings = new Map<number, Chapter>();
  private speakerSlots = new Map<string, number>();
  private observer: IntersectionObserver | undefined;
  private searchTimer = 0;
  private active = -1;
  private word = -1;

  /** The spoken line, -1 between lines. */
  get activeIndex(): number {
    return this.active;
  }

  set activeIndex(index: number) {
    if (index === this.active) return;
    this.markLine(this.active, false);
    this.markWord(-1);
    this.active = index;
    this.markLine(index, true);
    if (this.follow.following) void this.reveal(index, true);
  }

  /** The spoken word within the spoken line, -1 when none. */
  get activeWord(): number {
    return this.word;
  }

  set activeWord(index: number) {
    if (index !== this.word) this.markWord(index);
  }

  /** Follow the audio again, as after the listener picks a place to play. */
  followAgain(): void {
    this.follow.resume();
    void this.reveal(this.active, false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('rendered') && !changed.has('segments')) this.anchor = this.scrollAnchor();
    if (changed.has('segments')) {
      this.blocks = splitIntoBlocks(
        this.segments.map((segment) => segment.text.length),
        this.lineMetrics(),
      );
      this.speakerSlots = assignSpeakerSlots(this.segments.map((segment) => segment.speaker));
      this.search.setSegments(this.segments);
      this.focusIndex = 0;
      this.rendered = new Set([0]);
    }
    if (changed.has('segments') || changed.has('chapters')) this.headings = headingsByLine(this.segments, this.chapters);
  }

  protected override updated(): void {
    const panel = this.panel;
    if (!panel) return;
    this.keepAnchor(panel);
    this.follow.watch(panel);
    this.observer ??= new IntersectionObserver((entries) => this.handleIntersection(entries), {
      root: panel,
      rootMargin: '100% 0px',
    });
    for (const block of panel.children) if (block.classList.contains('placeholder')) this.observer.observe(block);
    // Lit reuses line elements for other lines and re-renders their words, so marks set
    // by hand are set again, and cleared where they no longer belong.
    for (const line of panel.querySelectorAll<HTMLElement>('[aria-current]')) {
      if (Number(line.dataset.index) !== this.active) this.markLine(Number(line.dataset.index), false);
    }
    this.markLine(this.active, true);
    this.markWord(this.word);
  }

  private get panel(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('.panel') ?? null;
  }

  /**
   * Safari has no CSS scroll anchoring: when blocks above the viewport are rendered (their
   * real height replacing an estimate), the lines in view would jump away, the spoken one
   * with them. So there the first line in view is noted before such an update and the panel
   * scrolled back to it after; other engines do this themselves (overflow-anchor).
   */
  private scrollAnchor(): { index: number; top: number } | undefined {
    if (NATIVE_SCROLL_ANCHORING) return undefined;
    const panel = this.panel;
    if (!panel) return undefined;
    const top = panel.getBoundingClientRect().top;
    for (const block of panel.children) {
      if (block.getBoundingClientRect().bottom <= top) continue;
      for (const line of block.querySelectorAll<HTMLElement>('[data-index]')) {
        const box = line.getBoundingClientRect();
        if (box.bottom > top) return { index: Number(line.dataset.index), top: box.top - top };
      }
      // A placeholder (no lines yet): the anchor is the first rendered line below it.
    }
    return undefined;
  }

  private keepAnchor(panel: HTMLElement): void {
    const anchor = this.anchor;
    this.anchor = undefined;
    const line = anchor && this.lineAt(anchor.index);
    if (!anchor || !line) return;
    const moved = line.getBoundingClientRect().top - panel.getBoundingClientRect().top - anchor.top;
    if (Math.abs(moved) >= 1) panel.scrollTop += moved;
  }

  /** A rendered line, found through its block (a direct child of the panel) without a scan. */
  private lineAt(index: number): HTMLElement | null {
    if (index < 0) return null;
    const block = this.panel?.children[blockOf(index)];
    return block?.querySelector<HTMLElement>(`[data-index="${index}"]`) ?? null;
  }

  /** Estimates line heights from the panel's width, before anything is measured. */
  private lineMetrics() {
    const width = this.panel?.clientWidth || this.clientWidth || 600;
    const fontSize = parseFloat(getComputedStyle(this).fontSize) || 16;
    return { charsPerRow: (width - 6 * fontSize) / (fontSize * 0.5), rowHeight: fontSize * 1.5, lineChrome: fontSize * 0.6 };
  }

  private handleIntersection(entries: IntersectionObserverEntry[]): void {
    const visible = entries.filter((entry) => entry.isIntersecting).map((entry) => Number((entry.target as HTMLElement).dataset.block));
    if (visible.length === 0) return;
    for (const entry of entries) if (entry.isIntersecting) this.observer?.unobserve(entry.target);
    this.rendered = new Set([...this.rendered, ...visible]);
  }

  /**
   * Renders the block holding `index` now, so it can be scrolled to or focused. A jump
   * away from what is rendered also lets go of the blocks left behind, so seeking around
   * a long episode does not pile up DOM: what comes into view again is rendered again.
   */
  private async ensureRendered(index: number): Promise<HTMLElement | null> {
    const block = blockOf(index);
    if (!this.rendered.has(block)) {
      const near = [...this.rendered].filter((other) => Math.abs(other - block) <= KEEP_BLOCKS_AROUND);
      this.rendered = new Set([...near, block]);
      await this.updateComplete;
    }
    return this.lineAt(index);
  }

  private async reveal(index: number, onlyIfOutside: boolean): Promise<void> {
    if (index < 0) return;
    const line = await this.ensureRendered(index);
    const panel = this.panel;
    if (line && panel && index === this.active) scrollLineIntoPanel(panel, line, onlyIfOutside);
  }

  private markLine(index: number, on: boolean): void {
    const line = this.lineAt(index);
    if (!line) return;
    if (on) line.setAttribute('aria-current', 'true');
    else line.removeAttribute('aria-current');
    line.part.toggle('active', on);
  }

  private markWord(index: number): void {
    const line = this.lineAt(this.active);
    line?.querySelector('[part~="active-word"]')?.part.remove('active-word');
    this.word = index;
    if (index >= 0) line?.querySelector(`[data-w="${index}"]`)?.part.add('active-word');
  }

  private async moveFocus(index: number): Promise<void> {
    const target = Math.max(0, Math.min(this.segments.length - 1, index));
    this.focusIndex = target;
    this.follow.pause();
    (await this.showLine(target, true))?.focus({ preventScroll: true });
  }

  /** Renders line `index` if needed and scrolls the panel to it, once pending updates are done. */
  private async showLine(index: number, onlyIfOutside: boolean): Promise<HTMLElement | null> {
    const line = await this.ensureRendered(index);
    await this.updateComplete;
    const panel = this.panel;
    if (line && panel) scrollLineIntoPanel(panel, line, onlyIfOutside);
    return line;
  }

  private indexOf(event: Event): number {
    const line = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    return line ? Number(line.dataset.index) : -1;
  }

  private seekTo(index: number): void {
    const segment = this.segments[index];
    if (!segment) return;
    this.focusIndex = index;
    this.follow.resume();
    dispatchRequest(this, { type: 'seek-to', time: segment.start, play: true });
  }

  private handleClick(event: MouseEvent): void {
    // A click that ends a text selection is the reader copying a quote, not asking to seek.
    if (String(globalThis.getSelection?.() ?? '') !== '') return;
    this.seekTo(this.indexOf(event));
  }

  /** After the reader selects text in the transcript, offers a link to those lines. */
  private handleSelectionEnd(): void {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- getSelection() on a ShadowRoot is Chromium's, not in the DOM types
    const root = this.shadowRoot as (ShadowRoot & { getSelection?: () => Selection | null }) | null;
    const selection = root?.getSelection?.() ?? document.getSelection();
    // Safari's document selection is retargeted out of shadow roots (collapsed, on the page's
    // body); getComposedRanges() sees inside in every engine that has it.
    const range = root && selection ? composedRange(selection, root) : undefined;
    const lineOf = (node: Node | null | undefined) =>
      (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-index]');
    const first = lineOf(range ? range.startContainer : selection?.anchorNode);
    const last = lineOf(range ? range.endContainer : selection?.focusNode);
    const collapsed = range ? range.collapsed : (selection?.isCollapsed ?? true);
    if (!selection || collapsed || !first || !last || !root?.contains(first)) {
      this.quote = undefined;
      return;
    }
    const [a, b] = [Number(first.dataset.index), Number(last.dataset.index)].sort((x, y) => x - y);
    const start = this.segments[a!]?.start;
    const end = this.segments[b!]?.end;
    this.quote = start === undefined || end === undefined ? undefined : { start, end: Number.isFinite(end) ? end : start };
  }

  private shareQuote(): void {
    if (this.quote) dispatchRequest(this, { type: 'share', ...this.quote });
    this.quote = undefined;
  }

  private handleKeydown(event: KeyboardEvent): void {
    const index = this.indexOf(event);
    if (index < 0) return;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: this.segments.length - 1,
      PageDown: index + 10,
      PageUp: index - 10,
    };
    if (event.key in moves) {
      void this.moveFocus(moves[event.key]!);
    } else if (event.key === 'Enter' || event.key === ' ') {
      this.seekTo(index);
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  private handleSearchInput(event: InputEvent): void {
    const query = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = window.setTimeout(() => {
      this.search.search(query, Math.max(0, this.active));
      void this.showMatch();
    }, SEARCH_DELAY_MS);
  }

  private handleSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      const query = (event.target as HTMLInputElement).value;
      if (query !== this.search.query) {
        // Enter before the debounce fired: search now rather than step through stale results.
        clearTimeout(this.searchTimer);
        this.search.search(query, Math.max(0, this.active));
      } else {
        this.search.step(event.shiftKey ? -1 : 1);
      }
      void this.showMatch();
    } else if (event.key === 'Escape' && (event.target as HTMLInputElement).value) {
      event.preventDefault();
      event.stopPropagation();
      (event.target as HTMLInputElement).value = '';
      clearTimeout(this.searchTimer);
      this.search.clear();
      this.followAgain();
    }
  }

  private stepMatch(direction: 1 | -1): void {
    this.search.step(direction);
    void this.showMatch();
  }

  /** Scrolls to the current match; reading elsewhere pauses following, as a scroll does. */
  private async showMatch(): Promise<void> {
    const match = this.search.currentMatch;
    if (!match) return;
    this.follow.pause();
    await this.showLine(match.line, false);
  }

  private renderSearch() {
    const { strings } = this;
    const { query, matches, current } = this.search;
    const count = !query.trim() ? '' : matches.length ? strings.matchCount(current + 1, matches.length) : strings.noMatches;
    return html`<div class="search" role="search">
      <input
        type="search"
        part="search-input"
        aria-label=${strings.searchTranscript}
        placeholder=${strings.searchTranscript}
        @input=${this.handleSearchInput}
        @keydown=${this.handleSearchKeydown}
      />
      <span class="count" part="search-count" role="status">${count}</span>
      <button part="search-previous" aria-label=${strings.previousMatch} ?disabled=${matches.length === 0} @click=${() => this.stepMatch(-1)}>
        ↑
      </button>
      <button part="search-next" aria-label=${strings.nextMatch} ?disabled=${matches.length === 0} @click=${() => this.stepMatch(1)}>
        ↓
      </button>
    </div>`;
  }

  private renderLine(i: number, withHours: boolean) {
    const segment = this.segments[i]!;
    const previous = this.segments[i - 1];
    const heading = this.headings.get(i);
    const turnStart = segment.speaker !== undefined && (segment.speaker !== previous?.speaker || heading !== undefined);
    const slot = segment.speaker !== undefined ? this.speakerSlots.get(segment.speaker) : undefined;
    return html`${
      heading
        ? html`<h3 class="chapter-heading" part="chapter-heading">${heading.title || this.strings.chapterFallback(this.chapters.indexOf(heading) + 1)}</h3>`
        : nothing
    }<p
        class=${turnStart ? 'segment turn-start' : 'segment'}
        part="segment"
        data-index=${i}
        tabindex=${i === this.focusIndex ? '0' : '-1'}
        aria-describedby="hint"
        style=${slot === undefined ? '' : `--speaker-color: var(--_speaker-${slot})`}
      >
        <time datetime=${`PT${Math.floor(segment.start)}S`}>${formatTime(segment.start, withHours)}</time>
        <span class="text"
          >${turnStart ? html`<span class="speaker" part="speaker">${segment.speaker}</span>` : nothing}${lineContent(
            segment,
            this.search.byLine.get(i),
            this.search.currentMatch,
          )}</span
        >
      </p>`;
  }

  /**
   * What a block's lines depend on: a block whose inputs did not change is not
   * re-rendered when another block appears or the search moves elsewhere.
   */
  private blockInputs(block: LineBlock): unknown[] {
    const { byLine, currentMatch } = this.search;
    const inBlock = (line: number) => line >= block.first && line < block.end;
    return [
      this.segments,
      this.headings,
      this.strings,
      byLine,
      currentMatch && inBlock(currentMatch.line) ? currentMatch : undefined,
      inBlock(this.focusIndex) ? this.focusIndex : -1,
    ];
  }

  override render() {
    const withHours = this.segments.some((segment) => segment.start >= 3600);
    return html`
      ${this.renderSearch()}
      <span class="visually-hidden" id="hint">${this.strings.playFromHere}</span>
      <div
        class="panel"
        @click=${this.handleClick}
        @keydown=${this.handleKeydown}
        @pointerup=${this.handleSelectionEnd}
        @keyup=${this.handleSelectionEnd}
      >
        ${this.blocks.map((block, b) =>
          this.rendered.has(b)
            ? html`<div class="block" data-block=${b}>
                ${guard(this.blockInputs(block), () =>
                  Array.from({ length: block.end - block.first }, (_, k) => this.renderLine(block.first + k, withHours)),
                )}
              </div>`
            : html`<div class="block placeholder" data-block=${b} style="height: ${block.estimate}px"></div>`,
        )}
      </div>
      ${this.quote ? html`<button class="quote" part="quote-link" @click=${this.shareQuote}>${this.strings.shareQuote}</button>` : nothing}
      <button class="back" part="back-to-current" ?hidden=${this.follow.following || this.active < 0} @click=${this.followAgain}>
        ${this.strings.backToCurrent}
      </button>
    `;
  }
}

/** Line index → the chapter whose heading goes before it: the first line at or after its start. */
function headingsByLine(segments: readonly Segment[], chapters: readonly Chapter[]): Map<number, Chapter> {
  const headings = new Map<number, Chapter>();
  let line = 0;
  for (const chapter of chapters) {
    while (line < segments.length && segments[line]!.start < chapter.start - 0.001) line++;
    if (line < segments.length && !headings.has(line)) headings.set(line, chapter);
  }
  return headings;
}

type ComposedSelection = Selection & { getComposedRanges?(...args: unknown[]): StaticRange[] };

/** The selected range inside `root`, or undefined where the engine lacks getComposedRanges(). */
function composedRange(selection: Selection, root: ShadowRoot): StaticRange | undefined {
  const { getComposedRanges } = selection as ComposedSelection;
  if (typeof getComposedRanges !== 'function') return undefined;
  try {
    return getComposedRanges.call(selection, { shadowRoots: [root] })[0];
  } catch {
    // Safari 17 and 18 take the shadow roots as arguments.
    try {
      return getComposedRanges.call(selection, root)[0];
    } catch {
      return undefined;
    }
  }
}
