import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { HowlDriver } from './howl-driver.js';
import type { HowlPlayer } from './howl-player.js';
import { loadedModule, loadModule } from '../lazy.js';
import type { LazyModules } from '../lazy-modules.js';
import { describeUrl } from '../core/describe-url.js';
import { message, type Message } from '../core/message.js';
import { clampPlaybackRate } from '../core/playback-rate.js';
import { PendingPlays, type PlayRefusal } from './pending-plays.js';

export type AudioState = 'empty' | 'loading' | 'ready' | 'playing' | 'paused' | 'ended' | 'error';

/** What the controller tells its host. The host turns these into state and public events. */
export interface AudioListener {
  /** The position: on every seek, and while playing whenever `nextChange` said something changes. */
  onTime(seconds: number): void;
  /** The media time at which the listener next has something new to show (`Infinity`: nothing); asked after each `onTime` while playing. */
  nextChange(seconds: number): number;
  /**
   * The media element's own `timeupdate` (about four times a second while it plays): the
   * player's public `timeupdate` comes with it, so the clock never wakes only for that.
   */
  onTimeupdate(): void;
  onState(state: AudioState): void;
  onDuration(seconds: number): void;
  onError(message: Message): void;
  /** The audio is waiting for data while it should be playing. */
  onBuffering(buffering: boolean): void;
  /** The server cannot serve parts of the file (no HTTP Range support), so seeking cannot work. */
  onUnseekable(message: Message): void;
  /**
   * The browser refused to start playback because it did not come from the listener (a
   * tap or key press): `message` says to press play; the player stays usable. Called with
   * `undefined` once playback starts.
   */
  onPlayBlocked(message: Message | undefined): void;
}

type HowlerModule = LazyModules['howler'];

/**
 * Owns the one Howl of a player, through a `HowlDriver`. What must be known and done at
 * once is here: the source, the state, a seek made before there is any audio, and the part
 * of a play() that has to happen inside the listener's tap. Making the Howl, following it,
 * reading its time while playing and saying why it fails is the driver's, which comes with
 * Howler itself (the `howler` lazy module), imported when the first player needs audio (the
 * listener's intent, a play, a `preload`), not with the page: a page nobody listens on never
 * loads it.
 */
export class AudioController implements ReactiveController, HowlPlayer {
  private driver: HowlDriver | undefined;
  /** The source whose Howl waits for Howler to arrive. */
  private creating: string | undefined;
  /** A media element allowed to play inside the listener's tap while Howler was still on its way: the Howl gets it. */
  private allowed: HTMLAudioElement | undefined;
  private source = '';
  /** @internal Where play starts, once it has begun (a seek made before). */
  pendingSeek: number | undefined;
  /** Playback was asked for and is on its way (not paused since, not refused): the player shows it is busy. */
  private wanted = false;
  /** The promises of play() calls until playback starts or cannot. */
  private readonly plays = new PendingPlays();
  /** Why the audio cannot be played, once it failed: a later play() is refused at once. */
  private failure: Message | undefined;
  private rate = 1;
  /** How much to fetch before the listener asks: `none` (the default), `metadata` or `auto`. */
  preload: 'none' | 'metadata' | 'auto' = 'none';
  state: AudioState = 'empty';

  constructor(
    host: ReactiveControllerHost,
    /** @internal */
    readonly listener: AudioListener,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.source && !this.driver) this.load(this.source);
  }

  hostDisconnected(): void {
    this.interruptPlay('removed');
    this.unload();
  }

  /** The URL loaded (or to be loaded on intent); '' for none. */
  get src(): string {
    return this.source;
  }

  load(src: string): void {
    // A seek made before there was any audio (a #t= link, set before the first render) is
    // where the first play starts; a new episode starts from its beginning.
    const carried = this.source === '' && !this.driver ? this.pendingSeek : undefined;
    this.unload();
    this.pendingSeek = carried;
    this.source = src;
    if (!src) {
      this.setState('empty');
      return;
    }
    if (this.preload === 'none') {
      // Podcast statistics count every request for the file: nothing is fetched until the
      // listener shows intent (prepare) or presses play.
      this.setState('ready');
      return;
    }
    // Server rendering has no media element: the state the browser's first render will have.
    if (isServer) this.setState('loading');
    else this.createHowl(src);
  }

  /** Starts loading the audio's metadata now, as when the listener points at or focuses the player. */
  prepare(): void {
    if (this.source && !this.driver && this.creating === undefined) this.createHowl(this.source);
  }

  private createHowl(src: string): void {
    this.setState('loading');
    const howler = loadedModule('howler');
    if (howler) {
      this.makeHowl(howler);
      return;
    }
    this.creating = src;
    loadModule('howler').then(
      (module) => {
        if (this.creating !== src) return; // unloaded, or another source since
        this.creating = undefined;
        this.makeHowl(module);
        if (this.wanted) this.driver?.play();
      },
      (error: unknown) => {
        if (this.creating !== src) return;
        this.creating = undefined;
        // Howler's file did not load: a script-tag page that copied only the main script.
        const detail = error instanceof Error ? error.message : String(error);
        this.failing();
        this.failed(message('load-failed', { resource: 'audio', file: describeUrl(src), detail }));
      },
    );
  }

  private makeHowl(howler: HowlerModule): void {
    this.driver = new howler.HowlDriver(howler, this);
  }

  // What the driver reads and changes here (`HowlPlayer`); not for the element's other parts.

  /** @internal */
  takeAllowed(): HTMLAudioElement | undefined {
    const allowed = this.allowed;
    this.allowed = undefined;
    return allowed;
  }

  /** @internal */
  started(): void {
    this.wanted = false;
    this.plays.resolve();
  }

  /** @internal */
  refused(refusal: PlayRefusal): void {
    this.wanted = false;
    this.plays.reject(refusal);
  }

  /** @internal */
  failing(): void {
    this.wanted = false;
    this.setState('error');
  }

  /** @internal */
  failed(reason: Message): void {
    this.failure = reason;
    this.plays.reject({ name: 'NotSupportedError', message: reason });
    this.listener.onError(reason);
  }

  unload(): void {
    this.interruptPlay('new-source');
    this.driver?.unload();
    this.driver = undefined;
    this.creating = undefined;
    this.allowed = undefined;
    this.pendingSeek = undefined;
    this.failure = undefined;
  }

  /**
   * Starts playback; the promise settles as `HTMLMediaElement.play()`'s does: it resolves
   * once the audio plays, and rejects with a `PlayRefusal` when the browser refuses, the
   * audio cannot be played, or a pause or a new source comes first.
   */
  play(): Promise<void> {
    const started = this.plays.add();
    this.prepare();
    if (!this.driver && this.creating === undefined) {
      this.plays.reject({ name: 'NotSupportedError', message: message('play-no-source', {}) });
      return started;
    }
    if (this.state === 'playing') {
      this.plays.resolve();
      return started;
    }
    if (this.state === 'error') {
      // Refused now, or as soon as the failure is described (failed() rejects every pending play).
      if (this.failure) this.plays.reject({ name: 'NotSupportedError', message: this.failure });
      return started;
    }
    this.wanted = true;
    // Howler at hand: the Howl's own element is played inside the tap (HowlDriver.allowPlaybackNow).
    if (this.driver) this.driver.play();
    else this.allowPlaybackBeforeHowler();
    return started;
  }

  /**
   * Safari (and Chrome or Firefox on a page the listener has not touched yet) starts audible
   * playback only from a `play()` made while handling the listener's tap, and Howler with
   * its driver may still be on its way then. So a media element is played and paused inside
   * the tap (what lifts the restriction for that element in WebKit), and the Howl is made
   * with it.
   */
  private allowPlaybackBeforeHowler(): void {
    if (this.allowed || typeof Audio !== 'function') return;
    const element = new Audio();
    element.preload = 'auto';
    try {
      element.play()?.catch(() => undefined); // no source yet: refused, but the element is now allowed to play
      element.pause();
    } catch {
      // Old engines without a play() promise may throw; Howler's play reports any problem.
    }
    this.allowed = element;
  }

  /** Playback was asked for and has not started yet: the audio is on its way. */
  get starting(): boolean {
    return this.wanted;
  }

  /** A play() that has not started is cut short (by a pause, or by a new source): its promises reject with `AbortError`. */
  private interruptPlay(by: 'pause' | 'new-source' | 'removed'): void {
    this.wanted = false;
    if (this.plays.size > 0)
      this.plays.reject({ name: 'AbortError', message: message('play-interrupted', { file: describeUrl(this.source), by }) });
  }

  pause(): void {
    this.interruptPlay('pause');
    this.driver?.pause();
  }

  /** As a media element's: false from play() on, though the audio may still be on its way. */
  get paused(): boolean {
    return this.state !== 'playing' && !this.wanted;
  }

  get currentTime(): number {
    return this.pendingSeek ?? this.driver?.currentTime ?? 0;
  }

  get duration(): number {
    return this.driver?.duration ?? 0;
  }

  seek(seconds: number): void {
    const target = Math.max(0, Number.isFinite(seconds) ? seconds : 0);
    const duration = this.duration;
    const clamped = duration > 0 ? Math.min(target, duration) : target;
    if (this.driver?.seek(clamped)) return;
    // Not playing yet: remember the position and start there.
    this.pendingSeek = clamped;
    this.listener.onTime(clamped);
  }

  /** Mutes or unmutes this player only. */
  toggleMute(): void {
    this.driver?.toggleMute();
  }

  get playbackRate(): number {
    return this.rate;
  }

  /** Brought within what media elements accept (1/16 to 16): Howler sets it again on every play, where a rate outside would throw. */
  set playbackRate(value: number) {
    const rate = clampPlaybackRate(value);
    if (rate === undefined) return;
    this.rate = rate;
    if (this.driver) this.driver.rate = rate;
  }

  /** @internal */
  setState(state: AudioState): void {
    if (this.state === state) return;
    this.state = state;
    this.listener.onState(state);
  }
}
