import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { chaptersToMark } from '../core/chapter-marks.js';
import type { Chapter } from '../core/model.js';
import { en, type Strings } from '../i18n/en.js';
import { dispatchRequest } from './requests.js';
import { styleProperties } from './style-properties.js';
import { sharedStyles } from './theme.styles.js';
import { timePhrase } from './time-phrase.js';

/**
 * The seek slider with a mark at each listed chapter start. A native range input, so
 * keyboard, touch and screen readers work as they do everywhere; while the listener
 * drags, playback time does not pull the thumb back.
 */
export class SeekBar extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        position: relative;
        --_track: var(--tp-track-color, color-mix(in srgb, currentColor 25%, transparent));
        /* Clear of the thumb. */
        --_focus-offset: 3px;
      }
      input {
        width: 100%;
        margin: 0;
        accent-color: var(--_accent);
        background: transparent;
        cursor: pointer;
        display: block;
      }
      .marks {
        position: absolute;
        inset: 0;
        pointer-events: none;
      }
      .mark {
        position: absolute;
        top: 50%;
        width: 2px;
        height: 14px;
        transform: translate(-1px, -50%);
        background: var(--tp-mark-color, currentColor);
        opacity: 0.7;
      }
    `,
  ];

  private time = 0;
  @property({ type: Number }) duration = 0;
  @property({ attribute: false }) chapters: readonly Chapter[] = [];
  @property({ attribute: false }) strings: Strings = en;

  /**
   * The position. Set every frame while playing, so it moves the thumb directly and
   * re-renders (for the spoken value) only when the second changes.
   */
  get currentTime(): number {
    return this.time;
  }

  set currentTime(seconds: number) {
    const second = Math.floor(this.time);
    this.time = seconds;
    const input = this.renderRoot?.querySelector('input');
    if (input && !this.dragging) input.value = String(Math.min(seconds, this.duration || seconds));
    if (Math.floor(seconds) !== second) this.requestUpdate();
  }

  @state() private dragging = false;
  @state() private dragValue = 0;
  /** The bar's width in pixels, which decides how many chapter marks fit. */
  @state() private width = 0;
  /** Made on connect: a server renderer has no ResizeObserver (and never connects). */
  private resizes: ResizeObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'function') return;
    this.resizes ??= new ResizeObserver(([entry]) => (this.width = entry?.contentRect.width ?? 0));
    this.resizes.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes?.disconnect();
  }

  private handleInput(event: Event): void {
    this.dragging = true;
    this.dragValue = Number((event.target as HTMLInputElement).value);
  }

  private handleChange(event: Event): void {
    const time = Number((event.target as HTMLInputElement).value);
    this.dragging = false;
    dispatchRequest(this, { type: 'seek-to', time });
  }

  override render() {
    const duration = this.duration > 0 ? this.duration : 0;
    const value = this.dragging ? this.dragValue : Math.min(this.time, duration);
    const valueText = this.strings.timeOf(timePhrase(this.strings, value), timePhrase(this.strings, duration));
    return html`
      <input
        part="seek-bar"
        type="range"
        min="0"
        max=${duration || 1}
        step="any"
        .value=${String(value)}
        ?disabled=${duration === 0}
        aria-label=${this.strings.seek}
        aria-valuetext=${valueText}
        @input=${this.handleInput}
        @change=${this.handleChange}
      />
      <div class="marks" aria-hidden="true">
        ${
          duration > 0
            ? chaptersToMark(this.chapters, duration, this.width).map(
                (chapter) =>
                  html`<span part="chapter-mark" class="mark" ${styleProperties({ left: `${(chapter.start / duration) * 100}%` })}></span>`,
              )
            : nothing
        }
      </div>
    `;
  }
}
