import type { ReactiveControllerHost } from 'lit';
import type { Chapter, Segment } from '../core/model.js';
import type { Playhead } from '../core/playhead.js';
import type { ChapterAnnouncer } from './chapter-announcer.js';
import type { DeepLinkController } from './deep-link-controller.js';
import { emit, EVENTS } from './events.js';
import type { ListeningSession } from './listening-session.js';
import type { LocalizationController } from './localization-controller.js';
import type { PlaybackController } from './playback-controller.js';
import { PlayheadSync } from './playhead-sync.js';
import type { ResumeOffer } from './resume-offer.js';
import type { SeekBar } from './seek-bar.js';
import type { TranscriptView } from './transcript-view/transcript-view.js';

/** What the follower reads of its player, and where it says what changed. */
export interface FollowedPlayer extends ReactiveControllerHost, HTMLElement {
  readonly duration: number;
  readonly playbackRate: number;
  readonly segments: readonly Segment[];
  readonly chapterList: readonly Chapter[];
}

/** The parts that follow the position with it. */
export interface FollowingParts {
  playback: PlaybackController;
  deepLink: DeepLinkController;
  resume: ResumeOffer;
  announcer: ChapterAnnouncer;
  session: Pick<ListeningSession, 'chapterChanged'>;
  l10n: LocalizationController;
  /** The parts drawn per frame; null before the first render. */
  seekBar(): SeekBar | null;
  transcriptView(): TranscriptView | null;
}

/**
 * Everything that moves with the position, from one place: the playhead (`segmentchange`,
 * `chapterchange`, the spoken word, a chapter announced, the lock screen), the seek bar's
 * thumb, the end of a linked range, the resume point, and the displayed second. And when,
 * playing on, any of them next changes, so that the frame clock sleeps until then.
 */
export class PositionFollower {
  readonly playhead = new PlayheadSync({
    onSegment: ({ segment, word }) => {
      // Line and word together, as `onWord` sets the word: the view's template binding would
      // skip a word index equal to the one it last set (0, at the start of most lines),
      // though the view's word has moved on since, and the new line's word went unmarked.
      const view = this.parts.transcriptView();
      if (view) {
        view.activeIndex = segment;
        view.activeWord = word;
      }
      emit(this.player, EVENTS.segmentchange, { index: segment, segment: this.player.segments[segment] });
      this.player.requestUpdate();
    },
    onWord: (word) => {
      const view = this.parts.transcriptView();
      if (view) view.activeWord = word;
    },
    // A seek into a pause between lines (a chapter starting before its first words, music
    // before the first line): the transcript goes there too, to the line that comes next.
    onBetween: (line) => this.parts.transcriptView()?.showBetween(line),
    onChapter: (playhead) => this.chapterReached(playhead),
    onArtwork: () => this.player.requestUpdate(),
  });

  constructor(
    private readonly player: FollowedPlayer,
    private readonly parts: FollowingParts,
  ) {}

  /** The audio's position, on every frame that shows something new and on every seek. */
  moveTo(seconds: number): void {
    const { deepLink, playback, resume } = this.parts;
    const seekBar = this.parts.seekBar();
    deepLink.timeUpdate(seconds);
    if (playback.playing) resume.playing(seconds, this.player.duration, this.player.playbackRate);
    if (Math.floor(seconds) !== Math.floor(this.playhead.time)) this.player.requestUpdate();
    this.playhead.moveTo(seconds);
    if (seekBar) seekBar.currentTime = seconds;
  }

  /** When, playing on from `seconds`, the player next shows something new: a word, line or chapter, a second, a pixel of the seek bar. */
  nextChange(seconds: number): number {
    const { deepLink } = this.parts;
    const seekBar = this.parts.seekBar();
    const nextSecond = Math.floor(seconds) + 1;
    return Math.min(this.playhead.nextChange(), nextSecond, seekBar?.nextChange(seconds) ?? Infinity, deepLink.nextChange());
  }

  private chapterReached({ chapter }: Playhead): void {
    const { announcer, l10n, session } = this.parts;
    const reached = this.player.chapterList[chapter];
    emit(this.player, EVENTS.chapterchange, { index: chapter, chapter: reached });
    announcer.reached(reached, chapter, l10n.strings);
    session.chapterChanged();
    this.player.requestUpdate();
  }
}
