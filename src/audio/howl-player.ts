import type { AudioListener, AudioState } from './audio-controller.js';
import type { PlayRefusal } from './pending-plays.js';
import type { Message } from '../core/message.js';

/**
 * What a `HowlDriver` reads and changes of the `AudioController` it drives the Howl for:
 * what must be known before Howler has arrived (the source, a seek made before any audio,
 * the plays waiting) is the controller's. A file of its own, apart from Howler's types, so
 * the published types of the controller do not reach howler.js's untyped source.
 */
export interface HowlPlayer {
  readonly listener: AudioListener;
  readonly src: string;
  readonly preload: 'none' | 'metadata' | 'auto';
  readonly playbackRate: number;
  /** The position shown: a seek waiting for playback to begin, else the sound's. */
  readonly currentTime: number;
  readonly state: AudioState;
  setState(state: AudioState): void;
  /** Where play starts, once it has begun (a seek made before). */
  pendingSeek: number | undefined;
  /** The media element allowed to play inside the listener's tap before Howler arrived, once. */
  takeAllowed(): HTMLAudioElement | undefined;
  /** Playback begins: nothing waits for it any more, every play() waiting resolves. */
  started(): void;
  /** Every play() waiting rejects; nothing waits for playback any more. */
  refused(refusal: PlayRefusal): void;
  /** The audio cannot be played: the state is `error` now, the reason may follow. */
  failing(): void;
  failed(reason: Message): void;
}
