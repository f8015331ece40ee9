import type { Message } from '../core/message.js';

/** Why a `play()` did not start, by the names `HTMLMediaElement.play()` rejects with. */
export interface PlayRefusal {
  /** `NotAllowedError`: the browser wants a tap; `AbortError`: a pause or a new source came first; `NotSupportedError`: the audio cannot be played. */
  name: 'NotAllowedError' | 'AbortError' | 'NotSupportedError';
  message: Message;
}

/**
 * The promises of `play()` calls that have not settled, as a media element keeps its
 * "pending play promises": all resolve once playback starts, all reject together when it
 * cannot (or when something interrupts it first).
 */
export class PendingPlays {
  private pending: { resolve: () => void; reject: (refusal: PlayRefusal) => void }[] = [];

  add(): Promise<void> {
    return new Promise<void>((resolve, reject) => this.pending.push({ resolve, reject }));
  }

  get size(): number {
    return this.pending.length;
  }

  resolve(): void {
    for (const { resolve } of this.take()) resolve();
  }

  reject(refusal: PlayRefusal): void {
    for (const { reject } of this.take()) reject(refusal);
  }

  private take() {
    const pending = this.pending;
    this.pending = [];
    return pending;
  }
}
