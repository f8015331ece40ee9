import { css, unsafeCSS } from 'lit';
import { SPEAKER_PALETTE_LIGHT } from '../../core/speaker-colors.js';
import { sharedStyles } from '../theme.styles.js';

/** The light palette as fallbacks, from the one list the contrast test checks. */
const speakerDefaults = unsafeCSS(
  SPEAKER_PALETTE_LIGHT.map((colour, i) => `--_speaker-${i}: var(--tp-speaker-${i}, ${colour});`).join('\n'),
);

/**
 * A line's speaker colour, by the slot in its `data-speaker`: rules of the stylesheet rather
 * than a `style` attribute on each line, which a strict Content-Security-Policy refuses.
 */
const speakerColours = unsafeCSS(
  SPEAKER_PALETTE_LIGHT.map((_, i) => `.segment[data-speaker='${i}'] { --speaker-color: var(--_speaker-${i}); }`).join('\n'),
);

export const transcriptViewStyles = [
  sharedStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      position: relative;
      min-height: 0;
      /* Lines fill the scrolling panel: the focus ring goes inside. */
      --_focus-offset: -3px;
      /* Defaults come from the player's theme; a page sets --tp-speaker-N on the player. */
      ${speakerDefaults}
    }
    .search {
      display: flex;
      align-items: center;
      gap: 0.35rem;
      margin-bottom: 0.4rem;
    }
    input {
      flex: 1;
      min-width: 0;
      font: inherit;
      color: inherit;
      background: transparent;
      border: 1px solid var(--tp-border, #d0d7de);
      border-radius: var(--tp-radius, 6px);
      padding: 0.3rem 0.5rem;
    }
    /* The engines' own placeholder grey is under 4.5:1 on the dark background (and Firefox fades it further). */
    input::placeholder {
      color: var(--tp-muted, #57606a);
      opacity: 1;
    }
    .count {
      font-size: 0.85em;
      color: var(--tp-muted, #57606a);
      white-space: nowrap;
    }
    button {
      font: inherit;
      color: inherit;
      background: transparent;
      border: 1px solid var(--tp-border, #d0d7de);
      border-radius: var(--tp-radius, 6px);
      padding: 0.2rem 0.5rem;
      cursor: pointer;
    }
    button:disabled {
      opacity: 0.45;
      cursor: default;
    }
    .panel {
      overflow-y: auto;
      overscroll-behavior: contain;
      max-height: var(--tp-transcript-height, 22rem);
      padding: 0.25em 0;
      /* A line brought into view by focus (Tab, arrows) stays clear of "Back to current", which floats over the panel's foot. */
      scroll-padding-bottom: 3rem;
    }
    /* A block holds its lines' margins (a turn's, a chapter heading's) inside its box, so its measured height is all the room it takes: a placeholder of that height, when it is let go of, moves nothing. */
    .block {
      display: flow-root;
    }
    .placeholder {
      contain: strict;
    }
    .segment {
      display: flex;
      gap: 0.75em;
      margin: 0;
      padding: 0.15em 0.6em;
      border-radius: var(--tp-radius, 6px);
      cursor: pointer;
      line-height: 1.5;
      border-inline-start: 3px solid var(--speaker-color, transparent);
    }
    /* A word (or an address) longer than the panel is wide breaks rather than overflows. */
    .segment .text,
    .chapter-heading {
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .segment.turn-start {
      margin-top: 0.6em;
    }
    /* A transcript without times is text to read: its lines are not places to play from. */
    :host([untimed]) .segment {
      cursor: auto;
    }
    :host([untimed]) .segment:hover {
      background: none;
    }
    .untimed {
      margin: 0 0 0.5em;
      font-size: 0.9em;
      color: var(--tp-muted, inherit);
    }
    .segment:hover {
      background: var(--tp-hover-background, color-mix(in srgb, currentColor 8%, transparent));
    }
    .segment[aria-current='true'] {
      background: var(--tp-highlight-background, color-mix(in srgb, var(--_accent) 18%, transparent));
      color: var(--tp-highlight-color, inherit);
    }
    /* Paint only: a change of weight or size would lay the line out again at every word. */
    [part~='active-word'] {
      text-decoration: underline 2px;
      text-decoration-color: var(--_accent);
      text-underline-offset: 0.2em;
    }
    mark {
      background: var(--tp-match-background, #ffe58f);
      color: #1b1f24;
      border-radius: 2px;
    }
    mark.current {
      outline: 2px solid var(--_accent);
    }
    time {
      flex: none;
      min-width: 3.5em;
      font-variant-numeric: tabular-nums;
      opacity: 0.75;
      font-size: 0.9em;
      padding-top: 0.1em;
    }
    .speaker {
      display: block;
      font-weight: 600;
      color: var(--speaker-color, inherit);
    }
    .chapter-heading {
      font-size: 0.95em;
      margin: 1em 0.6em 0.3em;
    }
    .chapter-heading:first-child {
      margin-top: 0.2em;
    }
    /* The room of a heading still on its way (transcript-line.ts): a heading's box, nothing to see or read. */
    .chapter-heading.awaited {
      visibility: hidden;
    }
    .back {
      position: absolute;
      bottom: 0.75rem;
      left: 50%;
      transform: translateX(-50%);
      background: var(--_accent);
      color: var(--tp-background, #fff);
      border: none;
      border-radius: 999px;
      padding: 0.35rem 0.9rem;
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
      /* Filled with the accent: a ring inside would not show. */
      --_focus-offset: 2px;
    }
    .quote {
      position: absolute;
      top: 2.6rem;
      right: 0.5rem;
      background: var(--tp-background, #fff);
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    }
    .back[hidden] {
      display: none;
    }
    /* Print: every line (the block window draws them all for print), no search, buttons or highlight. */
    @media print {
      .search,
      .back,
      .quote {
        display: none !important;
      }
      .panel {
        max-height: none;
        overflow: visible;
      }
      .segment,
      .segment[aria-current='true'] {
        background: none;
        break-inside: avoid;
      }
      .chapter-heading {
        break-after: avoid;
      }
    }
    @media (forced-colors: active) {
      .segment[aria-current='true'] {
        outline: 2px solid Highlight;
      }
      [part~='active-word'],
      mark {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
  `,
  speakerColours,
];
