import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { blockOf } from '../core/line-blocks.js';
import type { Chapter } from '../core/model.js';
import { formatTime } from '../core/time.js';
import type { Strings } from '../i18n/en.js';
import { englishNow } from '../i18n/english-at-hand.js';
import { scrollLineIntoPanel } from './transcript-view/follow-scroll.js';
import { linkIcon } from './icons.js';
import { dispatchRequest } from './requests.js';
import { sharedStyles } from './theme.styles.js';
import { timePhrase } from './time-phrase.js';

/** Chapters drawn together: a list this long renders at once; a longer one block by block, as it comes near. */
const CHAPTERS_PER_BLOCK = 50;
/** Blocks kept drawn on either side of one jumped to (End, the current chapter far away), once `MAX_BLOCKS` are drawn. */
const KEEP_BLOCKS_AROUND = 1;
const MAX_BLOCKS = 20;
/** Whether the engine keeps what is in view in place when content above changes (not Safari). */
const NATIVE_SCROLL_ANCHORING = globalThis.CSS?.supports?.('overflow-anchor', 'auto') ?? false;

const blockOfRow = (index: number) => blockOf(index, CHAPTERS_PER_BLOCK);
const rowOf = (element: Element) => Number(element.closest<HTMLElement>('[data-row]')?.dataset.row ?? -1);

/**
 * The listed chapters as buttons; the current one is marked for eyes and screen readers.
 *
 * A list of thousands of chapters (some files have one per minute of a day-long stream,
 * or per song of a mix) is drawn like the transcript: blocks near the part in view are
 * rendered, the others are empty placeholders of the height their rows will take, so the
 * scroll bar is right and the first render costs one block. The row that takes Tab focus
 * and the current chapter are always rendered; the list scrolls (itself, never the page)
 * to keep the current chapter in view unless the listener is reading or using it.
 */
export class ChapterList extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: flex;
        align-items: flex-start;
      }
      a {
        color: inherit;
        padding: 0.4em;
        border-radius: var(--tp-radius, 6px);
        display: inline-grid;
        /* At the list's edge, which clips what is drawn outside: the ring goes inside, as the rows'. */
        --_focus-offset: -3px;
      }
      button {
        all: unset;
        box-sizing: border-box;
        display: flex;
        gap: 0.75em;
        width: 100%;
        padding: 0.4em 0.6em;
        border-radius: var(--tp-radius, 6px);
        cursor: pointer;
        line-height: 1.35;
        /* Rows fill the scrolling list: the ring goes inside. */
        --_focus-offset: -3px;
      }
      button:hover {
        background: var(--tp-hover-background, color-mix(in srgb, currentColor 8%, transparent));
      }
      button[aria-current='true'] {
        background: var(--tp-active-background, color-mix(in srgb, var(--_accent) 16%, transparent));
        font-weight: 600;
      }
      /* A time never gives up room to its title: a title of two lines would otherwise break "0:17:56" after any digit (the row breaks anywhere). */
      time {
        flex: none;
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
        opacity: 0.8;
        min-width: 3.5em;
      }
      /* A title with a word longer than the list is wide breaks rather than overflows. */
      button,
      [part~='chapter-title'] {
        min-width: 0;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) chapters: readonly Chapter[] = [];
  @property({ type: Number }) activeIndex = -1;
  @property({ attribute: false }) strings: Strings = englishNow();

  /** The row that takes Tab focus (roving tabindex): the list is one tab stop. Follows the current chapter until the reader moves. */
  @state() private focusIndex: number | undefined;
  /** The blocks drawn; the others are placeholders. */
  @state() private rendered = new Set<number>([0]);

  /** Height of one row in pixels: estimated from the font until rows can be measured. */
  private rowHeight = 0;
  private observer: IntersectionObserver | undefined;
  /** The first row in view before blocks above it were drawn (engines without scroll anchoring). */
  private anchor: { index: number; top: number } | undefined;
  /** The listener is pointing at or working in the list: it does not scroll by itself then. */
  private engaged = false;
  private revealing = false;
  private readonly engage = (): void => void (this.engaged = true);
  // Once focus has moved on (focusout comes before it has) or the pointer has left.
  private readonly release = (): void => void setTimeout(() => (this.engaged = this.matches(':hover') || this.matches(':focus-within')));

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ['pointerenter', 'focusin']) this.addEventListener(type, this.engage);
    for (const type of ['pointerleave', 'focusout']) this.addEventListener(type, this.release);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ['pointerenter', 'focusin']) this.removeEventListener(type, this.engage);
    for (const type of ['pointerleave', 'focusout']) this.removeEventListener(type, this.release);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private get tabStop(): number {
    const last = this.chapters.length - 1;
    return Math.max(0, Math.min(last, this.focusIndex ?? this.activeIndex));
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('chapters')) {
      this.rendered = new Set([0]);
      if (this.focusIndex !== undefined && this.focusIndex >= this.chapters.length) this.focusIndex = undefined;
    }
    // The tab stop and the current chapter are always drawn: Tab must land somewhere, and
    // the current chapter is what a listener looks for.
    const needed = [this.tabStop, this.activeIndex].filter((index) => index >= 0).map(blockOfRow);
    if (needed.some((block) => !this.rendered.has(block))) this.rendered = around(this.rendered, needed);
    if (changed.has('rendered') && !changed.has('chapters')) this.anchor = this.scrollAnchor();
  }

  protected override updated(changed: PropertyValues): void {
    this.markRows();
    this.measureRows();
    this.sizePlaceholders();
    this.keepAnchor();
    if (changed.has('activeIndex') && !this.engaged) this.revealSoon();
  }

  /**
   * The current chapter is scrolled into view in the next animation frame, not at once:
   * measuring it now would force a layout of its own, before the transcript has drawn the
   * lines that the same seek brings, which force another. In that frame one layout serves
   * both, and it still comes before the frame is painted.
   */
  private revealSoon(): void {
    if (this.revealing) return;
    this.revealing = true;
    requestAnimationFrame(() => {
      this.revealing = false;
      if (!this.engaged && this.isConnected) this.revealActive();
    });
  }

  private handleClick(chapter: Chapter, index: number): void {
    this.focusIndex = index;
    dispatchRequest(this, { type: 'seek-to', time: chapter.start, play: true });
  }

  private handleKeydown(event: KeyboardEvent): void {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!row || !this.chapters.length) return;
    const index = Number(row.dataset.row);
    const last = this.chapters.length - 1;
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: last };
    if (!(event.key in moves)) return;
    event.preventDefault();
    event.stopPropagation();
    this.focusIndex = Math.max(0, Math.min(last, moves[event.key]!));
    void this.updateComplete.then(() => this.rowAt(this.focusIndex!)?.querySelector('button')?.focus());
  }

  override render() {
    const count = this.chapters.length;
    const withHours = this.chapters.some((chapter) => chapter.start >= 3600);
    const tabStop = this.tabStop;
    const blocks = Math.ceil(count / CHAPTERS_PER_BLOCK);
    return html`
      <ol @keydown=${this.handleKeydown}>
        ${Array.from({ length: blocks }, (_, block) => {
          if (!this.rendered.has(block)) return html`<li class="placeholder" aria-hidden="true" data-block=${block}></li>`;
          const first = block * CHAPTERS_PER_BLOCK;
          const end = Math.min(count, first + CHAPTERS_PER_BLOCK);
          // A block is drawn again only when its rows' text changes: the current chapter and the
          // tab stop are marked by touching their rows (`markRows`), so a seek to another chapter
          // does not draw fifty rows again. They are drawn marked too, for a server's render.
          return guard([this.chapters, this.strings, withHours], () =>
            Array.from({ length: end - first }, (_, k) => this.renderRow(first + k, tabStop, withHours)),
          );
        })}
      </ol>
    `;
  }

  private renderRow(i: number, tabStop: number, withHours: boolean) {
    const chapter = this.chapters[i]!;
    const active = i === this.activeIndex;
    const title = chapter.title || this.strings.chapterFallback(i + 1);
    const tabindex = i === tabStop ? '0' : '-1';
    return html`<li data-row=${i} aria-posinset=${i + 1} aria-setsize=${this.chapters.length}>
      <button
        part=${active ? 'chapter active' : 'chapter'}
        aria-current=${active ? 'true' : nothing}
        tabindex=${tabindex}
        @click=${() => this.handleClick(chapter, i)}
      >
        <time datetime=${`PT${Math.floor(chapter.start)}S`} aria-label=${timePhrase(this.strings, chapter.start)}
          >${formatTime(chapter.start, withHours)}</time
        ><span part="chapter-title">${title}</span>
      </button>
      ${
        chapter.link
          ? html`<a
            part="chapter-link"
            tabindex=${tabindex}
            href=${chapter.link}
            target="_blank"
            rel="noopener noreferrer"
            aria-label=${this.strings.chapterLink(title)}
            title=${this.strings.chapterLink(title)}
            >${linkIcon}</a
          >`
          : nothing
      }
    </li>`;
  }

  /** The current chapter's button marked, and the tab stop's button and link in the tab order; no other row. */
  private markRows(): void {
    const active = this.activeIndex;
    const tabStop = this.tabStop;
    for (const button of this.renderRoot.querySelectorAll<HTMLElement>('button[aria-current]')) {
      if (rowOf(button) === active) continue;
      button.removeAttribute('aria-current');
      button.part.remove('active');
    }
    for (const element of this.renderRoot.querySelectorAll<HTMLElement>('[tabindex="0"]')) {
      if (rowOf(element) !== tabStop) element.setAttribute('tabindex', '-1');
    }
    const current = active >= 0 ? this.rowAt(active)?.querySelector('button') : undefined;
    if (current) {
      current.setAttribute('aria-current', 'true');
      current.part.add('active');
    }
    for (const element of this.rowAt(tabStop)?.querySelectorAll('button, a') ?? []) element.setAttribute('tabindex', '0');
  }

  private rowAt(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-row="${index}"]`);
  }

  /** Rows are one or two lines of text: the first block drawn gives their average height. */
  private measureRows(): void {
    if (this.rowHeight > 0 || this.chapters.length <= CHAPTERS_PER_BLOCK) return;
    const rows = this.renderRoot.querySelectorAll<HTMLElement>('[data-row]');
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (!first || !last) return;
    const height = (last.getBoundingClientRect().bottom - first.getBoundingClientRect().top) / rows.length;
    if (height > 0) this.rowHeight = height;
  }

  /**
   * Placeholders take the height of the rows they stand for. Set through the CSSOM, not a
   * `style` attribute, which a page's Content-Security-Policy may forbid.
   */
  private sizePlaceholders(): void {
    const placeholders = this.renderRoot.querySelectorAll<HTMLElement>('li.placeholder');
    if (placeholders.length === 0) return;
    const rowHeight = this.rowHeight || (parseFloat(getComputedStyle(this).fontSize) || 16) * 2.15;
    const count = this.chapters.length;
    this.observer ??= new IntersectionObserver((entries) => this.handleIntersection(entries), { root: this, rootMargin: '100% 0px' });
    for (const placeholder of placeholders) {
      const block = Number(placeholder.dataset.block);
      const rows = Math.min(CHAPTERS_PER_BLOCK, count - block * CHAPTERS_PER_BLOCK);
      const height = `${Math.round(rows * rowHeight)}px`;
      if (placeholder.style.height !== height) placeholder.style.height = height;
      this.observer.observe(placeholder);
    }
  }

  private handleIntersection(entries: IntersectionObserverEntry[]): void {
    const near = entries.filter((entry) => entry.isIntersecting).map((entry) => Number((entry.target as HTMLElement).dataset.block));
    for (const entry of entries) if (entry.isIntersecting) this.observer?.unobserve(entry.target);
    if (near.length > 0) this.rendered = new Set([...this.rendered, ...near]);
  }

  /** Scrolls the list (only the list) so the current chapter is in view, when it is not. */
  private revealActive(): void {
    const row = this.activeIndex >= 0 ? this.rowAt(this.activeIndex) : null;
    if (row && this.scrollHeight > this.clientHeight) scrollLineIntoPanel(this, row, true);
  }

  /** Safari has no scroll anchoring: the first row in view is noted before blocks above it are drawn, and kept in place after. */
  private scrollAnchor(): { index: number; top: number } | undefined {
    if (NATIVE_SCROLL_ANCHORING || !this.isConnected) return undefined;
    const top = this.getBoundingClientRect().top;
    for (const row of this.renderRoot.querySelectorAll<HTMLElement>('[data-row]')) {
      const box = row.getBoundingClientRect();
      if (box.bottom > top) return { index: Number(row.dataset.row), top: box.top - top };
    }
    return undefined;
  }

  private keepAnchor(): void {
    const anchor = this.anchor;
    this.anchor = undefined;
    const row = anchor && this.rowAt(anchor.index);
    if (!anchor || !row) return;
    const moved = row.getBoundingClientRect().top - this.getBoundingClientRect().top - anchor.top;
    if (Math.abs(moved) >= 1) this.scrollTop += moved;
  }
}

/**
 * The blocks to draw when `needed` ones must be: all drawn so far while they are few; once
 * they are many (a listener who jumps around a long list), those near the needed ones.
 */
function around(rendered: ReadonlySet<number>, needed: number[]): Set<number> {
  const kept =
    rendered.size < MAX_BLOCKS
      ? [...rendered]
      : [...rendered].filter((block) => needed.some((each) => Math.abs(each - block) <= KEEP_BLOCKS_AROUND));
  return new Set([...kept, ...needed]);
}
