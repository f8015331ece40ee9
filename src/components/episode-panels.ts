import { html, nothing } from 'lit';
import type { Chapter, Segment } from '../core/model.js';
import type { LoadedData } from '../data/load-data.js';
import { describeMessage, describeProblem } from '../i18n/describe.js';
import type { Strings } from '../i18n/strings.js';

type ResourceState = 'none' | 'loading' | LoadedData<unknown>;

export interface PanelsState {
  strings: Strings;
  transcript: ResourceState;
  segments: readonly Segment[];
  activeSegment: number;
  activeWord: number;
  chaptersState: ResourceState;
  /** Listed chapters. */
  chapters: readonly Chapter[];
  activeChapter: number;
  /** Shown beside the transcript's heading (the download menu). */
  transcriptTools?: unknown;
}

const VIEW_PARTS =
  'segment, active, speaker, word, active-word, chapter-heading, match, current-match, search-input, search-count, search-previous, search-next, back-to-current, quote-link';

/** The chapter list and the transcript, each with its loading state, error and notice of skipped entries. */
export function renderPanels(state: PanelsState) {
  const { strings, chaptersState, transcript } = state;
  const failed = (resource: ResourceState) => resource !== 'none' && resource !== 'loading' && resource.error !== undefined;
  const showChapters = state.chapters.length > 0 || chaptersState === 'loading' || failed(chaptersState);
  return html`<div class="panels">
    ${
      showChapters
        ? html`<nav class="chapters" aria-label=${strings.chapters}>
          <h2>${strings.chapters}</h2>
          ${renderStatus(strings, chaptersState)} ${renderNotice(strings, chaptersState, 'chapters')}
          <tp-chapter-list
            exportparts="chapter, active, chapter-title"
            .chapters=${state.chapters}
            .activeIndex=${state.activeChapter}
            .strings=${strings}
          ></tp-chapter-list>
        </nav>`
        : nothing
    }
    ${
      transcript !== 'none'
        ? html`<section class="transcript" aria-label=${strings.transcript}>
          <h2>${strings.transcript}</h2>
          ${state.transcriptTools ?? nothing}
          ${renderStatus(strings, transcript)} ${renderNotice(strings, transcript, 'transcript')}
          <tp-transcript-view
            exportparts=${VIEW_PARTS}
            .segments=${state.segments}
            .chapters=${state.chapters}
            .activeIndex=${state.activeSegment}
            .activeWord=${state.activeWord}
            .strings=${strings}
          ></tp-transcript-view>
        </section>`
        : nothing
    }
  </div>`;
}

function renderStatus(strings: Strings, resource: ResourceState) {
  if (resource === 'loading') return html`<p class="status" role="status">${strings.loading}</p>`;
  if (resource !== 'none' && resource.error)
    return html`<p class="error" part="error" role="alert">${describeMessage(strings, resource.error)}</p>`;
  return nothing;
}

/** What a file held that could not be read, when the rest could: the first twenty, by where they are. */
function renderNotice(strings: Strings, resource: ResourceState, kind: 'transcript' | 'chapters') {
  if (resource === 'none' || resource === 'loading' || resource.error || resource.problems.length === 0) return nothing;
  return html`<details class="notice" part="notice">
    <summary>${strings.skipped(resource.problems.length, kind)}</summary>
    <ul>
      ${resource.problems.slice(0, 20).map((problem) => html`<li>${describeProblem(strings, problem)}</li>`)}
    </ul>
  </details>`;
}
