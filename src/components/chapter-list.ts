import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Chapter } from '../core/model.js';
import { formatTime } from '../core/time.js';
import { en, type Strings } from '../i18n/en.js';
import { linkIcon } from './icons.js';
import { dispatchRequest } from './requests.js';
import { sharedStyles } from './theme.styles.js';
import { timePhrase } from './time-phrase.js';

/** The listed chapters as buttons; the current one is marked for eyes and screen readers. */
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
      time {
        font-variant-numeric: tabular-nums;
        opacity: 0.8;
        min-width: 3.5em;
      }
    `,
  ];

  @property({ attribute: false }) chapters: readonly Chapter[] = [];
  @property({ type: Number }) activeIndex = -1;
  @property({ attribute: false }) strings: Strings = en;

  /** The row that takes Tab focus (roving tabindex): the list is one tab stop. Follows the current chapter until the reader moves. */
  @state() private focusIndex: number | undefined;

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
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-row="${this.focusIndex}"] button`)?.focus());
  }

  override render() {
    const withHours = this.chapters.some((chapter) => chapter.start >= 3600);
    const tabStop = this.focusIndex ?? Math.max(0, this.activeIndex);
    return html`
      <ol @keydown=${this.handleKeydown}>
        ${this.chapters.map((chapter, i) => {
          const active = i === this.activeIndex;
          const title = chapter.title || this.strings.chapterFallback(i + 1);
          const tabindex = i === tabStop ? '0' : '-1';
          return html`<li data-row=${i}>
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
        })}
      </ol>
    `;
  }
}
