import type { HowlInstance, HowlerLibrary } from './howler.js';
import type { HowlPlayer } from './howl-player.js';
import { describeUrl } from '../core/describe-url.js';
import { message } from '../core/message.js';
import { describeMediaError } from './media-error.js';
import { FrameClock } from './frame-clock.js';

/** HTMLMediaElement.HAVE_FUTURE_DATA: Howler plays at once from here, else waits for `canplaythrough`. */
const HAVE_FUTURE_DATA = 3;
/** An error while playing is looked at again this long after, to see whether the audio moved… */
const ERROR_LOOK_MS = 750;
/** …and as many times as this while the element is still settling after a seek (6 s in all). */
const ERROR_LOOKS = 8;

/**
 * Drives the one Howl of an `AudioController` (loaded with Howler, in the `howler` lazy
 * module): makes it, follows its events and its media element, reads the time while playing
 * (`frame-clock.ts`), and says why the audio fails. HTML5 mode streams the episode instead of
 * downloading and decoding it whole.
 */
export class HowlDriver {
  private readonly howl: HowlInstance;
  private soundId: number | undefined;
  /** play() was called and Howler has not yet reported that playback began. */
  private playPending = false;
  /** The browser refused the last play() for want of a user gesture. */
  private blocked = false;
  /** Removes the listeners we put on Howler's media element, which Howler reuses. */
  private readonly elementListeners = new AbortController();
  private readonly clock: FrameClock;

  constructor(
    { Howl, Howler }: HowlerLibrary,
    private readonly player: HowlPlayer,
  ) {
    const { listener } = player;
    this.clock = new FrameClock({ time: () => player.currentTime, rate: () => player.playbackRate }, (seconds) => {
      listener.onTime(seconds);
      return listener.nextChange(seconds);
    });
    // Howler's automatic "unlock" reloads every Howl's media element on the page's first
    // click or key press (a trick for Web Audio on old iOS). In HTML5 mode that restarts the
    // loading of the file inside the listener's first tap, and Firefox then reported a decode
    // error for audio that went on playing. allowPlaybackNow() does what Safari needs instead.
    const autoUnlock = Howler.autoUnlock;
    Howler.autoUnlock = false;
    // Howler takes its media element from this pool: the one already allowed to play, if any.
    const allowed = player.takeAllowed();
    if (allowed) (Howler as unknown as { _html5AudioPool: HTMLAudioElement[] })._html5AudioPool.push(allowed);
    const src = player.src;
    const howl = new Howl({
      src: [src],
      html5: true,
      preload: player.preload === 'auto' ? true : 'metadata',
      format: guessFormat(src),
      rate: player.playbackRate,
      onload: () => {
        this.reportDuration();
        if (player.state === 'loading') player.setState('ready');
      },
      // The element's own errors (numeric codes) are handled in watchElement(); Howler reports
      // only the first, and only those. What remains are Howler's own (no codec support).
      onloaderror: (_id, error) => {
        if (typeof error !== 'number') void this.fail(error);
      },
      onplayerror: (_id, error) => this.playFailed(error),
      onplay: () => {
        this.playPending = false;
        player.started();
        if (this.blocked) {
          this.blocked = false;
          listener.onPlayBlocked(undefined);
        }
        const seek = player.pendingSeek;
        if (seek !== undefined) {
          // At (or past) the end, play starts over, as a media element's does once it has ended.
          const duration = this.duration;
          if (!(duration > 0 && seek >= duration)) howl.seek(seek, this.soundId);
          player.pendingSeek = undefined;
        }
        player.setState('playing');
        this.clock.start();
      },
      onpause: () => {
        this.clock.stop();
        this.reportTime();
        player.setState('paused');
      },
      onend: () => {
        this.clock.stop();
        listener.onTime(this.duration);
        player.setState('ended');
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
    const { listener } = this.player;
    // Also keeps a Howler unlock set up by the page's own Howls from reloading this element.
    (element as HTMLAudioElement & { _unlocked?: boolean })._unlocked = true;
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
      // From a server without ranges a browser can seek within what it has: while the file
      // is still coming in, that may yet be all of it (a short file, a slow machine).
      if (element.seekable.length > 0 && !isSeekable(element, duration) && element.networkState === element.NETWORK_LOADING) return;
      seekableChecked = true;
      if (!isSeekable(element, duration)) listener.onUnseekable(message('audio-unseekable', { file: describeUrl(this.player.src) }));
    };
    const poll = (): void => {
      check();
      if (seekableChecked || ++polls > 50 || options.signal.aborted) return;
      setTimeout(poll, 100);
    };
    element.addEventListener('loadedmetadata', poll, options);
    for (const type of ['durationchange', 'loadeddata', 'canplay', 'canplaythrough', 'progress', 'suspend', 'playing', 'timeupdate']) {
      element.addEventListener(type, check, options);
    }
    element.addEventListener('timeupdate', () => listener.onTimeupdate(), options);
    element.addEventListener('error', () => this.mediaError(element), options);
    element.addEventListener('waiting', () => listener.onBuffering(true), options);
    for (const type of ['playing', 'pause', 'canplay', 'ended', 'error']) {
      element.addEventListener(type, () => listener.onBuffering(false), options);
    }
  }

  /** Lets go of the Howl and every listener. */
  unload(): void {
    this.clock.stop();
    this.elementListeners.abort();
    this.howl.unload();
  }

  /** Starts the Howl: called inside the listener's tap when the tap starts playback. */
  play(): void {
    const { player, howl } = this;
    if (player.state === 'ended' && player.pendingSeek === undefined) player.pendingSeek = 0;
    this.allowPlaybackNow();
    const element = mediaElementOf(howl);
    if (element) repairHowlerDuration(howl, element);
    // Howler resets a sound's position when play() starts it and queues seeks while the
    // browser's play() promise is pending, so a seek is applied once playback has begun.
    this.playPending = true;
    this.soundId = howl.play(this.soundId);
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
  private allowPlaybackNow(): void {
    const element = mediaElementOf(this.howl);
    if (!element || !element.paused) return;
    if (this.howl.state() === 'loaded' && element.readyState >= HAVE_FUTURE_DATA) return; // Howler plays synchronously
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
    if (this.soundId !== undefined) this.howl.pause(this.soundId);
  }

  get currentTime(): number {
    if (this.soundId === undefined) return 0;
    const position = this.howl.seek(this.soundId);
    return typeof position === 'number' && Number.isFinite(position) ? position : 0;
  }

  get duration(): number {
    const exact = mediaElementOf(this.howl)?.duration;
    // Howler rounds the duration up to a tenth of a second; the element has the real one.
    if (exact !== undefined && Number.isFinite(exact) && exact > 0) return exact;
    const rounded = this.howl.duration();
    return Number.isFinite(rounded) ? rounded : 0; // Infinity: not known yet (repairHowlerDuration)
  }

  /** Seeks the playing (or paused) sound; false when it has not started yet, and the seek is where it will. */
  seek(seconds: number): boolean {
    if (this.soundId === undefined || this.playPending) return false;
    if (this.player.state === 'ended') this.player.setState('paused');
    this.howl.seek(seconds, this.soundId);
    // Playing: shown from the new position, and the clock's next wake is from there too.
    if (this.clock.active) this.clock.now();
    else this.player.listener.onTime(seconds);
    return true;
  }

  /** Mutes or unmutes this player only (Howler's global mute would silence every player). */
  toggleMute(): void {
    this.howl.mute(!this.howl.mute(), this.soundId);
  }

  set rate(rate: number) {
    this.howl.rate(rate);
    this.clock.now(); // the next change comes sooner or later now
  }

  /**
   * Howler reports every refused `play()` as a play error. When the element itself has no
   * error, the browser refused to start without a user gesture (autoplay rules): the player
   * stays as it was, usable, and says to press play. Anything else is a real failure.
   */
  private playFailed(error: unknown): void {
    const element = mediaElementOf(this.howl);
    if (element && !element.error && this.player.state !== 'error') {
      this.playPending = false;
      const blocked = message('play-blocked', { file: describeUrl(this.player.src) });
      this.player.refused({ name: 'NotAllowedError', message: blocked });
      if (this.blocked) return; // Howler reports one refusal twice
      this.blocked = true;
      this.player.listener.onPlayBlocked(blocked);
      return;
    }
    void this.fail(error);
  }

  /**
   * Firefox reports an audio output it cannot open (no sound device: "OnMediaSinkAudioError")
   * as a decode error while the audio goes on playing against its clock. So an error that
   * comes while the player plays counts only if the audio then stops moving. "Plays" is the
   * player's state, not the element's `paused`: Howler seeks a playing sound by pausing its
   * element and playing it again a moment later, and an error in between is no less harmless.
   * While the element is still on its way back from such a seek (seeking, waiting for data,
   * held), it is looked at again, for a while: a busy machine's WebKit took over 750 ms.
   */
  private mediaError(element: HTMLAudioElement): void {
    const code = element.error?.code ?? 0;
    if ((element.paused && this.player.state !== 'playing') || element.readyState < 1) {
      void this.fail(code);
      return;
    }
    const from = element.currentTime;
    let looks = 0;
    const look = (): void => {
      if (this.elementListeners.signal.aborted || this.player.state === 'error') return;
      // Played on since (a pause since does not undo that): not fatal.
      if (element.currentTime > from) return;
      const settling = this.player.state === 'playing' && (element.seeking || element.paused || element.readyState < HAVE_FUTURE_DATA);
      if (settling && ++looks < ERROR_LOOKS) setTimeout(look, ERROR_LOOK_MS);
      else void this.fail(code);
    };
    setTimeout(look, ERROR_LOOK_MS);
  }

  private async fail(error: unknown): Promise<void> {
    this.clock.stop();
    this.playPending = false;
    this.player.failing();
    this.player.failed(await describeMediaError(this.player.src, error));
  }

  private reportTime(): void {
    this.player.listener.onTime(this.player.currentTime);
  }

  private reportDuration(): void {
    const duration = this.duration;
    if (!(duration > 0)) return;
    const { player } = this;
    // A position asked for before the length was known (a `#t=` link past the end) is
    // brought to the end, as a media element clamps a seek; play then starts over.
    if (player.pendingSeek !== undefined && player.pendingSeek > duration) {
      player.pendingSeek = duration;
      player.listener.onTime(duration);
    }
    player.listener.onDuration(duration);
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
function deferLoadUntilDuration(howl: HowlInstance, Howler: HowlerLibrary['Howler']): void {
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
