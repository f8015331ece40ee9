import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Segment } from '../core/model.js';
import { formatTime } from '../core/time.js';
import { en, type Strings } from '../i18n/en.js';
import { emit, SEEK_REQUEST, type SeekRequestDetail } from './events.js';
import { followLine } from './follow-scroll.js';

/**
 * The transcript lines. Lines are rendered once per transcript; the spoken line is
 * marked by touching only the old and the new line (never a re-render of every line),
 * so the cost per change does not grow with the length of the episode.
 */
export class TranscriptView extends LitElement {
  static override styles = css`
    :host {
      display: block;
      overflow-y: auto;
      overscroll-behavior: contain;
      position: relative;
    }
    .lines {
      margin: 0;
      padding: 0.25em 0;
    }
    .segment {
      display: flex;
      gap: 0.75em;
      margin: 0;
      padding: 0.3em 0.6em;
      border-radius: var(--tp-radius, 6px);
      cursor: pointer;
      line-height: 1.5;
    }
    .segment:hover {
      background: var(--tp-hover-background, color-mix(in srgb, currentColor 8%, transparent));
    }
    .segment:focus-visible {
      outline: 3px solid var(--tp-focus-color, var(--tp-accent, #0b6bcb));
      outline-offset: -3px;
    }
    .segment[aria-current='true'] {
      background: var(--tp-highlight-background, color-mix(in srgb, var(--tp-accent, #0b6bcb) 18%, transparent));
      color: var(--tp-highlight-color, inherit);
    }
    time {
      flex: none;
      min-width: 3.5em;
      font-variant-numeric: tabular-nums;
      opacity: 0.75;
      font-size: 0.9em;
      padding-top: 0.1em;
    }
    .speaker {
      font-weight: 600;
      margin-right: 0.35em;
    }
    .hint {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  @property({ attribute: false }) segments: readonly Segment[] = [];
  @property({ type: Number }) activeIndex = -1;
  /** Keep the spoken line in view. */
  @property({ type: Boolean }) follow = true;
  @property({ attribute: false }) strings: Strings = en;

  /** The line that takes Tab focus (roving tabindex): the transcript is one tab stop. */
  private focusIndex = 0;
  private markedIndex = -1;

  private lineAt(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('segments')) this.resetLines();
    if (changed.has('segments') || changed.has('activeIndex')) this.markActive();
  }

  /** Lit reuses line elements for new data, so state set by hand must be cleared by hand. */
  private resetLines(): void {
    for (const line of this.renderRoot.querySelectorAll<HTMLElement>('[aria-current], [tabindex="0"]')) {
      line.removeAttribute('aria-current');
      line.part.remove('active');
      line.setAttribute('tabindex', '-1');
    }
    this.lineAt(0)?.setAttribute('tabindex', '0');
    this.markedIndex = -1;
    this.focusIndex = 0;
  }

  private markActive(): void {
    const previous = this.lineAt(this.markedIndex);
    if (previous) {
      previous.removeAttribute('aria-current');
      previous.part.remove('active');
    }
    this.markedIndex = this.activeIndex;
    const line = this.lineAt(this.activeIndex);
    if (!line) return;
    line.setAttribute('aria-current', 'true');
    line.part.add('active');
    if (this.follow) followLine(this, line);
  }

  private moveFocus(index: number): void {
    const target = this.lineAt(Math.max(0, Math.min(this.segments.length - 1, index)));
    if (!target) return;
    this.lineAt(this.focusIndex)?.setAttribute('tabindex', '-1');
    this.focusIndex = Number(target.dataset.index);
    target.setAttribute('tabindex', '0');
    target.focus();
  }

  private indexOf(event: Event): number {
    const line = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    return line ? Number(line.dataset.index) : -1;
  }

  private seekTo(index: number): void {
    const segment = this.segments[index];
    if (segment) emit<SeekRequestDetail>(this, SEEK_REQUEST, { time: segment.start, play: true });
  }

  private handleClick(event: MouseEvent): void {
    // A click that ends a text selection is the reader copying a quote, not asking to seek.
    if (String(globalThis.getSelection?.() ?? '') !== '') return;
    this.seekTo(this.indexOf(event));
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
      this.moveFocus(moves[event.key]!);
    } else if (event.key === 'Enter' || event.key === ' ') {
      this.seekTo(index);
    } else {
      return;
    }
    event.preventDefault();
  }

  override render() {
    const withHours = this.segments.some((segment) => segment.start >= 3600);
    return html`
      <span class="hint" id="hint">${this.strings.playFromHere}</span>
      <div class="lines" role="list" @click=${this.handleClick} @keydown=${this.handleKeydown}>
        ${this.segments.map((segment, i) => {
          const showSpeaker = segment.speaker && segment.speaker !== this.segments[i - 1]?.speaker;
          return html`<p
            class="segment"
            part="segment"
            role="listitem"
            data-index=${i}
            tabindex=${i === 0 ? '0' : '-1'}
            aria-describedby="hint"
          >
            <time datetime=${`PT${Math.floor(segment.start)}S`}>${formatTime(segment.start, withHours)}</time>
            <span
              >${showSpeaker ? html`<span class="speaker" part="speaker">${segment.speaker}</span>` : ''}${segment.text}</span
            >
          </p>`;
        })}
      </div>
    `;
  }
}
