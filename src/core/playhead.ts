import { ChapterIndex } from './chapter-index.js';
import { CueIndex } from './cue-index.js';
import type { Chapter, Segment } from './model.js';
import { isShowableTime } from './time.js';
import { wordAt } from './word-at.js';

/** What is playing at one moment: indexes into the episode's lines, the spoken line's words, and the listed chapters. */
export interface Playhead {
  /** The spoken line, -1 between lines (and always for an untimed transcript). */
  segment: number;
  /** The spoken word within that line, -1 when it has no word times or none has started. */
  word: number;
  /** The current listed chapter, -1 outside every chapter. */
  chapter: number;
  /** The picture to show: the playing chapter's (listed or not), if any. */
  artwork: string | undefined;
}

export const NOWHERE: Playhead = Object.freeze({ segment: -1, word: -1, chapter: -1, artwork: undefined });

/** An episode's timed data with the indexes a playhead needs, built once per load. */
export interface TimedEpisode {
  readonly segments: readonly Segment[];
  readonly lines: CueIndex;
  readonly chapters: ChapterIndex;
  /** The transcript has no times (plain text): no line is ever the spoken one. */
  readonly untimed: boolean;
}

/** `kept`: indexes built before for the same lines or chapters (the chapters arrived after the lines, say). */
export function timedEpisode(
  segments: readonly Segment[],
  chapters: readonly Chapter[],
  untimed = false,
  kept: Partial<Pick<TimedEpisode, 'lines' | 'chapters'>> = {},
): TimedEpisode {
  return {
    segments,
    lines: kept.lines ?? new CueIndex(untimed ? [] : segments),
    chapters: kept.chapters ?? new ChapterIndex(chapters),
    untimed,
  };
}

/** Where the episode is at `t` seconds: O(log n) in lines, words and chapters. */
export function playheadAt(episode: TimedEpisode, t: number): Playhead {
  const segment = episode.lines.activeAt(t);
  const words = episode.segments[segment]?.words;
  return {
    segment,
    word: words ? wordAt(words, t) : -1,
    chapter: episode.chapters.currentAt(t),
    artwork: episode.chapters.imageAt(t),
  };
}

/**
 * Where a reader following along belongs when no line is spoken at `t` (a pause between
 * two lines, music before the first): the line that comes next, or the last one after the
 * end. -1 when no line is timed (none at all, or a plain-text transcript).
 */
export function upcomingLine(episode: TimedEpisode, t: number): number {
  const count = episode.lines.size;
  return count === 0 ? -1 : Math.min(episode.lines.lastStartedAt(t) + 1, count - 1);
}

/**
 * The first time after `t` at which `playheadAt` may answer differently (a word, line or
 * chapter starts or ends), `Infinity` when nothing changes any more: a player playing on
 * from `t` has nothing new to show before then.
 */
export function nextPlayheadChange(episode: TimedEpisode, t: number): number {
  const segment = episode.lines.activeAt(t);
  const words = episode.segments[segment]?.words;
  const nextWord = words ? (words[wordAt(words, t) + 1]?.start ?? Infinity) : Infinity;
  return Math.min(episode.lines.nextChangeAfter(t), nextWord, episode.chapters.nextChangeAfter(t));
}

export function samePlayhead(a: Playhead, b: Playhead): boolean {
  return a.segment === b.segment && a.word === b.word && a.chapter === b.chapter && a.artwork === b.artwork;
}

/** How long the episode's data says it is (the end of the last line or chapter), for before the audio's length is known; 0 when nothing says. */
export function dataLength({ segments, chapters }: TimedEpisode): number {
  const lastSegment = segments.at(-1);
  const lastChapter = chapters.listed.at(-1);
  const ends = [lastSegment?.end, lastSegment?.start, lastChapter?.end, lastChapter?.start].filter(
    (value): value is number => value !== undefined && isShowableTime(value),
  );
  return ends.length ? Math.max(...ends) : 0;
}
