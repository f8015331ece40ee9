import { html, nothing } from 'lit';
import { formatTime } from '../core/time.js';
import type { Strings } from '../i18n/en.js';
import type { ResumePoint } from './resume-store.js';
import { prepareSharing } from './share-controller.js';

export interface EpisodeActionsState {
  strings: Strings;
  resumeOffer: ResumePoint | undefined;
  /** The audio URL; share and download need one. */
  src: string;
  download: boolean;
  /** What sharing last did, said in a live region. */
  shareStatus: string;
}

export interface EpisodeActionsHandlers {
  resume(): void;
  share(): void;
}

/** Resume offer, share and download: what a listener does with the episode, not with playback. */
export function renderEpisodeActions(state: EpisodeActionsState, on: EpisodeActionsHandlers) {
  const { strings, resumeOffer, src } = state;
  return html`<div class="actions">
    ${resumeOffer ? html`<button part="resume" @click=${on.resume}>${strings.resumeAt(formatTime(resumeOffer.position))}</button>` : nothing}
    ${src ? html`<button part="share" @click=${on.share} @pointerenter=${prepareSharing} @focus=${prepareSharing}>${strings.share}</button>` : nothing}
    ${
      state.download && src ? html`<a part="download" href=${src} download target="_blank" rel="noopener">${strings.download}</a>` : nothing
    }
    <span class="share-status" part="share-status" role="status">${state.shareStatus}</span>
  </div>`;
}
