import { css } from 'lit';

/**
 * Printing a page with the player prints the episode, not the widget: the whole transcript
 * (the transcript view draws every block for print, see `block-window.ts`) with its times,
 * speakers and chapter headings, and none of the controls.
 */
export const printStyles = css`
  @media print {
    :host {
      border: none;
      padding: 0;
      color: #000;
      background: none;
    }
    .controls,
    .actions,
    tp-seek-bar,
    .error,
    .notes,
    .transcript-download,
    .now-playing img,
    .panels:has(.transcript) .chapters {
      display: none !important;
    }
    .panels {
      display: block;
    }
  }
`;
