import type { AudioState } from './audio-controller.js';

/**
 * What the player asks of whatever plays the episode: its own Howl (`AudioController`),
 * or a media element the page already has (`MediaElementController`, for `for="…"`).
 * Both report through the same `AudioListener`.
 */
export interface MediaEngine {
  /** The URL loaded; '' for none (or, for a page's element, its `currentSrc`). */
  readonly src: string;
  preload: 'none' | 'metadata' | 'auto';
  readonly state: AudioState;
  /** As a media element's: false from `play()` on. */
  readonly paused: boolean;
  /** Playback was asked for and has not started yet. */
  readonly starting: boolean;
  readonly currentTime: number;
  /** Seconds once known, else 0. */
  readonly duration: number;
  playbackRate: number;
  load(src: string): void;
  /** Learn the audio's length now (the listener shows intent). */
  prepare(): void;
  /** Settles as `HTMLMediaElement.play()` does; rejects with a `PlayRefusal`. */
  play(): Promise<void>;
  pause(): void;
  seek(seconds: number): void;
  toggleMute(): void;
  /** Lets go of the audio and every listener. */
  unload(): void;
}
