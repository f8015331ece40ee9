import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { HowlInstance } from './howler.js';
import { loadedModule, loadModule } from '../lazy.js';
import type { LazyModules } from '../lazy-modules.js';
import { describeUrl } from '../core/describe-url.js';
import { message, type Message } from '../core/message.js';
import { describeMediaError } from './media-error.js';
import { clampPlaybackRate } from '../core/playback-rate.js';
import { FrameClock } from './frame-clock.js';
import { PendingPlays, type PlayRefusal } from './pending-plays.js';

export type AudioState = 'empty' | 'loading' | 'ready' | 'playing' | 'paused' | 'ended' | 'error';

/** What the controller tells its host. The host turns these into state and public events. */
export interface AudioListener {
  /** The position: on every seek, and while playing whenever `nextChange` said something changes. */
  onTime(seconds: number): void;
  /** The media time at which the listener next has something new to show (`Infinity`: nothing); asked after each `onTime` while playing. */
  nextChange(seconds: number): number;
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

/** HTMLMediaElement.HAVE_FUTURE_DATA: Howler plays at once from here, else waits for `canplaythrough`. */
const HAVE_FUTURE_DATA = 3;

type HowlerModule = LazyModules['howler'];

/**
 * Owns the one Howl of a player. HTML5 mode streams the episode instead of downloading
 * and decoding it whole. While playing, the time is read when the listener has something
 * new to show (`frame-clock.ts`): the media element's own `timeupdate` fires only about
 * four times a second, too seldom for a word highlight, and every frame would be too often.
 *
 * Howler itself is imported when the first player needs audio (the listener's intent, a
 * play, a `preload`), not with the page: a page nobody listens on never loads it.
 */
export class AudioController implements ReactiveController {
  private howl: HowlInstance | undefined;
  /** The source whose Howl waits for Howler to arrive. */
  private creating: string | undefined;
  /** A media element allowed to play inside the listener's tap while Howler was still on its way: the Howl gets it. */
  private allowed: HTMLAudioElement | undefined;
  private soundId: number | undefined;
  private readonly clock = new FrameClock({ time: () => this.currentTime, rate: () => this.rate }, (seconds) => {
    this.listener.onTime(seconds);
    return this.listener.nextChange(seconds);
  });
  private source = '';
  private pendingSeek: number | undefined;
  /** play() was called and Howler has not yet reported that playback began. */
  private playPending = false;
  /** Playback was asked for and is on its way (not paused since, not refused): the player shows it is busy. */
  private wanted = false;
  /** The promises of play() calls until playback starts or cannot. */
  private readonly plays = new PendingPlays();
  /** Why the audio cannot be played, once it failed: a later play() is refused at once. */
  private failure: Message | undefined;
  /** The browser refused the last play() for want of a user gesture. */
  private blocked = false;
  private rate = 1;
  /** How much to fetch before the listener asks: `none` (the default), `metadata` or `auto`. */
  preload: 'none' | 'metadata' | 'auto' = 'none';
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
    if (this.source && !this.howl) this.load(this.source);
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
    const carried = this.source === '' && !this.howl ? this.pendingSeek : undefined;
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
    if (this.source && !this.howl && this.creating === undefined) this.createHowl(this.source);
  }

  private createHowl(src: string): void {
    this.setState('loading');
    const howler = loadedModule('howler');
    if (howler) {
      this.makeHowl(howler, src);
      return;
    }
    this.creating = src;
    loadModule('howler').then(
      (module) => {
        if (this.creating !== src) return; // unloaded, or another source since
        this.creating = undefined;
        this.makeHowl(module, src);
        if (this.wanted && this.howl) this.startHowl(this.howl);
      },
      (error: unknown) => {
        if (this.creating !== src) return;
        this.creating = undefined;
        // Howler's file did not load: a script-tag page that copied only the main script.
        const detail = error instanceof Error ? error.message : String(error);
        void this.fail(undefined, message('load-failed', { resource: 'audio', file: describeUrl(src), detail }));
      },
    );
  }

  private makeHowl({ Howl, Howler }: HowlerModule, src: string): void {
    // Howler's automatic "unlock" reloads every Howl's media element on the page's first
    // click or key press (a trick for Web Audio on old iOS). In HTML5 mode that restarts the
    // loading of the file inside the listener's first tap, and Firefox then reported a decode
    // error for audio that went on playing. allowPlaybackNow() does what Safari needs instead.
    const autoUnlock = Howler.autoUnlock;
    Howler.autoUnlock = false;
    // Howler takes its media element from this pool: the one already allowed to play, if any.
    if (this.allowed) (Howler as unknown as { _html5AudioPool: HTMLAudioElement[] })._html5AudioPool.push(this.allowed);
    this.allowed = undefined;
    const howl = new Howl({
      src: [src],
      html5: true,
      preload: this.preload === 'auto' ? true : 'metadata',
      format: guessFormat(src),
      rate: this.rate,
      onload: () => {
        this.reportDuration();
        if (this.state === 'loading') this.setState('ready');
      },
      // The element's own errors (numeric codes) are handled in watchElement(); Howler reports
      // only the first, and only those. What remains are Howler's own (no codec support).
      onloaderror: (_id, error) => {
        if (typeof error !== 'number') void this.fail(error);
      },
      onplayerror: (_id, error) => this.playFailed(error),
      onplay: () => {
        this.playPending = false;
        this.wanted = false;
        if (this.blocked) {
          this.blocked = false;
          this.listener.onPlayBlocked(undefined);
        }
        if (this.pendingSeek !== undefined) {
          // At (or past) the end, play starts over, as a media element's does once it has ended.
          const duration = this.duration;
          if (!(duration > 0 && this.pendingSeek >= duration)) howl.seek(this.pendingSeek, this.soundId);
          this.pendingSeek = undefined;
        }
        this.setState('playing');
        this.startFrames();
        this.plays.resolve();
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
    Howler.autoUnlock = autoUnlock;
    deferLoadUntilDuration(howl, Howler);
    this.howl = howl;
    this.watchElement(howl);
  }

  /** What Howler does not report: the duration at metadata time, buffering, seekability. */
  private watchElement(howl: HowlInstance): void {
    const element = mediaElementOf(howl);
    if (!element) return;
    // Also keeps a Howler unlock set up by the page's own Howls from reloading this element.
    (element as HTMLAudioElement & { _unlocked?: boolean })._unlocked = true;
    this.elementListeners = new AbortController();
    const options = { signal: this.elementListeners.signal };
    // WebKit (GStreamer) fires loadedmetadata before it knows the duration and the seekable
    // range, and no event when it learns them: look at every later event, and for a while.
    let seekableChecked = false;
    let polls = 0;
    const check = (): void => {
      repairHowlerDuration(howl, element);
      this.reportDuration();
      const duration = this.duration;
      if (seekableChecked || !(duration > 0) || element.readyState < 1) return;
      seekableChecked = true;
      if (!isSeekable(element, duration)) this.listener.onUnseekable(message('audio-unseekable', { file: describeUrl(this.src) }));
    };
    const poll = (): void => {
      check();
      if (seekableChecked || ++polls > 50 || this.elementListeners?.signal !== options.signal) return;
      setTimeout(poll, 100);
    };
    element.addEventListener('loadedmetadata', poll, options);
    for (const type of ['durationchange', 'loadeddata', 'canplay', 'canplaythrough', 'progress', 'playing', 'timeupdate']) {
      element.addEventListener(type, check, options);
    }
    element.addEventListener('error', () => this.mediaError(howl, element), options);
    element.addEventListener('waiting', () => this.listener.onBuffering(true), options);
    for (const type of ['playing', 'pause', 'canplay', 'ended', 'error']) {
      element.addEventListener(type, () => this.listener.onBuffering(false), options);
    }
  }

  unload(): void {
    this.interruptPlay('new-source');
    this.stopFrames();
    this.elementListeners?.abort();
    this.elementListeners = undefined;
    this.howl?.unload();
    this.howl = undefined;
    this.creating = undefined;
    this.allowed = undefined;
    this.soundId = undefined;
    this.pendingSeek = undefined;
    this.playPending = false;
    this.blocked = false;
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
    if (!this.howl && this.creating === undefined) {
      this.plays.reject({ name: 'NotSupportedError', message: message('play-no-source', {}) });
      return started;
    }
    if (this.state === 'playing') {
      this.plays.resolve();
      return started;
    }
    if (this.state === 'error') {
      // Refused now, or as soon as the failure is described (fail() rejects every pending play).
      if (this.failure) this.plays.reject({ name: 'NotSupportedError', message: this.failure });
      return started;
    }
    this.wanted = true;
    if (this.howl) this.startHowl(this.howl);
    else this.allowPlaybackBeforeHowler();
    return started;
  }

  /**
   * `allowPlaybackNow` for a play() that comes before Howler has arrived: a media element is
   * played and paused inside the tap (what Safari asks), and the Howl is made with it.
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

  private startHowl(howl: HowlInstance): void {
    if (this.state === 'ended' && this.pendingSeek === undefined) this.pendingSeek = 0;
    this.allowPlaybackNow(howl);
    const element = mediaElementOf(howl);
    if (element) repairHowlerDuration(howl, element);
    // Howler resets a sound's position when play() starts it and queues seeks while the
    // browser's play() promise is pending, so a seek is applied once playback has begun.
    this.playPending = true;
    this.soundId = howl.play(this.soundId);
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

  /**
   * Safari (and Chrome or Firefox on a page the listener has not touched yet) starts audible
   * playback only from a `play()` made while handling the listener's tap. Howler calls the
   * element's `play()` later when the file is not yet loaded far enough (it waits for
   * `canplaythrough`, which Safari does not even reach with `preload="metadata"` until playback
   * starts), and by then the tap is over. So the element is played and paused here, inside the
   * tap: that is what lifts the restriction for this element in WebKit, and it makes the
   * element load on (`preload="auto"`) so Howler's own play comes soon.
   */
  private allowPlaybackNow(howl: HowlInstance): void {
    const element = mediaElementOf(howl);
    if (!element || !element.paused) return;
    if (howl.state() === 'loaded' && element.readyState >= HAVE_FUTURE_DATA) return; // Howler plays synchronously
    element.preload = 'auto';
    try {
      const attempt = element.play();
      element.pause();
      // Rejected as interrupted by pause(), or as not allowed: Howler's own play reports that.
      attempt?.catch(() => undefined);
    } catch {
      // Old engines without a play() promise may throw; Howler's play reports any problem.
    }
  }

  pause(): void {
    this.interruptPlay('pause');
    if (this.soundId !== undefined) this.howl?.pause(this.soundId);
  }

  /** As a media element's: false from play() on, though the audio may still be on its way. */
  get paused(): boolean {
    return this.state !== 'playing' && !this.wanted;
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
    const rounded = this.howl?.duration() ?? 0;
    return Number.isFinite(rounded) ? rounded : 0; // Infinity: not known yet (repairHowlerDuration)
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
    // Playing: shown from the new position, and the clock's next wake is from there too.
    if (this.clock.active) this.clock.now();
    else this.listener.onTime(clamped);
  }

  /** Mutes or unmutes this player only (Howler's global mute would silence every player). */
  toggleMute(): void {
    if (!this.howl) return;
    this.howl.mute(!this.howl.mute(), this.soundId);
  }

  get playbackRate(): number {
    return this.rate;
  }

  /** Brought within what media elements accept (1/16 to 16): Howler sets it again on every play, where a rate outside would throw. */
  set playbackRate(value: number) {
    const rate = clampPlaybackRate(value);
    if (rate === undefined) return;
    this.rate = rate;
    this.howl?.rate(rate);
    this.clock.now(); // the next change comes sooner or later now
  }

  /**
   * Howler reports every refused `play()` as a play error. When the element itself has no
   * error, the browser refused to start without a user gesture (autoplay rules): the player
   * stays as it was, usable, and says to press play. Anything else is a real failure.
   */
  private playFailed(error: unknown): void {
    const element = this.howl && mediaElementOf(this.howl);
    if (element && !element.error && this.state !== 'error') {
      this.playPending = false;
      this.wanted = false;
      const blocked = message('play-blocked', { file: describeUrl(this.src) });
      this.plays.reject({ name: 'NotAllowedError', message: blocked });
      if (this.blocked) return; // Howler reports one refusal twice
      this.blocked = true;
      this.listener.onPlayBlocked(blocked);
      return;
    }
    void this.fail(error);
  }

  /**
   * Firefox reports an audio output it cannot open (no sound device: "OnMediaSinkAudioError")
   * as a decode error while the audio goes on playing against its clock. So an error that
   * comes while the element plays counts only if the audio then stops moving.
   */
  private mediaError(howl: HowlInstance, element: HTMLAudioElement): void {
    const code = element.error?.code ?? 0;
    if (element.paused || element.readyState < 1) {
      void this.fail(code);
      return;
    }
    const from = element.currentTime;
    setTimeout(() => {
      if (this.howl !== howl || this.state === 'error') return;
      if (!element.paused && element.currentTime > from) return; // still playing: not fatal
      void this.fail(code);
    }, 750);
  }

  private async fail(error: unknown, known?: Message): Promise<void> {
    this.stopFrames();
    this.playPending = false;
    this.wanted = false;
    this.setState('error');
    const reason = known ?? (await describeMediaError(this.source, error));
    this.failure = reason;
    this.plays.reject({ name: 'NotSupportedError', message: reason } satisfies PlayRefusal);
    this.listener.onError(reason);
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
    if (!(duration > 0)) return;
    // A position asked for before the length was known (a `#t=` link past the end) is
    // brought to the end, as a media element clamps a seek; play then starts over.
    if (this.pendingSeek !== undefined && this.pendingSeek > duration) {
      this.pendingSeek = duration;
      this.listener.onTime(duration);
    }
    this.listener.onDuration(duration);
  }

  private startFrames(): void {
    this.clock.start();
  }

  private stopFrames(): void {
    this.clock.stop();
  }
}

/**
 * A server without HTTP Range support gives a stream the browser can only play from the
 * start. Chrome then reports nothing seekable; Firefox and WebKit report what they have
 * downloaded so far, which is the whole file only for a short one (and then seeking works).
 */
function isSeekable(element: HTMLMediaElement, duration: number): boolean {
  const { seekable } = element;
  if (seekable.length === 0) return false;
  const end = seekable.end(seekable.length - 1);
  return end > 0 && end >= duration - 1;
}

/** Howler picks a decoder by extension; URLs without one are most likely MP3 podcasts. */
function guessFormat(src: string): string[] | undefined {
  const path = src.split(/[?#]/, 1)[0] ?? '';
  return /\.[a-z0-9]{2,4}$/i.test(path) ? undefined : ['mp3'];
}

/**
 * WebKit (GStreamer) can fire `canplaythrough` while its duration still reads 0. Howler
 * takes the sound's length from the element right then, and a play() queued until then
 * would end at once, without a sound. So Howler's load handler waits (a few seconds at
 * most) until the element knows its duration.
 */
function deferLoadUntilDuration(howl: HowlInstance, Howler: HowlerModule['Howler']): void {
  const sound = (howl as unknown as { _sounds?: { _node?: unknown; _loadFn?: () => void }[] })._sounds?.[0];
  const element = sound?._node;
  const howlerLoad = sound?._loadFn;
  if (!sound || !howlerLoad || !(element instanceof HTMLAudioElement)) return;
  const type = (Howler as unknown as { _canPlayEvent?: string })._canPlayEvent ?? 'canplaythrough';
  let waiting = false;
  let tries = 0;
  const load = (): void => {
    if (howl.state() === 'unloaded') return;
    if (!(element.duration > 0) && tries++ < 30) {
      if (!waiting) {
        waiting = true;
        setTimeout(() => {
          waiting = false;
          load();
        }, 100);
      }
      return;
    }
    howlerLoad(); // also removes this listener (Howler removes sound._loadFn)
    repairHowlerDuration(howl, element);
  };
  element.removeEventListener(type, howlerLoad, false);
  sound._loadFn = load;
  element.addEventListener(type, load, false);
}

/**
 * Howler takes the sound's length from the element at `canplaythrough` and plays only up
 * to it. WebKit (GStreamer) can still report a duration of 0 then, and learns the real one
 * a moment later without any event: Howler would end every play() at once. So its length
 * is set from the element whenever that knows better, and is "unknown" (Infinity, as Howler
 * has for live streams: it then ends on the element's `ended`) until it does.
 */
function repairHowlerDuration(howl: HowlInstance, element: HTMLAudioElement): void {
  const inner = howl as unknown as { _duration: number; _sprite: Record<string, [number, number]> };
  const sprites = Object.keys(inner._sprite ?? {});
  if (sprites.length !== 1 || sprites[0] !== '__default') return; // not loaded yet, or not ours
  const exact = element.duration;
  const known = Number.isFinite(exact) && exact > 0;
  if (known) {
    const duration = Math.ceil(exact * 10) / 10;
    if (inner._duration === duration) return;
    inner._duration = duration;
    inner._sprite.__default = [0, duration * 1000];
  } else if (!(inner._duration > 0)) {
    inner._duration = Infinity;
    inner._sprite.__default = [0, Infinity];
  }
}

/** Howler keeps its HTML5 audio element private; we read it only for duration and diagnostics. */
function mediaElementOf(howl: HowlInstance): HTMLAudioElement | undefined {
  const sounds = (howl as unknown as { _sounds?: { _node?: unknown }[] })._sounds;
  const node = sounds?.[0]?._node;
  return node instanceof HTMLAudioElement ? node : undefined;
}
