import { css, unsafeCSS } from 'lit';
import { SPEAKER_PALETTE_DARK } from '../core/speaker-colors.js';
import { DEFAULT_ACCENT, sharedStyles } from './theme.styles.js';

/** The light palette: the default, and theme="light". */
const lightTheme = unsafeCSS(`
  --tp-accent: ${DEFAULT_ACCENT};
  --tp-background: #ffffff;
  --tp-color: #1b1f24;
  --tp-muted: #57606a;
  --tp-border: #d0d7de;
  --tp-error: #b42318;
`);

/**
 * The dark palette, used both for the system's dark mode and for theme="dark". A plain
 * string: declarations alone are not a stylesheet the template minifier can parse.
 */
const darkTheme = unsafeCSS(`
  --tp-accent: #6cb6ff;
  --tp-background: #16191d;
  --tp-color: #e6edf3;
  --tp-muted: #9da7b3;
  --tp-border: #3d444d;
  --tp-error: #ff8b7e;
  ${SPEAKER_PALETTE_DARK.map((colour, i) => `--tp-speaker-${i}: ${colour};`).join('\n')}
  color-scheme: dark;
`);

export const playerStyles = [
  sharedStyles,
  css`
    :host {
      ${lightTheme}
    }
    :host {
      display: block;
      container-type: inline-size;
      font-family: var(--tp-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      color: var(--tp-color);
      background: var(--tp-background);
      border: 1px solid var(--tp-border);
      border-radius: var(--tp-radius, 10px);
      padding: var(--tp-spacing, 1rem);
      box-sizing: border-box;
    }
    /* Dark follows the system unless theme="light"; theme="dark" forces it. */
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) {
        ${darkTheme}
      }
    }
    :host([theme='dark']) {
      ${darkTheme}
    }
    :host([hidden]) {
      display: none;
    }
    /* Focus inside the shadow tree makes the host match :focus too. The player rings the control
       that has focus; a page's global ':focus { outline: … !important }' would add a second ring
       around the whole player (an !important rule of the shadow tree outranks the page's). */
    :host(:focus) {
      outline: none !important;
    }
    /* Laid out, but neither seen nor read, while the player's language is on its way. */
    .unseen {
      visibility: hidden;
    }
    .now-playing {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      margin-bottom: 0.5rem;
      min-height: 1.5rem;
    }
    .now-playing img {
      width: 4rem;
      height: 4rem;
      object-fit: cover;
      border-radius: var(--tp-radius, 6px);
    }
    /* Titles from data may hold a word longer than the player is wide: it breaks rather than overflows. */
    .now-playing > div {
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .now-playing p {
      margin: 0;
      font-weight: 600;
    }
    .now-playing .show {
      font-weight: 400;
      color: var(--tp-muted);
      font-size: 0.85rem;
    }
    .now-playing .date {
      font-weight: 400;
      color: var(--tp-muted);
      font-size: 0.85rem;
    }
    .now-playing .title {
      font-size: 1.1rem;
      text-transform: none;
      letter-spacing: normal;
      color: inherit;
      margin: 0;
    }
    .notes {
      margin-top: 0.75rem;
    }
    .notes summary {
      cursor: pointer;
      font-weight: 600;
    }
    .controls {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      flex-wrap: wrap;
      margin-bottom: 0.5rem;
    }
    button {
      font: inherit;
      color: inherit;
      background: transparent;
      border: 1px solid transparent;
      border-radius: 999px;
      padding: 0.35rem;
      display: inline-grid;
      place-items: center;
      cursor: pointer;
    }
    button:hover:not(:disabled) {
      background: color-mix(in srgb, currentColor 10%, transparent);
    }
    button:disabled {
      opacity: 0.45;
      cursor: default;
    }
    button.play {
      background: var(--_accent);
      color: var(--tp-background);
      padding: 0.6rem;
    }
    /* Not the tint above: in the icon's own colour, it would paint the icon out. A shade of the accent instead. */
    button.play:hover:not(:disabled) {
      background: color-mix(in srgb, var(--_accent) 85%, var(--tp-color));
    }
    .time {
      font-variant-numeric: tabular-nums;
      color: var(--tp-muted);
      margin-inline: 0.25rem auto;
    }
    .buffering {
      margin-inline-start: 0.5rem;
      font-size: 0.85em;
    }
    /* Playback was asked for and the audio is on its way: the play button turns (still, under reduced motion). */
    button.play[aria-busy='true'] svg {
      animation: tp-turn 1s linear infinite;
    }
    @keyframes tp-turn {
      to {
        transform: rotate(1turn);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      button.play[aria-busy='true'] svg {
        animation: none;
      }
    }
    select {
      font: inherit;
      color: inherit;
      background: var(--tp-background);
      border: 1px solid var(--tp-border);
      border-radius: 6px;
      padding: 0.2rem 0.3rem;
    }
    .panels {
      display: grid;
      grid-template-columns: minmax(12rem, 1fr) minmax(0, 2fr);
      gap: 1rem;
      margin-top: 0.75rem;
    }
    .panels > :only-child {
      grid-column: 1 / -1;
    }
    .panels > * {
      min-width: 0;
    }
    @container (max-width: 40rem) {
      .panels {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    h2 {
      font-size: 0.8rem;
      text-transform: uppercase;
      letter-spacing: 0.06em;
      color: var(--tp-muted);
      margin: 0 0 0.4rem;
    }
    tp-chapter-list {
      max-height: calc(var(--tp-transcript-height, 22rem) + 2.5rem);
      overflow-y: auto;
    }
    /* The page's own markup, when its reader did not load: shown as the page styles it. */
    .page-markup {
      max-height: var(--tp-transcript-height, 22rem);
      overflow-y: auto;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin: 0.25rem 0 0.5rem;
      font-size: 0.9rem;
    }
    .actions button,
    .actions a {
      border: 1px solid var(--tp-border);
      border-radius: var(--tp-radius, 6px);
      padding: 0.2rem 0.6rem;
      color: inherit;
    }
    .share-status {
      color: var(--tp-muted);
    }
    @media (forced-colors: active) {
      button.play,
      button.play:hover:not(:disabled) {
        forced-color-adjust: none;
        background: ButtonText;
        color: ButtonFace;
      }
    }
    .error {
      color: var(--tp-error);
      border-inline-start: 3px solid currentColor;
      padding: 0.25rem 0.6rem;
      margin: 0.5rem 0;
    }
    .status {
      color: var(--tp-muted);
    }
    /* While a file loads, its panel takes the room it will take once shown: a transcript fills
       its box, and most chapter lists fill theirs. The page under the player does not move when
       they come (a short chapter list is the exception: its panel shrinks). */
    .status.loading {
      margin: 0;
    }
    .transcript > .status.loading {
      min-height: var(--tp-transcript-height, 22rem);
    }
    .chapters > .status.loading {
      min-height: calc(var(--tp-transcript-height, 22rem) + 2.5rem);
    }
    .notice {
      font-size: 0.85rem;
      color: var(--tp-muted);
      margin-bottom: 0.4rem;
    }
    @media (prefers-reduced-motion: reduce) {
      * {
        transition: none !important;
        animation: none !important;
      }
    }
`,
];
