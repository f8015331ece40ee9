import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { chaptersToMark } from '../core/chapter-marks.js';
import type { Chapter } from '../core/model.js';
import type { Strings } from '../i18n/en.js';
import { englishNow } from '../i18n/english-at-hand.js';
import { dispatchRequest } from './requests.js';
import { styleProperties } from './style-properties.js';
import { sharedStyles } from './theme.styles.js';
import { timePhrase } from './time-phrase.js';

/** The thumb's diameter in pixels (16px in the styles): the native slider's, whose positions the drawn one follows. */
const THUMB = 16;

/**
 * The seek slider with a mark at each listed chapter start. A native range input, so
 * keyboard, touch and screen readers work as they do everywhere; while the listener
 * drags, playback time does not pull the thumb back.
 *
 * The input's own track and thumb are transparent: the ones seen are elements of ours
 * under it, moved with transforms (the compositor's work, no layout) when the thumb
 * reaches another device pixel — every twelve seconds or so on a three-hour episode. The
 * input's value, which screen readers hear, follows once a second.
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
        position: relative;
        width: 100%;
        height: 16px;
        margin: 0;
        accent-color: var(--_accent);
        -webkit-appearance: none;
        appearance: none;
        background: transparent;
        cursor: pointer;
        display: block;
      }
      input::-webkit-slider-runnable-track {
        background: transparent;
      }
      input::-webkit-slider-thumb {
        -webkit-appearance: none;
        appearance: none;
        width: 16px;
        height: 16px;
        opacity: 0;
      }
      input::-moz-range-track {
        background: transparent;
      }
      input::-moz-range-progress {
        background: transparent;
      }
      input::-moz-range-thumb {
        width: 16px;
        height: 16px;
        border: 0;
        opacity: 0;
      }
      .track,
      .thumb {
        position: absolute;
        top: 50%;
        pointer-events: none;
      }
      .track {
        inset-inline: 0;
        height: 4px;
        margin-top: -2px;
        border-radius: 2px;
        background: var(--_track);
        overflow: hidden;
      }
      .fill,
      .thumb {
        background: var(--_accent);
        will-change: transform;
      }
      .fill {
        height: 100%;
        transform-origin: left;
        transform: scaleX(var(--_progress, 0));
      }
      .thumb {
        inset-inline-start: 0;
        width: 16px;
        height: 16px;
        margin-top: -8px;
        border-radius: 50%;
        transform: translateX(var(--_at, 0px));
      }
      :host(:dir(rtl)) .fill {
        transform-origin: right;
      }
      :host(:dir(rtl)) .thumb {
        transform: translateX(calc(-1 * var(--_at, 0px)));
      }
      input:disabled ~ .thumb {
        display: none;
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
  @property({ attribute: false }) strings: Strings = englishNow();

  @query('.fill') private fill!: HTMLElement | null;
  @query('.thumb') private thumb!: HTMLElement | null;
  /** Where the drawn thumb is, in pixels from the start; NaN before it is placed. */
  private thumbAt = NaN;

  /**
   * The position. Set as playback moves on, so it moves the drawn thumb directly, and
   * re-renders (the input's value, the spoken time) only when the second changes.
   */
  get currentTime(): number {
    return this.time;
  }

  set currentTime(seconds: number) {
    const second = Math.floor(this.time);
    this.time = seconds;
    if (!this.dragging) this.placeThumb(seconds);
    if (Math.floor(seconds) !== second) this.requestUpdate();
  }

  /** The media time at which the drawn thumb next moves by a device pixel; `Infinity` when it cannot move. */
  nextChange(seconds: number): number {
    const pixels = this.travel() * devicePixels();
    if (!(this.duration > 0) || !(pixels > 0)) return Infinity;
    return ((Math.floor((seconds / this.duration) * pixels) + 1) / pixels) * this.duration;
  }

  /** How far the thumb's centre travels, in CSS pixels. */
  private travel(): number {
    return Math.max(0, this.width - THUMB);
  }

  /** Moves the drawn thumb and progress to `seconds`, with transforms, when that is another device pixel. */
  private placeThumb(seconds: number): void {
    const duration = this.duration > 0 ? this.duration : 0;
    const fraction = duration > 0 ? Math.min(Math.max(seconds / duration, 0), 1) : 0;
    const travel = this.travel();
    const at = Math.floor(fraction * travel * devicePixels()) / devicePixels();
    if (at === this.thumbAt || !this.thumb || !this.fill) return;
    this.thumbAt = at;
    this.thumb.style.setProperty('--_at', `${at}px`);
    this.fill.style.setProperty('--_progress', String(travel > 0 ? (at + THUMB / 2) / this.width : fraction));
  }

  @state() private dragging = false;
  @state() private dragValue = 0;
  /** The bar's width in pixels, which decides how many chapter marks fit. */
  @state() private width = 0;
  /**
   * Made after the first render: a server renderer has no ResizeObserver, and a server-rendered
   * bar must first hydrate with the marks the server drew (none: it knows no width).
   */
  private resizes: ResizeObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observeWidth();
  }

  protected override firstUpdated(): void {
    this.observeWidth();
  }

  private observeWidth(): void {
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
    this.placeThumb(this.dragValue);
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
      <div class="track" aria-hidden="true"><div class="fill"></div></div>
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
      <div class="thumb" aria-hidden="true"></div>
    `;
  }

  protected override updated(changed: PropertyValues): void {
    // A new length, width or the end of a drag moves the thumb as well as the time does.
    if (changed.has('duration') || changed.has('width') || changed.has('dragging')) this.thumbAt = NaN;
    this.placeThumb(this.dragging ? this.dragValue : this.time);
  }
}

const devicePixels = (): number => globalThis.devicePixelRatio || 1;
