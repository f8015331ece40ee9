import { html, nothing } from 'lit';
import type { Problem } from '../core/message.js';
import { describeProblem } from '../i18n/describe.js';
import type { Strings } from '../i18n/strings.js';

/** How many problems a notice lists; the summary counts them all. */
const LISTED = 20;

/** A discreet notice: `summary` says how many things were skipped or ignored, and opens to the first twenty, each by where it is. */
export function renderProblemNotice(strings: Strings, summary: string, problems: readonly Problem[]) {
  if (problems.length === 0) return nothing;
  return html`<details class="notice" part="notice">
    <summary>${summary}</summary>
    <ul>
      ${problems.slice(0, LISTED).map((problem) => html`<li>${describeProblem(strings, problem)}</li>`)}
    </ul>
  </details>`;
}
