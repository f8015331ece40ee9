import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Keys that scroll a focused scroll container. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

/**
 * Whether the transcript follows the audio. Following pauses the moment the reader
 * scrolls the panel themselves, and only then: the signal is the reader's input (wheel,
 * touch, scroll keys, a press on the scrollbar), never `scroll` events, which our own
 * programmatic scrolling fires too.
 */
export class FollowController implements ReactiveController {
  following = true;
  private panel: HTMLElement | undefined;
  private listeners: AbortController | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.listeners?.abort();
    this.panel = undefined;
  }

  /** Watches the reader's input on the scrolling panel (once it exists). */
  watch(panel: HTMLElement): void {
    if (this.panel === panel) return;
    this.listeners?.abort();
    this.panel = panel;
    this.listeners = new AbortController();
    const options = { passive: true, signal: this.listeners.signal };
    const pause = (): void => this.pause();
    panel.addEventListener('wheel', pause, options);
    panel.addEventListener('touchmove', pause, options);
    panel.addEventListener(
      'keydown',
      (event) => {
        if (SCROLL_KEYS.has(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey) pause();
      },
      options,
    );
    // A press on the panel itself, not on a line inside it, is a press on its scrollbar.
    panel.addEventListener('pointerdown', (event) => event.target === panel && pause(), options);
  }

  pause(): void {
    if (!this.following) return;
    this.following = false;
    this.host.requestUpdate();
  }

  resume(): void {
    if (this.following) return;
    this.following = true;
    this.host.requestUpdate();
  }
}
