import { html, nothing } from 'lit';
import type { Message, Problem } from '../core/message.js';
import type { Chapter, Segment } from '../core/model.js';
import type { TranscriptLanguage } from '../core/transcript-choice.js';
import type { LoadedData } from '../data/load-data.js';
import type { Strings } from '../i18n/strings.js';
import { renderLanguageMenu } from './language-menu.js';
import { renderProblemNotice } from './problem-notice.js';
import { renderMessage } from './message-paragraph.js';

type ResourceState = 'none' | 'loading' | LoadedData<unknown>;

/**
 * A long transcript's first lines show their times with an hour field when the whole file is
 * guessed to last this long (seconds). Above an hour, with a margin: a wrong guess would make
 * the column narrower once the whole file is read, as a late hour field makes it wider.
 */
const HOURS_LIKELY_FROM = 4500;

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
  /** Why the chapters inside the audio were not read: said in the chapters area, as a notice (the episode plays on). */
  chaptersNotice?: Message | undefined;
  /** What was left out of the chapters read from inside the audio. */
  chaptersProblems?: readonly Problem[];
  /** The languages the episode has transcripts in (a menu from two), and the key of the one shown. */
  languages?: readonly TranscriptLanguage[];
  language?: string | undefined;
  /** Shown beside the transcript's heading (the download menu). */
  transcriptTools?: unknown;
  /** The episode written in the page could not be read: the page's markup is shown as it is, in place of the lines. */
  pageMarkup?: boolean;
}

const VIEW_PARTS =
  'segment, active, speaker, word, active-word, chapter-heading, match, current-match, search-input, search-count, search-previous, search-next, back-to-current, quote-link';

/**
 * The chapter list and the transcript, each with its loading state, error and notice of
 * skipped entries. A loading transcript's status stands where its lines will be, under the
 * search field: nothing moves when they come.
 */
export function renderPanels(state: PanelsState) {
  const { strings, chaptersState, transcript } = state;
  const said = (resource: ResourceState) =>
    resource !== 'none' && resource !== 'loading' && (resource.error !== undefined || resource.problems.length > 0);
  // A panel with no chapters still shows what was wrong with them: inline data too, where
  // there is no file to look at.
  const showChapters = state.chapters.length > 0 || chaptersState === 'loading' || said(chaptersState) || !!state.chaptersNotice;
  return html`<div class="panels">
    ${
      showChapters
        ? html`<nav class="chapters" aria-label=${strings.chapters}>
          <h2>${strings.chapters}</h2>
          ${renderStatus(strings, chaptersState)} ${renderNotice(strings, withProblems(chaptersState, state.chaptersProblems), 'chapters')}
          ${renderMessage(strings, state.chaptersNotice, 'notice')}
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
          <div class="panel-head">
            <h2>${strings.transcript}</h2>
            ${renderLanguageMenu({ strings, languages: state.languages ?? [], current: state.language })}
            ${state.transcriptTools ?? nothing}
          </div>
          ${transcript === 'loading' ? nothing : renderStatus(strings, transcript)} ${renderNotice(strings, transcript, 'transcript')}
          ${state.pageMarkup && state.segments.length === 0 ? html`<div class="page-markup"><slot></slot></div>` : nothing}
          <tp-transcript-view
            exportparts=${VIEW_PARTS}
            .segments=${state.segments}
            .chapters=${state.chapters}
            .activeIndex=${state.activeSegment}
            .activeWord=${state.activeWord}
            .strings=${strings}
            ?untimed=${transcript !== 'loading' && transcript.untimed === true}
            .chaptersLoading=${chaptersState === 'loading'}
            .hoursLikely=${transcript !== 'loading' && (transcript.estimatedEnd ?? 0) >= HOURS_LIKELY_FROM}
          ></tp-transcript-view>
          ${transcript === 'loading' ? renderStatus(strings, transcript) : nothing}
        </section>`
        : nothing
    }
  </div>`;
}

/** The chapters' own problems, and those of chapters read from inside the audio (which come as data). */
function withProblems(resource: ResourceState, problems: readonly Problem[] | undefined): ResourceState {
  if (!problems?.length || resource === 'none' || resource === 'loading') return resource;
  return { ...resource, problems: [...resource.problems, ...problems] };
}

function renderStatus(strings: Strings, resource: ResourceState) {
  // `loading`: it takes the room of what is on its way (transcript-player.styles.ts).
  if (resource === 'loading') return html`<p class="status loading" role="status">${strings.loading}</p>`;
  return resource === 'none' ? nothing : renderMessage(strings, resource.error);
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
