import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Howl, type HowlInstance } from './howler.js';
import { describeUrl } from '../data/describe-url.js';
import { describeMediaError } from './media-error.js';

/** How far time is carried forward between the media element's own updates. */
const MAX_CARRY_SECONDS = 0.25;

export type AudioState = 'empty' | 'loading' | 'ready' | 'playing' | 'paused' | 'ended' | 'error';

/** What the controller tells its host. The host turns these into state and public events. */
export interface AudioListener {
  onTime(seconds: number): void;
  onState(state: AudioState): void;
  onDuration(seconds: number): void;
  onError(message: string): void;
  /** The audio is waiting for data while it should be playing. */
  onBuffering(buffering: boolean): void;
  /** The server cannot serve parts of the file (no HTTP Range support), so seeking cannot work. */
  onUnseekable(message: string): void;
}

/**
 * Owns the one Howl of a player. HTML5 mode streams the episode instead of downloading
 * and decoding it whole; time is read every animation frame while playing because the
 * media element's own `timeupdate` fires only about four times a second.
 */
export class AudioController implements ReactiveController {
  private howl: HowlInstance | undefined;
  private soundId: number | undefined;
  private frame = 0;
  private src = '';
  private pendingSeek: number | undefined;
  /** play() was called and Howler has not yet reported that playback began. */
  private playPending = false;
  private rate = 1;
  /** Removes the listeners we put on Howler's media element, which Howler reuses. */
  private elementListeners: AbortController | undefined;
  state: AudioState = 'empty';

  constructor(
    host: ReactiveControllerHost,
    private readonly listener: AudioListener,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.src && !this.howl) this.load(this.src);
  }

  hostDisconnected(): void {
    this.unload();
  }

  load(src: string): void {
    this.unload();
    this.src = src;
    if (!src) {
      this.setState('empty');
      return;
    }
    this.setState('loading');
    const howl = new Howl({
      src: [src],
      html5: true,
      preload: 'metadata',
      format: guessFormat(src),
      rate: this.rate,
      onload: () => {
        this.reportDuration();
        if (this.state === 'loading') this.setState('ready');
      },
      onloaderror: (_id, error) => void this.fail(error),
      onplayerror: (_id, error) => void this.fail(error),
      onplay: () => {
        this.playPending = false;
        if (this.pendingSeek !== undefined) {
          howl.seek(this.pendingSeek, this.soundId);
          this.pendingSeek = undefined;
        }
        this.setState('playing');
        this.startFrames();
      },
      onpause: () => {
        this.stopFrames();
        this.reportTime();
        this.setState('paused');
      },
      onend: () => {
        this.stopFrames();
        this.listener.onTime(this.duration);
        this.setState('ended');
      },
      onseek: () => this.reportTime(),
    });
    this.howl = howl;
    this.watchElement(howl);
  }

  /** What Howler does not report: the duration at metadata time, buffering, seekability. */
  private watchElement(howl: HowlInstance): void {
    const element = mediaElementOf(howl);
    if (!element) return;
    this.elementListeners = new AbortController();
    const options = { signal: this.elementListeners.signal };
    element.addEventListener(
      'loadedmetadata',
      () => {
        this.reportDuration();
        if (!isSeekable(element)) this.listener.onUnseekable(unseekableMessage(this.src));
      },
      options,
    );
    element.addEventListener('waiting', () => this.listener.onBuffering(true), options);
    for (const type of ['playing', 'pause', 'canplay', 'ended', 'error']) {
      element.addEventListener(type, () => this.listener.onBuffering(false), options);
    }
  }

  unload(): void {
    this.stopFrames();
    this.elementListeners?.abort();
    this.elementListeners = undefined;
    this.howl?.unload();
    this.howl = undefined;
    this.soundId = undefined;
    this.pendingSeek = undefined;
    this.playPending = false;
  }

  play(): void {
    if (!this.howl) return;
    if (this.state === 'ended' && this.pendingSeek === undefined) this.pendingSeek = 0;
    // Howler resets a sound's position when play() starts it and queues seeks while the
    // browser's play() promise is pending, so a seek is applied once playback has begun.
    this.playPending = true;
    this.soundId = this.howl.play(this.soundId);
  }

  pause(): void {
    if (this.soundId !== undefined) this.howl?.pause(this.soundId);
  }

  get paused(): boolean {
    return this.state !== 'playing';
  }

  get currentTime(): number {
    if (this.pendingSeek !== undefined) return this.pendingSeek;
    if (!this.howl || this.soundId === undefined) return 0;
    const position = this.howl.seek(this.soundId);
    return typeof position === 'number' && Number.isFinite(position) ? position : 0;
  }

  get duration(): number {
    const element = this.howl && mediaElementOf(this.howl);
    const exact = element?.duration;
    // Howler rounds the duration up to a tenth of a second; the element has the real one.
    if (exact !== undefined && Number.isFinite(exact) && exact > 0) return exact;
    return this.howl?.duration() ?? 0;
  }

  seek(seconds: number): void {
    const target = Math.max(0, Number.isFinite(seconds) ? seconds : 0);
    const duration = this.duration;
    const clamped = duration > 0 ? Math.min(target, duration) : target;
    if (!this.howl || this.soundId === undefined || this.playPending) {
      // Not playing yet: remember the position and start there.
      this.pendingSeek = clamped;
      this.listener.onTime(clamped);
      return;
    }
    if (this.state === 'ended') this.setState('paused');
    this.howl.seek(clamped, this.soundId);
    this.listener.onTime(clamped);
  }

  get playbackRate(): number {
    return this.rate;
  }

  set playbackRate(rate: number) {
    if (!Number.isFinite(rate) || rate <= 0) return;
    this.rate = rate;
    this.howl?.rate(rate);
  }

  private async fail(error: unknown): Promise<void> {
    this.stopFrames();
    this.playPending = false;
    this.setState('error');
    this.listener.onError(await describeMediaError(this.src, error));
  }

  private setState(state: AudioState): void {
    if (this.state === state) return;
    this.state = state;
    this.listener.onState(state);
  }

  private reportTime(): void {
    this.listener.onTime(this.currentTime);
  }

  private reportDuration(): void {
    const duration = this.duration;
    if (duration > 0) this.listener.onDuration(duration);
  }

  /**
   * Media elements update `currentTime` in steps (Firefox about every 40 ms, others less
   * often under load); between steps the time is carried forward by the clock, capped, so
   * a word highlight moves every frame instead of stuttering.
   */
  private startFrames(): void {
    this.stopFrames();
    let lastRaw = -1;
    let lastRawAt = 0;
    const tick = (now: number): void => {
      const raw = this.currentTime;
      if (raw !== lastRaw) {
        lastRaw = raw;
        lastRawAt = now;
        this.listener.onTime(raw);
      } else {
        const carried = ((now - lastRawAt) / 1000) * this.rate;
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

/**
 * A server without HTTP Range support gives a stream the browser can only play from the
 * start: after metadata, nothing (or only the start) is seekable.
 */
function isSeekable(element: HTMLMediaElement): boolean {
  const { seekable } = element;
  return seekable.length > 0 && seekable.end(seekable.length - 1) > 0;
}

function unseekableMessage(src: string): string {
  return (
    `The server of the audio file ${describeUrl(src)} does not support seeking (no HTTP Range requests), ` +
    'so jumping to a time will not work. Playback from the start works.'
  );
}

/** Howler picks a decoder by extension; URLs without one are most likely MP3 podcasts. */
function guessFormat(src: string): string[] | undefined {
  const path = src.split(/[?#]/, 1)[0] ?? '';
  return /\.[a-z0-9]{2,4}$/i.test(path) ? undefined : ['mp3'];
}

/** Howler keeps its HTML5 audio element private; we read it only for duration and diagnostics. */
function mediaElementOf(howl: HowlInstance): HTMLAudioElement | undefined {
  const sounds = (howl as unknown as { _sounds?: { _node?: unknown }[] })._sounds;
  const node = sounds?.[0]?._node;
  return node instanceof HTMLAudioElement ? node : undefined;
}
