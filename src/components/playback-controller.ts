import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AudioController, type AudioListener, type AudioState } from '../audio/audio-controller.js';
import type { MediaLike } from '../audio/media-element-controller.js';
import type { MediaEngine } from '../audio/media-engine.js';
import type { PlayRefusal } from '../audio/pending-plays.js';
import { WaitingMediaEngine } from '../audio/waiting-media-engine.js';
import { describeUrl } from '../core/describe-url.js';
import { message, type Message } from '../core/message.js';
import { loadedModule, loadModule } from '../lazy.js';
import type { Strings } from '../i18n/strings.js';
import { describeMessage } from '../i18n/describe.js';
import { emit, EVENTS, type PlayerErrorDetail } from './events.js';

export interface PlaybackListener {
  /** On every seek, and while playing whenever `nextChange` said something changes. */
  onTime(seconds: number): void;
  /** The media time at which the player next has something new to show (`Infinity`: nothing). */
  nextChange(seconds: number): number;
  /** The state changed (`previous` → the controller's `state`). */
  onState(previous: AudioState): void;
  /** Position, speed or length changed other than by playing on: the lock screen's seek bar is told. */
  onPositionChange(): void;
}

export interface PlaybackMessages {
  /** Why the audio cannot be played. */
  error?: Message | undefined;
  /** A problem that leaves playback working, such as a server that cannot seek. */
  warning?: Message | undefined;
  /** The browser refused a play() that no tap started (autoplay rules); cleared once playing. */
  blocked?: Message | undefined;
  /** The lock screen's controls could not be set up (their file did not load); the sound is unaffected. */
  lockScreen?: Message | undefined;
}

const NO_MESSAGES: PlaybackMessages = {};

/**
 * The audio as the player shows and reports it: the engine's state turned into the
 * public media events (`play`, `pause`, `ended`, `durationchange`, `timeupdate` about
 * four times a second, `error` from the audio) and into what the controls render.
 */
export class PlaybackController implements ReactiveController {
  state: AudioState = 'empty';
  /** The audio's length once known, else 0. */
  duration = 0;
  messages: PlaybackMessages = NO_MESSAGES;
  buffering = false;
  /** What plays: the player's own audio, or the page's media element it is bound to. */
  audio: MediaEngine;
  /** The player's own audio (a Howl), used unless bound to the page's. */
  private readonly own: AudioController;
  private bound: MediaLike | undefined;
  /** A seek while playing: the next position read is told at once, not at the media's next `timeupdate`. */
  private timeupdateOwed = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly listener: PlaybackListener,
    /** The language the `error` event's sentence is in, once it is at hand. */
    private readonly withStrings: (use: (strings: Strings) => void) => void,
  ) {
    host.addController(this);
    this.own = new AudioController(host, this.audioListener);
    this.audio = this.own;
  }

  private readonly audioListener: AudioListener = {
    onTime: (seconds) => this.time(seconds),
    nextChange: (seconds) => this.listener.nextChange(seconds),
    // While playing, `timeupdate` comes when the media's own does, as a media element's would.
    onTimeupdate: () => {
      if (this.playing) emit(this.host, EVENTS.timeupdate);
    },
    onState: (next) => this.changeState(next),
    onDuration: (seconds) => {
      if (seconds === this.duration) return;
      this.duration = seconds;
      emit(this.host, EVENTS.durationchange);
      this.changed();
    },
    onError: (message) => this.say('error', message),
    onBuffering: (buffering) => {
      this.buffering = buffering;
      this.host.requestUpdate();
    },
    onUnseekable: (message) => this.say('warning', message),
    onPlayBlocked: (message) => this.say('blocked', message),
  };

  /**
   * Follows the page's own media element instead of playing audio of its own (`for="…"`),
   * or goes back to its own with `undefined`.
   */
  bind(media: MediaLike | undefined): void {
    if (media === this.bound) return;
    this.bound = media;
    if (this.audio !== this.own) this.audio.unload();
    this.own.unload();
    this.messages = NO_MESSAGES;
    this.buffering = false;
    this.duration = 0;
    this.state = 'empty';
    this.audio = media ? this.follow(media) : this.own;
    this.host.requestUpdate();
  }

  /**
   * The engine that follows the page's element: `MediaElementController`, from the `media`
   * lazy module (a page that plays its own audio never loads it). Until it has arrived the
   * player shows it is busy, as while audio loads; if it cannot be fetched, the player says so.
   */
  private follow(media: MediaLike): MediaEngine {
    const module = loadedModule('media');
    if (module) return new module.MediaElementController(media, this.audioListener);
    const waiting = new WaitingMediaEngine(media);
    loadModule('media').then(
      ({ MediaElementController }) => {
        if (this.audio !== waiting) return; // unbound, or bound to another element since
        this.audio = new MediaElementController(media, this.audioListener);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (this.audio !== waiting) return;
        waiting.starting = false;
        const file = waiting.src ? { file: describeUrl(waiting.src) } : {};
        const detail = error instanceof Error ? error.message : String(error);
        this.say('error', message('load-failed', { resource: 'audio', ...file, detail }));
      },
    );
    return waiting;
  }

  /** Bound to the page's media element: no audio, controls or lock screen of the player's own. */
  get external(): boolean {
    return this.bound !== undefined;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    if (this.audio !== this.own) this.audio.unload();
    this.bound = undefined;
    this.audio = this.own;
  }

  get playing(): boolean {
    return this.state === 'playing';
  }

  /** Playback was asked for and the audio is on its way: the controls show they are busy. */
  get starting(): boolean {
    return this.audio.starting;
  }

  /**
   * Starts playback. The promise is `HTMLMediaElement.play()`'s: it resolves once playing,
   * and rejects with a `DOMException` named as the media element's (`NotAllowedError`,
   * `AbortError`, `NotSupportedError`) whose message is the sentence the player shows.
   */
  play(): Promise<void> {
    const started = this.audio.play().catch((refusal: PlayRefusal) => {
      this.host.requestUpdate();
      // Worded in the player's language, once that is at hand.
      return new Promise<never>((_, reject) =>
        this.withStrings((strings) => reject(new DOMException(describeMessage(strings, refusal.message), refusal.name))),
      );
    });
    this.host.requestUpdate();
    return started;
  }

  pause(): void {
    this.audio.pause();
    this.host.requestUpdate();
  }

  /** A new source (or preload setting): everything said about the old one goes. */
  load(src: string, preload: 'none' | 'metadata' | 'auto'): void {
    this.audio.preload = preload;
    this.messages = NO_MESSAGES;
    this.buffering = false;
    this.duration = 0;
    this.audio.load(src);
  }

  seek(seconds: number): void {
    this.timeupdateOwed = true;
    this.audio.seek(seconds);
    this.listener.onPositionChange();
  }

  private time(seconds: number): void {
    this.listener.onTime(seconds);
    if (!this.playing || this.timeupdateOwed) {
      this.timeupdateOwed = false;
      emit(this.host, EVENTS.timeupdate);
    }
  }

  private changeState(next: AudioState): void {
    const previous = this.state;
    this.state = next;
    // The player acts first (other players pause before this one says it plays).
    this.listener.onState(previous);
    if (next === 'playing') emit(this.host, EVENTS.play);
    else if (next === 'paused' && previous === 'playing') emit(this.host, EVENTS.pause);
    else if (next === 'ended') emit(this.host, EVENTS.ended);
    this.changed();
  }

  /** What the player says about its lock screen's controls: a failure, or `undefined` once they work. */
  sayAboutLockScreen(message: Message | undefined): void {
    if (message || this.messages.lockScreen) this.say('lockScreen', message);
  }

  private say(kind: keyof PlaybackMessages, message: Message | undefined): void {
    this.messages = { ...this.messages, [kind]: message };
    if (message) {
      this.withStrings((strings) =>
        emit<PlayerErrorDetail>(this.host, EVENTS.error, {
          source: 'audio',
          code: message.code,
          message: describeMessage(strings, message),
        }),
      );
    }
    this.host.requestUpdate();
  }

  private changed(): void {
    this.listener.onPositionChange();
    this.host.requestUpdate();
  }
}
