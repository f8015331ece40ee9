import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SKIP_BACK_SECONDS, SKIP_FORWARD_SECONDS } from './playback-steps.js';
import type { PlayerRequest } from './requests.js';

/** `aria-keyshortcuts` values for the controls the shortcuts stand for. */
export const KEY_SHORTCUTS = {
  play: 'k Space',
  skipBack: 'j ArrowLeft',
  skipForward: 'l ArrowRight',
  speed: '< >',
  mute: 'm',
} as const;

/** By `KeyboardEvent.key`, so `<` and `>` work on every layout (Shift+, on US, a key of its own on German). */
const KEYS = new Map<string, PlayerRequest>([
  [' ', { type: 'toggle-play' }],
  ['k', { type: 'toggle-play' }],
  ['j', { type: 'skip-by', seconds: -SKIP_BACK_SECONDS }],
  ['ArrowLeft', { type: 'skip-by', seconds: -SKIP_BACK_SECONDS }],
  ['l', { type: 'skip-by', seconds: SKIP_FORWARD_SECONDS }],
  ['ArrowRight', { type: 'skip-by', seconds: SKIP_FORWARD_SECONDS }],
  ['<', { type: 'speed-step', direction: -1 }],
  ['>', { type: 'speed-step', direction: 1 }],
  ['m', { type: 'toggle-mute' }],
]);

/** Holding a toggle key down must not flicker between play and pause. */
const TOGGLES = new Set([' ', 'k', 'm']);

/** Keys that widgets with a position or a selection use to move it. */
const NAVIGATION = new Set([' ', 'ArrowLeft', 'ArrowRight']);

const NOT_TEXT = ['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file', 'image'];

/** Where every key is typing or choosing: no shortcut at all. */
const TEXT_ENTRY =
  `textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="searchbox"], [role="combobox"], ` +
  `input:not(${NOT_TEXT.map((type) => `[type="${type}"]`).join(', ')})`;

/**
 * Widgets that move with the arrows (and Space) themselves; letters still work there.
 * `data-own-keys` lets a part of the player opt in (the transcript's line navigation).
 */
const OWNS_ARROWS =
  'input[type="range"], input[type="radio"], [data-own-keys], [role="slider"], [role="listbox"], [role="spinbutton"], ' +
  '[role="grid"], [role="tree"], [role="menu"], [role="menubar"], [role="radiogroup"], [role="tablist"]';

/** Space already activates these: handling it too would act twice. */
const ACTIVATED_BY_SPACE =
  'button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="switch"], ' +
  NOT_TEXT.filter((type) => type !== 'range')
    .map((type) => `input[type="${type}"]`)
    .join(', ');

/**
 * YouTube-style keyboard shortcuts for one player. The listener is on the host, so keys
 * count only while focus is inside the player: a page has its own uses for Space and the
 * arrows, and several players may share it.
 */
export class ShortcutsController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Keys make the same requests as the buttons they stand for. */
    private readonly dispatch: (request: PlayerRequest) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    // Chrome's autofill sends keydown events without a key.
    if (typeof event.key !== 'string') return;
    // Letters with Caps Lock or Shift count too.
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const request = KEYS.get(key);
    if (!request || (event.repeat && TOGGLES.has(key))) return;
    const path = this.pathInside(event);
    const within = (selector: string): boolean => path.some((element) => element.matches(selector));
    if (within(TEXT_ENTRY) || (NAVIGATION.has(key) && within(OWNS_ARROWS))) return;
    if (key === ' ' && within(ACTIVATED_BY_SPACE)) return;
    // Keeps Space and the arrows from scrolling the page too.
    event.preventDefault();
    this.dispatch(request);
  };

  /** The elements from the event's real target (inside shadow roots) up to the host, excluded. */
  private pathInside(event: Event): Element[] {
    const path = event.composedPath();
    const end = path.indexOf(this.host);
    return path.slice(0, end < 0 ? path.length : end).filter((node): node is Element => node instanceof Element);
  }
}
