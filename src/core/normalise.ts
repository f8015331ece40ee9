import type { Chapter, RawChapter, RawSegment, Segment, Word } from './model.js';

const knownDuration = (duration?: number) => (duration !== undefined && Number.isFinite(duration) && duration > 0 ? duration : undefined);
const clampTo = (time: number, limit: number | undefined) => (limit === undefined ? time : Math.min(time, limit));
const byStart = <T extends { start: number }>(items: T[]) =>
  items.filter((item) => Number.isFinite(item.start) && item.start >= 0).sort((a, b) => a.start - b.start);

/**
 * Segments in time order (stable: ties keep file order) with every end set. A segment ends
 * at its own end when that is after its start, else where the next later segment starts,
 * else at the duration, else never (`Infinity`). Overlapping segments are all kept: the
 * WebVTT spec's own example has two people talking at once. With a known duration, times
 * are clamped to it; a segment starting past the end is kept, at the end, with zero length.
 * Words that need no change are shared with `raw`, not copied: treat both as read-only.
 */
export function normaliseSegments(raw: RawSegment[], duration?: number): Segment[] {
  const limit = knownDuration(duration);
  const clamp = (time: number) => clampTo(time, limit);
  const sorted = byStart(raw);
  let nextIndex = 0;
  return sorted.map((segment, i) => {
    // The next distinct start only moves forward, so the whole pass stays linear.
    if (nextIndex <= i) nextIndex = i + 1;
    while (nextIndex < sorted.length && sorted[nextIndex]!.start <= segment.start) nextIndex++;
    const next = sorted[nextIndex]?.start;
    const own = segment.end !== undefined && Number.isFinite(segment.end) && segment.end > segment.start ? segment.end : undefined;
    const start = clamp(segment.start);
    const end = Math.max(start, clamp(own ?? next ?? limit ?? Number.POSITIVE_INFINITY));
    const result: Segment = { ...segment, start, end };
    if (segment.words) result.words = clampWords(segment.words, limit);
    return result;
  });
}

/**
 * Words with their times clamped to the duration and no end before its start. Copying every
 * word was most of the cost of normalising a word-level file (and it runs again once the
 * duration is known), yet nearly no word changes: an unchanged word is kept, and so is the
 * whole array when none in it changes.
 */
function clampWords(words: Word[], limit: number | undefined): Word[] {
  for (const word of words) {
    if (clampWord(word, limit) !== word) return words.map((each) => clampWord(each, limit));
  }
  return words;
}

/** `Object.is`, so that even a `-0` is kept only where the copy would have it too. */
function clampWord(word: Word, limit: number | undefined): Word {
  const start = clampTo(word.start, limit);
  const end = Math.max(start, clampTo(word.end, limit));
  return Object.is(start, word.start) && Object.is(end, word.end) ? word : { ...word, start, end };
}

/**
 * Chapters in time order (stable), with every end set (SPEC §10 rules 8, 13–15). The end is
 * the chapter's own `end` when it lies after its start and not past the next chapter of the
 * same kind (listed or `toc: false`), else that next chapter's start, else the duration,
 * else `Infinity`; then clamped to the duration. Chapters left with no length (two at the
 * same time, or starting at or past the end of the audio) are dropped: only the last of a
 * tie can ever be current. `toc: false` chapters are kept; the views leave them out of lists.
 */
export function normaliseChapters(raw: RawChapter[], duration?: number): Chapter[] {
  const limit = knownDuration(duration);
  const sorted = byStart(raw);
  // The next start of the same kind, found walking back once: a file of 50,000 chapters
  // took seconds when each chapter searched the rest for its next one.
  const nextOfKind = new Array<number | undefined>(sorted.length);
  const next = { listed: undefined as number | undefined, hidden: undefined as number | undefined };
  for (let i = sorted.length - 1; i >= 0; i--) {
    const chapter = sorted[i]!;
    const kind = chapter.toc ? 'listed' : 'hidden';
    nextOfKind[i] = next[kind];
    next[kind] = chapter.start;
  }
  const chapters: Chapter[] = [];
  sorted.forEach((chapter, i) => {
    const next = nextOfKind[i];
    const own = chapter.end;
    const fits = own !== undefined && Number.isFinite(own) && own > chapter.start && (next === undefined || own <= next);
    let end = fits ? own : (next ?? limit ?? Number.POSITIVE_INFINITY);
    if (limit !== undefined) end = Math.min(end, limit);
    if (end > chapter.start) chapters.push({ ...chapter, end });
  });
  return chapters;
}
