import type { AudioState } from './audio-controller.js';
import type { MediaLike } from './media-element-controller.js';
import type { MediaEngine } from './media-engine.js';
import { mediaSource, playMedia } from './play-media.js';

/**
 * A page's media element (`for="…"`) while the code that follows it
 * (`MediaElementController`, the `media` lazy module) is on its way: the player shows it is
 * busy, as while its own audio loads, and what it is asked to do reaches the element at
 * once (a play inside the listener's tap). Events are followed once the controller is here.
 */
export class WaitingMediaEngine implements MediaEngine {
  preload: 'none' | 'metadata' | 'auto' = 'none';
  readonly state: AudioState = 'loading';
  /** False once the controller could not be fetched (the player says so). */
  starting = true;

  constructor(private readonly media: MediaLike) {}

  get src(): string {
    return mediaSource(this.media);
  }

  get paused(): boolean {
    return this.media.paused;
  }

  get currentTime(): number {
    return finite(this.media.currentTime);
  }

  get duration(): number {
    return finite(this.media.duration);
  }

  get playbackRate(): number {
    return this.media.playbackRate;
  }

  set playbackRate(rate: number) {
    if (finite(rate)) this.media.playbackRate = rate;
  }

  load(): void {}

  prepare(): void {}

  play(): Promise<void> {
    return playMedia(this.media);
  }

  pause(): void {
    this.media.pause();
  }

  seek(seconds: number): void {
    const duration = this.duration;
    this.media.currentTime = duration > 0 ? Math.min(finite(seconds), duration) : finite(seconds);
  }

  toggleMute(): void {
    this.media.muted = !this.media.muted;
  }

  unload(): void {}
}

/** Seconds, or 0 for what is not a positive number. */
function finite(seconds: number): number {
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}
