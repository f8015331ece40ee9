import { html, nothing } from 'lit';
import type { Problem } from '../core/message.js';
import { describeMessage, describeProblem } from '../i18n/describe.js';
import type { Strings } from '../i18n/strings.js';

/** How many problems a notice lists; the summary counts them all. */
const LISTED = 20;

/** A discreet notice: `summary` says how many things were skipped or ignored, and opens to the first twenty, each by where it is. */
export function renderProblemNotice(strings: Strings, summary: string, problems: readonly Problem[]) {
  const listed = problems.slice(0, LISTED).map((problem) => describeProblem(strings, problem));
  // Until the sentences are at hand (English fetches them on first use), the notice waits whole.
  if (listed.length === 0 || problems.slice(0, LISTED).some((problem) => !describeMessage(strings, problem))) return nothing;
  return html`<details class="notice" part="notice">
    <summary>${summary}</summary>
    <ul>
      ${listed.map((sentence) => html`<li>${sentence}</li>`)}
    </ul>
  </details>`;
}
