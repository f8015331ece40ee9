import type { AudioListener, AudioState } from './audio-controller.js';
import type { MediaEngine } from './media-engine.js';
import { mediaSource, playMedia } from './play-media.js';

/** How far time is carried forward between the media element's own updates. */
const MAX_CARRY_SECONDS = 0.25;

/**
 * A media element the page already plays with — an `<audio>`, a `<video>`, or an element
 * that offers the same API (media-chrome's media, Vidstack's player) — as far as the
 * player uses one: position, length, speed, play, pause, events.
 */
export interface MediaLike extends EventTarget {
  currentTime: number;
  readonly duration: number;
  readonly paused: boolean;
  readonly ended?: boolean;
  playbackRate: number;
  muted: boolean;
  readonly currentSrc?: string;
  readonly src?: string;
  play(): Promise<void> | void;
  pause(): void;
}

/** What the page's element may fire; Vidstack names some with a hyphen. */
const TIMEUPDATE_EVENTS = ['timeupdate', 'time-update'];
const TIME_EVENTS = [...TIMEUPDATE_EVENTS, 'seeking', 'seeked'];
const STATE_EVENTS = ['play', 'playing', 'pause', 'ended', 'emptied', 'loadstart'];
const LENGTH_EVENTS = ['durationchange', 'duration-change', 'loadedmetadata'];
const RATE_EVENTS = ['ratechange', 'rate-change'];

/**
 * Follows a media element the page owns (`for="episode-audio"`): the player plays nothing
 * of its own, reads the element's position every frame while it plays (its `timeupdate`
 * comes only about four times a second), and asks it to seek when a line or chapter is
 * clicked. Whoever plays it — its own controls, the page's buttons, the lock screen — the
 * transcript follows. Loaded on use (the `media` lazy module): a page that plays its own
 * audio never needs it.
 */
export class MediaElementController implements MediaEngine {
  preload: 'none' | 'metadata' | 'auto' = 'none';
  state: AudioState = 'ready';
  private frame = 0;
  private readonly listening = new AbortController();
  private lastRaw = -1;
  private lastRawAt = 0;

  constructor(
    private readonly media: MediaLike,
    private readonly listener: AudioListener,
  ) {
    const options = { signal: this.listening.signal };
    for (const type of TIME_EVENTS) media.addEventListener(type, () => this.reportTime(), options);
    for (const type of TIMEUPDATE_EVENTS) media.addEventListener(type, () => listener.onTimeupdate(), options);
    for (const type of STATE_EVENTS) media.addEventListener(type, () => this.followState(), options);
    for (const type of LENGTH_EVENTS) media.addEventListener(type, () => this.reportDuration(), options);
    for (const type of RATE_EVENTS) media.addEventListener(type, () => this.reportTime(), options);
    media.addEventListener('waiting', () => listener.onBuffering(true), options);
    for (const type of ['playing', 'pause', 'canplay', 'ended']) media.addEventListener(type, () => listener.onBuffering(false), options);
    this.reportDuration();
    this.followState();
    this.reportTime();
  }

  get src(): string {
    return mediaSource(this.media);
  }

  get paused(): boolean {
    return this.media.paused;
  }

  get starting(): boolean {
    return false;
  }

  get currentTime(): number {
    const time = this.media.currentTime;
    return Number.isFinite(time) && time > 0 ? time : 0;
  }

  get duration(): number {
    const length = this.media.duration;
    return Number.isFinite(length) && length > 0 ? length : 0;
  }

  get playbackRate(): number {
    return this.media.playbackRate;
  }

  set playbackRate(rate: number) {
    if (Number.isFinite(rate) && rate > 0) this.media.playbackRate = rate;
  }

  /** The page's element has its own source. */
  load(): void {}

  prepare(): void {}

  /** Rejects with a `PlayRefusal`, as the player's own audio does; the player turns it into a `DOMException`. */
  play(): Promise<void> {
    return playMedia(this.media);
  }

  pause(): void {
    this.media.pause();
  }

  seek(seconds: number): void {
    const target = Math.max(0, Number.isFinite(seconds) ? seconds : 0);
    const duration = this.duration;
    this.media.currentTime = duration > 0 ? Math.min(target, duration) : target;
    this.reportTime();
  }

  toggleMute(): void {
    this.media.muted = !this.media.muted;
  }

  unload(): void {
    this.stopFrames();
    this.listening.abort();
  }

  private followState(): void {
    const media = this.media;
    const next: AudioState = media.ended ? 'ended' : media.paused ? (this.state === 'playing' ? 'paused' : this.state) : 'playing';
    if (next === 'playing') this.startFrames();
    else this.stopFrames();
    if (next === this.state) return;
    this.state = next;
    this.listener.onState(next);
    this.reportTime();
  }

  private reportTime(): void {
    this.lastRaw = this.currentTime;
    this.lastRawAt = performance.now();
    this.listener.onTime(this.lastRaw);
  }

  private reportDuration(): void {
    const duration = this.duration;
    if (duration > 0) this.listener.onDuration(duration);
  }

  /** Between the element's own updates, time is carried forward by the clock (capped), so a word highlight moves every frame. */
  private startFrames(): void {
    if (this.frame) return;
    const tick = (now: number): void => {
      const raw = this.currentTime;
      if (raw !== this.lastRaw) {
        this.lastRaw = raw;
        this.lastRawAt = now;
        this.listener.onTime(raw);
      } else {
        const carried = ((now - this.lastRawAt) / 1000) * this.media.playbackRate;
        this.listener.onTime(raw + Math.min(carried, MAX_CARRY_SECONDS));
      }
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  private stopFrames(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
