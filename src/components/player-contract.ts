import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { MediaLike } from '../audio/media-element-controller.js';
import type { ChaptersFormat, TranscriptFormat } from '../core/model.js';

/**
 * What a page sets, hears and styles on `<transcript-player>`: its attributes and their
 * properties, its events and slots, and its CSS parts and custom properties. The contract
 * alone, read by the manifest's generator (custom-elements.json) and by editors; how the
 * player keeps it is `TranscriptPlayer`, which extends this.
 *
 * @attr transcript - Transcript file URL (WebVTT, SRT, Podcasting 2.0 JSON, timestamped lines, …).
 * @attr chapters - Chapters file URL (Podcasting 2.0 JSON, Podlove Simple Chapters, WebVTT); `embedded` reads those inside the MP3 now, before the listener shows intent.
 * @attr transcript-type - Forces the transcript format instead of detecting it.
 * @attr chapters-type - Forces the chapters format instead of detecting it.
 * @attr episode - URL of an episode description (JSON: title, show, audio, transcript, chapters, notes, duration).
 * @attr feed - URL of a podcast RSS feed: the episode is read from it (an `episode` wins over it).
 * @attr item - Which episode of the feed: its `<guid>`, its `itunes:episode` number, or `latest` (the default).
 * @attr lang - UI language (`en`, `de`, `fr`, `es`, `it`, `nl`, `pt`, `ja`, or one added with `addTranslation`); without it, the nearest ancestor's, else the page's.
 * @attr theme - `light` or `dark`; without it, the system's.
 * @attr download - Offers a download link for the audio.
 * @attr no-resume - Does not remember the position and speed.
 * @attr for - The id of a media element on the page (`<audio>`, `<video>`, media-chrome's media, …) to follow instead of playing audio of its own.
 * @attr preload - `none` (default: no audio is fetched before the listener shows intent), `metadata` or `auto`.
 * @attr episode-title - The episode title for the lock screen.
 * @attr show-name - The show's name for the lock screen.
 *
 * @event {Event} timeupdate - The playback position changed (about four times a second while playing, and on every seek).
 * @event {Event} play - Playback started.
 * @event {Event} pause - Playback paused.
 * @event {Event} ended - Playback reached the end.
 * @event {Event} durationchange - The audio's duration became known.
 * @event {CustomEvent<SegmentChangeDetail>} segmentchange - The spoken line changed; `detail.index` (-1 between lines) and `detail.segment`.
 * @event {CustomEvent<ChapterChangeDetail>} chapterchange - The current chapter changed; `detail.index` (-1 outside chapters) and `detail.chapter`.
 * @event {CustomEvent<ReadyDetail>} ready - Transcript and chapters are loaded (or failed); `detail.segments` and `detail.chapters` count them.
 * @event {CustomEvent<PlayerErrorDetail>} error - Something could not be loaded; `detail.source` is `audio`, `transcript`, `chapters`, `episode` or `feed`, `detail.message` says what in the player's language, `detail.code` names it. Does not bubble.
 *
 * @slot start - Before the episode title and the controls (a show logo).
 * @slot end - After the transcript and show notes (a subscribe box).
 *
 * @csspart segment - Each transcript line.
 * @csspart active - Added to the spoken line (`segment`) and the current chapter (`chapter`).
 * @csspart word - A timed word of a line with word times.
 * @csspart active-word - Added to the spoken word.
 * @csspart speaker - The speaker label where the speaker changes.
 * @csspart chapter-heading - A chapter heading inside the transcript.
 * @csspart search-input - The transcript search field.
 * @csspart search-count - The number of search matches (`3 of 17`).
 * @csspart search-previous - Goes to the previous search match.
 * @csspart search-next - Goes to the next search match.
 * @csspart transcript-language - The menu of the transcript's languages (shown when there are two or more).
 * @csspart match - A search match in the text.
 * @csspart current-match - Added to the search match jumped to.
 * @csspart back-to-current - Resumes following the audio.
 * @csspart quote-link - Copies a link to the selected lines.
 * @csspart untimed-note - Above a transcript without times: it is there to read, nothing lights up.
 * @csspart chapter - Each chapter entry (a button).
 * @csspart chapter-title - The title inside a chapter entry.
 * @csspart chapter-link - The link beside a chapter with a URL.
 * @csspart artwork - The playing chapter's or episode's image.
 * @csspart current-chapter - The playing chapter's title above the controls.
 * @csspart episode-title - The episode's title from the episode description.
 * @csspart episode-date - The episode's date from the episode description, in the player's language.
 * @csspart show-name - The show's name from the episode description.
 * @csspart controls - The row of playback controls.
 * @csspart play-button - The play/pause button.
 * @csspart skip-back - Back 15 s.
 * @csspart skip-forward - Forward 30 s.
 * @csspart speed - The playback speed menu.
 * @csspart time - The time display (holds `elapsed` and `duration`).
 * @csspart elapsed - The position in the time display.
 * @csspart duration - The length in the time display.
 * @csspart buffering - "Buffering…" while the audio waits for data.
 * @csspart seek-bar - The seek slider.
 * @csspart chapter-mark - A chapter start mark on the seek bar.
 * @csspart error - An error message.
 * @csspart notice - A note that some entries of a file were skipped.
 * @csspart resume - The offer to resume where the listener left off.
 * @csspart share - Copies a link to this moment.
 * @csspart share-status - What the share button did.
 * @csspart download - The download link.
 * @csspart notes-panel - The collapsible show notes panel.
 * @csspart notes - The show notes.
 * @csspart notes-link - A link in the show notes.
 * @csspart notes-time - A time in the show notes that plays from there.
 * @csspart announcer - The visually hidden live region that speaks chapter changes and search counts.
 * @csspart transcript-download - The transcript panel's "Download transcript" menu (a `details` element).
 * @csspart transcript-download-link - Each file the menu offers (.txt, .vtt, .srt).
 *
 * @cssproperty --tp-accent - Accent colour for highlight, progress, play button and focus.
 * @cssproperty --tp-background - Background colour.
 * @cssproperty --tp-color - Text colour.
 * @cssproperty --tp-muted - Colour of secondary text (times, speakers without a colour, counts).
 * @cssproperty --tp-border - Colour of borders and dividers.
 * @cssproperty --tp-error - Colour of error messages.
 * @cssproperty --tp-font - Font family.
 * @cssproperty --tp-radius - Corner radius.
 * @cssproperty --tp-spacing - Padding.
 * @cssproperty --tp-transcript-height - Height of the transcript and chapter panels.
 * @cssproperty --tp-highlight-background - Background of the spoken line.
 * @cssproperty --tp-highlight-color - Text colour of the spoken line.
 * @cssproperty --tp-match-background - Background of search matches.
 * @cssproperty --tp-focus-color - Focus ring colour (default: the accent).
 * @cssproperty --tp-hover-background - Background of a line or chapter under the pointer.
 * @cssproperty --tp-active-background - Background of the current chapter.
 * @cssproperty --tp-link-color - Colour of links in the show notes (default: the accent).
 * @cssproperty --tp-track-color - Colour of the seek bar's track.
 * @cssproperty --tp-mark-color - Colour of the chapter marks on the seek bar.
 * @cssproperty --tp-speaker-0 - Colour of the first speaker (by order of first appearance).
 * @cssproperty --tp-speaker-1 - Colour of the second speaker.
 * @cssproperty --tp-speaker-2 - Colour of the third speaker.
 * @cssproperty --tp-speaker-3 - Colour of the fourth speaker.
 * @cssproperty --tp-speaker-4 - Colour of the fifth speaker.
 * @cssproperty --tp-speaker-5 - Colour of the sixth speaker.
 */
export class PlayerContract extends LitElement {
  /** URL of an episode description (title, audio, transcript, chapters, notes) in one JSON file. */
  @property() episode = '';
  /** URL of a podcast RSS feed to read the episode from (used when there is no `episode`). */
  @property() feed = '';
  /** Which episode of the `feed`: its `<guid>`, its `itunes:episode` number, or `latest` (the default). */
  @property() item = '';
  /** What to fetch before the listener asks: `none` (default: not a byte), `metadata` or `auto`. */
  @property() preload: 'none' | 'metadata' | 'auto' = 'none';
  /**
   * The id of a media element on the page to follow instead of playing audio of its own (an
   * `<audio>`, a `<video>`, or an element with the media element API): then the player shows
   * the transcript and chapters only, in step with that element, and seeks it.
   */
  @property({ attribute: 'for' }) htmlFor?: string;
  /** The media element to follow, as an object (wins over `for`). */
  @property({ attribute: false }) media?: MediaLike;
  /** Transcript file URL. */
  @property() transcript = '';
  /** Chapters file URL, or `embedded`: those inside the MP3, read now. */
  @property() chapters = '';
  /** Forces the transcript format: `json`, `vtt`, `srt`, `lines`, `podlove-json`, `pst`, `html`. */
  @property({ attribute: 'transcript-type' }) transcriptType?: TranscriptFormat;
  /** Forces the chapters format: `json`, `psc-json`, `psc`, `vtt`. */
  @property({ attribute: 'chapters-type' }) chaptersType?: ChaptersFormat;
  /** Transcript as data instead of a URL: file text, parsed JSON, or segments. */
  @property({ attribute: false }) transcriptData?: unknown;
  /** Chapters as data instead of a URL: file text, parsed JSON, or chapters. */
  @property({ attribute: false }) chaptersData?: unknown;
  /** UI language (`en`, `de`, `fr`, `es`, `it`, `nl`, `pt`, `ja`, or one added with `addTranslation`); without it, the page's language. */
  @property({ attribute: 'lang' }) language?: string;
  /** `light` or `dark` forces a theme; without it the player follows the system. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** Offers a download link for the audio file. */
  @property({ type: Boolean }) download = false;
  /** Turns off remembering the position and speed in this browser. */
  @property({ type: Boolean, attribute: 'no-resume' }) noResume = false;
  /** The episode title, for the lock screen (the episode description's, when there is one). */
  @property({ attribute: 'episode-title' }) episodeTitle?: string;
  /** The show's name, for the lock screen (the episode description's, when there is one). */
  @property({ attribute: 'show-name' }) showName?: string;
}
