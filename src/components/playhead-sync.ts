import { nextPlayheadChange, NOWHERE, playheadAt, timedEpisode, upcomingLine, type Playhead, type TimedEpisode } from '../core/playhead.js';

export interface PlayheadListener {
  /** The spoken line changed (the word with it). */
  onSegment(playhead: Playhead): void;
  /** Only the spoken word within the same line changed. */
  onWord(word: number): void;
  /** No line is spoken, and the one that comes next (the last, after the end) is now `line`. */
  onBetween(line: number): void;
  /** The current chapter changed (its picture with it, or not). */
  onChapter(playhead: Playhead): void;
  /** Only the picture changed (an artwork chapter inside a listed one). */
  onArtwork(playhead: Playhead): void;
}

/**
 * Keeps a playhead on the episode's timed data and says what changed when time moves
 * or the data does. Called whenever anything shown may change while playing, so it
 * compares and calls out only on change; what a change costs is the listener's.
 */
export class PlayheadSync {
  episode: TimedEpisode = timedEpisode([], []);
  playhead: Playhead = NOWHERE;
  time = 0;
  /** Between lines, the one that comes next; -1 while one is spoken. */
  private between = -1;

  constructor(private readonly listener: PlayheadListener) {}

  setEpisode(episode: TimedEpisode): void {
    this.episode = episode;
    this.moveTo(this.time);
  }

  /** When, playing on, the playhead next changes (`Infinity`: never). */
  nextChange(): number {
    return nextPlayheadChange(this.episode, this.time);
  }

  moveTo(time: number): void {
    this.time = time;
    const previous = this.playhead;
    const next = playheadAt(this.episode, time);
    this.playhead = next;
    if (next.segment !== previous.segment) this.listener.onSegment(next);
    else if (next.word !== previous.word) this.listener.onWord(next.word);
    // Looked up only between lines: while one is spoken, this costs nothing per frame.
    const between = next.segment < 0 ? upcomingLine(this.episode, time) : -1;
    if (between !== this.between) {
      this.between = between;
      if (between >= 0) this.listener.onBetween(between);
    }
    if (next.chapter !== previous.chapter) this.listener.onChapter(next);
    else if (next.artwork !== previous.artwork) this.listener.onArtwork(next);
  }
}
