import { css, html, nothing } from 'lit';
import { fileNameFor } from '../core/file-name.js';
import type { Segment } from '../core/model.js';
import type { TranscriptFileFormat } from '../core/transcript-writers.js';
import type { Strings } from '../i18n/strings.js';
import { loadedModule, loadModule } from '../lazy.js';
import { moduleFailure } from './module-failure.js';

const FORMATS: readonly TranscriptFileFormat[] = ['txt', 'vtt', 'srt'];

/**
 * "Download transcript" in the transcript panel: a disclosure (`<details>`, so Enter and
 * Space open it and it is named by its summary) with one link per file. Each link is an
 * `<a download>` whose `blob:` address is made when it is activated, from the lines as shown
 * (`transcript-writers.ts`), so nothing is written out before a listener asks. The file is
 * named after the episode's title. The writers are a file loaded on use (`transcript-file.ts`),
 * fetched when the pointer or focus comes to the menu, before any click.
 */
export function renderTranscriptDownload(strings: Strings, segments: readonly Segment[], title: string | undefined, loading = false) {
  // While the transcript loads, an unseen, inert stand-in holds the heading row at the height it will have.
  if (segments.length === 0 && loading)
    return html`<details class="transcript-download stand-in" inert aria-hidden="true"><summary>${strings.downloadTranscript}</summary></details>`;
  if (segments.length === 0) return nothing;
  const name = fileNameFor(title);
  return html`<details class="transcript-download" part="transcript-download" @keydown=${closeOnEscape} @pointerenter=${prefetch} @focusin=${prefetch}>
    <summary>${strings.downloadTranscript}</summary>
    <ul>
      ${FORMATS.map(
        (format) =>
          html`<li>
            <a part="transcript-download-link" href="#" download=${`${name}.${format}`} @click=${(event: MouseEvent) => prepare(event, segments, format, strings)}
              >${strings.transcriptFile(format)}</a
            >
          </li>`,
      )}
    </ul>
  </details>`;
}

const prefetch = (): void => void loadModule('download').catch(() => undefined);

/**
 * Points the link at the file before the browser follows it. A click that comes before the
 * writers (one with no pointer or focus before it: a script's, a screen reader's) is held
 * and made again by the link itself once they are here: browsers let a link's own click
 * download a file without a fresh gesture.
 */
function prepare(event: MouseEvent, segments: readonly Segment[], format: TranscriptFileFormat, strings: Strings): void {
  const link = event.currentTarget as HTMLAnchorElement;
  const writers = loadedModule('download');
  if (writers) {
    writers.pointAtFile(link, segments, format);
    link.closest('details')?.removeAttribute('open');
    return;
  }
  event.preventDefault();
  loadModule('download').then(
    () => link.click(),
    (error: unknown) => {
      // Beside the links, where the listener looks; Lit leaves a node it did not make alone.
      const list = link.closest('ul');
      const said = list?.nextElementSibling ?? list?.insertAdjacentElement('afterend', document.createElement('p'));
      if (!said) return;
      said.setAttribute('part', 'error');
      said.setAttribute('role', 'alert');
      said.textContent = moduleFailure(strings, error);
    },
  );
}

function closeOnEscape(event: KeyboardEvent): void {
  const details = event.currentTarget as HTMLDetailsElement;
  if (event.key !== 'Escape' || !details.open) return;
  details.open = false;
  details.querySelector('summary')?.focus();
  event.stopPropagation();
}

export const transcriptDownloadStyles = css`
  /* In the panel's heading row, at its end (beside the language menu, wrapping under it when narrow); the menu opens below. */
  .transcript-download {
    position: relative;
    font-size: 0.85rem;
  }
  /* A class, not a style attribute: a strict Content-Security-Policy refuses those. */
  .transcript-download.stand-in {
    visibility: hidden;
  }
  .transcript-download summary {
    cursor: pointer;
    color: var(--tp-muted);
    border-radius: var(--tp-radius, 6px);
    padding: 0.1rem 0.35rem;
  }
  .transcript-download ul {
    position: absolute;
    top: 100%;
    inset-inline-end: 0;
    z-index: 2;
    margin: 0.25rem 0 0;
    padding: 0.25rem;
    list-style: none;
    white-space: nowrap;
    background: var(--tp-background);
    border: 1px solid var(--tp-border);
    border-radius: var(--tp-radius, 6px);
    box-shadow: 0 4px 12px rgb(0 0 0 / 15%);
  }
  .transcript-download a {
    display: block;
    padding: 0.3rem 0.6rem;
    color: inherit;
    border-radius: 4px;
  }
  .transcript-download a:hover {
    background: var(--tp-hover-background, color-mix(in srgb, currentColor 8%, transparent));
  }
`;
