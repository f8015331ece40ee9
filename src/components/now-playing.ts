import { html, nothing } from 'lit';
import type { Chapter } from '../core/model.js';
import type { EpisodeManifest } from '../core/episode-manifest.js';
import type { Strings } from '../i18n/en.js';
import { formatDate } from '../i18n/intl.js';

export interface NowPlayingState {
  strings: Strings;
  manifest: EpisodeManifest | undefined;
  /** The playing chapter's picture, else the episode's. */
  artwork: string | undefined;
  chapter: Chapter | undefined;
  /** Its position in the list, for "Chapter 3" when it has no title. */
  chapterIndex: number;
  /**
   * The episode has chapters, or they are loading: the line of the current chapter keeps its
   * room when there is none (before they come, between two), so the controls under it never move.
   */
  holdChapterLine: boolean;
}

/** The picture, show, episode title, its date and current chapter above the controls. */
export function renderNowPlaying({ strings, manifest, artwork, chapter, chapterIndex, holdChapterLine }: NowPlayingState) {
  const picture = artwork ?? manifest?.artwork;
  const date = manifest?.date === undefined ? undefined : formatDate(strings.locale, manifest.date);
  if (!chapter && !picture && !manifest?.title && !holdChapterLine) return nothing;
  return html`<div class="now-playing">
    ${picture ? html`<img part="artwork" src=${picture} alt="" referrerpolicy="no-referrer" decoding="async" />` : nothing}
    <div>
      ${manifest?.show ? html`<p class="show" part="show-name">${manifest.show}</p>` : nothing}
      ${manifest?.title ? html`<h2 class="title" part="episode-title">${manifest.title}</h2>` : nothing}
      ${date ? html`<p class="date" part="episode-date">${date}</p>` : nothing}
      ${chapter ? html`<p part="current-chapter">${chapter.title || strings.chapterFallback(chapterIndex + 1)}</p>` : nothing}
    </div>
  </div>`;
}
