import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseMediaFragment, type MediaFragment } from '../core/media-fragment.js';
import type { PlayerRequest } from './requests.js';

/**
 * `#t=83` (or `#t-<player id>=83` where a page has several players) starts the player
 * there; `#t=10,20` also pauses at 20 s the first time it is reached. An unscoped `#t=`
 * belongs to the first player on the page. A link followed later on the page (a
 * `hashchange`, from a click) seeks and plays.
 */
export class DeepLinkController implements ReactiveController {
  private stopAt: number | undefined;
  private listening: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** A link makes the same requests as the listener's own seek and pause. */
    private readonly dispatch: (request: PlayerRequest) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listening?.abort();
    this.listening = new AbortController();
    window.addEventListener('hashchange', () => this.apply(true), { signal: this.listening.signal });
    this.apply(false);
  }

  hostDisconnected(): void {
    this.listening?.abort();
  }

  /** The end of a linked range still to be reached, when playback must be looked at: `Infinity` when there is none. */
  nextChange(): number {
    return this.stopAt ?? Infinity;
  }

  /** Called with every time update: pauses once at the end of a linked range. */
  timeUpdate(seconds: number): void {
    if (this.stopAt !== undefined && seconds >= this.stopAt) {
      const end = this.stopAt;
      this.stopAt = undefined;
      this.dispatch({ type: 'pause' });
      // The time shown runs a few frames ahead of the media element's own clock (Firefox's
      // lags most): rest exactly at the end of the range, not just before it.
      this.dispatch({ type: 'seek-to', time: end });
    }
  }

  private apply(play: boolean): void {
    const fragment = this.fragment();
    if (!fragment) return;
    this.stopAt = fragment.end;
    this.dispatch({ type: 'seek-to', time: fragment.start, play });
  }

  private fragment(): MediaFragment | undefined {
    const { hash } = location;
    const scoped = this.host.id ? parseMediaFragment(hash, this.host.id) : undefined;
    if (scoped) return scoped;
    const first = document.querySelector(this.host.localName) === this.host;
    return first ? parseMediaFragment(hash) : undefined;
  }
}
