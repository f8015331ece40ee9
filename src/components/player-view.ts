import { html } from 'lit';
import type { EpisodeManifest } from '../core/episode-manifest.js';
import type { Message } from '../core/message.js';
import type { Chapter } from '../core/model.js';
import type { Playhead } from '../core/playhead.js';
import type { LoadedManifest } from '../data/load-manifest.js';
import type { Strings } from '../i18n/strings.js';
import { renderEpisodeActions, type EpisodeActionsState } from './episode-actions.js';
import { renderPanels, type PanelsState } from './episode-panels.js';
import { renderEpisodeStatus } from './episode-status.js';
import { renderNotes } from './notes-panel.js';
import { renderNowPlaying } from './now-playing.js';
import { renderControls, type ControlsState } from './player-controls.js';
import type { PlayerRequest } from './requests.js';
import { renderTranscriptDownload } from './transcript-download.js';
import { renderMessage } from './message-paragraph.js';

/** Everything the player shows, as the element gathers it on each render. */
export interface PlayerView {
  strings: Strings;
  /** False while the player's language is on its way: laid out, unseen. */
  shown: boolean;
  busy: boolean;
  /** The region's accessible name. */
  label: string;
  manifest: EpisodeManifest | undefined;
  loadedManifest: LoadedManifest | undefined;
  /** What the relative addresses of the show notes resolve against. */
  baseUrl: string | undefined;
  /** The episode's title, to name downloaded files after. */
  episodeName: string | undefined;
  playhead: Playhead;
  chapters: readonly Chapter[];
  /** Following the page's own media element: no controls of the player's own. */
  external: boolean;
  controls: Omit<ControlsState, 'strings'>;
  actions: Omit<EpisodeActionsState, 'strings'>;
  /** What is wrong with the audio (an error, a warning, a refused autoplay). */
  audioMessages: readonly (Message | undefined)[];
  panels: Omit<PanelsState, 'strings' | 'chapters' | 'activeSegment' | 'activeWord' | 'activeChapter' | 'transcriptTools'>;
  /** Said to screen readers: a chapter the listener jumped to. */
  announcement: string;
}

export interface PlayerViewHandlers {
  request(request: PlayerRequest): void;
  resume(): void;
}

/** The player's shadow content: a region with, top to bottom, what plays, the controls, what went wrong, the panels and the notes. */
export function renderPlayer(view: PlayerView, on: PlayerViewHandlers) {
  const { strings, playhead, chapters } = view;
  const share = () => on.request({ type: 'share' });
  return html`
    <section class=${view.shown ? 'player' : 'player unseen'} aria-busy=${view.busy ? 'true' : 'false'} aria-label=${view.label}>
      <slot name="start"></slot>
      ${renderNowPlaying({
        strings,
        manifest: view.manifest,
        artwork: playhead.artwork,
        chapter: chapters[playhead.chapter],
        chapterIndex: playhead.chapter,
        holdChapterLine: chapters.length > 0 || view.panels.chaptersState === 'loading',
      })}
      ${
        view.external
          ? renderEpisodeActions({ strings, ...view.actions, resumeOffer: undefined, download: false }, { resume: on.resume, share })
          : html`${renderControls({ strings, ...view.controls }, on.request)}
          ${renderEpisodeActions({ strings, ...view.actions }, { resume: on.resume, share })}
            <tp-seek-bar
              exportparts="seek-bar, chapter-mark"
              .currentTime=${view.controls.currentTime}
              .duration=${view.controls.duration}
              .chapters=${chapters}
              .strings=${strings}
            ></tp-seek-bar>`
      }
      ${renderEpisodeStatus(strings, view.loadedManifest)}
      ${view.audioMessages.map((message) => renderMessage(strings, message))}
      ${renderPanels({
        strings,
        ...view.panels,
        chapters,
        activeSegment: playhead.segment,
        activeWord: playhead.word,
        activeChapter: playhead.chapter,
        transcriptTools: renderTranscriptDownload(strings, view.panels.segments, view.episodeName, view.panels.transcript === 'loading'),
      })}
      ${renderNotes(strings, view.manifest?.notes, view.baseUrl)}
      <slot name="end"></slot>
      <div class="visually-hidden" part="announcer" role="status" aria-live="polite">${view.announcement}</div>
    </section>
  `;
}
