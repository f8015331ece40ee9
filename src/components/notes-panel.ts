import { html, nothing } from 'lit';
import type { Strings } from '../i18n/en.js';

/** The show notes, folded under the player; relative links resolve against the episode description's address. */
export function renderNotes(strings: Strings, notes: string | undefined, baseUrl: string | undefined) {
  if (!notes) return nothing;
  return html`<details class="notes" part="notes-panel">
    <summary>${strings.showNotes}</summary>
    <tp-show-notes
      exportparts="notes, notes-link, notes-time"
      .html=${notes}
      .baseUrl=${baseUrl ?? globalThis.document?.baseURI ?? ''}
      .label=${strings.showNotes}
      .strings=${strings}
    ></tp-show-notes>
  </details>`;
}
