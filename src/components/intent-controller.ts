import type { ReactiveController, ReactiveControllerHost } from 'lit';

const INTENT_EVENTS = ['pointerenter', 'focusin', 'touchstart'] as const;

/**
 * Calls `onIntent` when the listener points at, touches or tabs into the player: the
 * moment to fetch what playing will need (the audio's length), and no sooner.
 */
export class IntentController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onIntent: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of INTENT_EVENTS) this.host.addEventListener(type, this.onIntent, { passive: true });
  }

  hostDisconnected(): void {
    for (const type of INTENT_EVENTS) this.host.removeEventListener(type, this.onIntent);
  }
}
