import { html, nothing } from 'lit';
import type { Chapter, Segment } from '../core/model.js';
import type { LoadedData } from '../data/load-data.js';
import { describeMessage } from '../i18n/describe.js';
import type { Strings } from '../i18n/strings.js';
import { renderProblemNotice } from './problem-notice.js';

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
}

const VIEW_PARTS =
  'segment, active, speaker, word, active-word, chapter-heading, match, current-match, search-input, search-count, search-previous, search-next, back-to-current, quote-link';

/** The chapter list and the transcript, each with its loading state, error and notice of skipped entries. */
export function renderPanels(state: PanelsState) {
  const { strings, chaptersState, transcript } = state;
  const said = (resource: ResourceState) =>
    resource !== 'none' && resource !== 'loading' && (resource.error !== undefined || resource.problems.length > 0);
  // A panel with no chapters still shows what was wrong with them: inline data too, where
  // there is no file to look at.
  const showChapters = state.chapters.length > 0 || chaptersState === 'loading' || said(chaptersState);
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

/**
 * What a file held that could not be read: the first twenty, by where they are. Under an
 * error too, where they say why nothing was left ("no chapters found": each was skipped).
 */
function renderNotice(strings: Strings, resource: ResourceState, kind: 'transcript' | 'chapters') {
  if (resource === 'none' || resource === 'loading') return nothing;
  const skipped = resource.problems.filter((problem) => !problem.fatal);
  return renderProblemNotice(strings, strings.skipped(skipped.length, kind), skipped);
}
