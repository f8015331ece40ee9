/** Marks closer than this (in pixels) would blur into one: only the first of them is drawn. */
export const MIN_MARK_GAP = 4;

/**
 * The chapters to mark on a seek bar `width` pixels wide: every chapter start, except that
 * one closer than `gap` pixels to the last mark drawn is merged into it (the first of a
 * cluster is drawn). So there are never more marks than the bar has room for — a file of
 * 50,000 chapters gets at most `width / gap` marks, not 50,000 elements. `chapters` are in
 * time order; those outside the bar are left out. Without a length or a width, none.
 */
export function chaptersToMark<T extends { start: number }>(
  chapters: readonly T[],
  duration: number,
  width: number,
  gap = MIN_MARK_GAP,
): T[] {
  if (!(duration > 0) || !(width > 0) || !Number.isFinite(duration)) return [];
  const marked: T[] = [];
  let last = -Infinity;
  for (const chapter of chapters) {
    const x = (chapter.start / duration) * width;
    if (!(x >= 0 && x <= width) || x - last < gap) continue;
    marked.push(chapter);
    last = x;
  }
  return marked;
}
