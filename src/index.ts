import { ChapterList } from './components/chapter-list.js';
import { SeekBar } from './components/seek-bar.js';
import { ShowNotes } from './components/show-notes.js';
import { TranscriptPlayer } from './components/transcript-player.js';
import { TranscriptView } from './components/transcript-view/transcript-view.js';
import { define } from './define.js';

define('tp-seek-bar', SeekBar);
define('tp-chapter-list', ChapterList);
define('tp-transcript-view', TranscriptView);
define('tp-show-notes', ShowNotes);
define('transcript-player', TranscriptPlayer);

export { TranscriptPlayer, SeekBar, ChapterList, TranscriptView, ShowNotes };
export type { Chapter, Segment, Word } from './core/model.js';
export type { Message, MessageCode, MessageParams, Problem } from './core/message.js';
export type { DescribedProblem } from './i18n/english.js';
export type { Sentence, Sentences, Strings } from './i18n/strings.js';
export { describeMessage, describeProblem } from './i18n/describe.js';
export type { Language } from './i18n/pick-language.js';
export { loadStrings, type TranslationOverrides } from './i18n/translations.js';
export type { ChapterChangeDetail, PlayerErrorDetail, ReadyDetail, SegmentChangeDetail, ErrorSource } from './components/events.js';
export type { TranscriptPlayerEventMap, TranscriptPlayerEvents } from './components/transcript-player-events.js';
export { parseTranscript, parseChapters } from './core/formats/index.js';

declare global {
  interface HTMLElementTagNameMap {
    'transcript-player': TranscriptPlayer;
  }
}
