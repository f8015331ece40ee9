import { css, unsafeCSS } from 'lit';

/** The accent of the light theme, which is also every part's fallback. */
export const DEFAULT_ACCENT = '#0b6bcb';

/**
 * What every part's styles share, written once.
 *
 * `--_accent` is the accent a part draws with: the page's or the theme's `--tp-accent`,
 * else the default, so a part used on its own is coloured too.
 *
 * One keyboard focus ring for every control, in the accent (or `--tp-focus-color`). Where
 * it sits is the part's to say with `--_focus-offset`: inside rows that fill a scrolling
 * panel (outside, the panel would clip it), clear of a slider's thumb, close to a link's text.
 */
export const sharedStyles = css`
  :host {
    --_accent: var(--tp-accent, ${unsafeCSS(DEFAULT_ACCENT)});
  }
  :is(a, button, input, select, summary, [tabindex]):focus-visible {
    outline: 3px solid var(--tp-focus-color, var(--_accent));
    outline-offset: var(--_focus-offset, 2px);
  }
  a {
    --_focus-offset: 1px;
  }
`;
