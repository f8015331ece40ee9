import type { Chapter, Segment } from './model.js';

/**
 * Line index → the chapter whose heading goes before that line: the first line that starts
 * at or after the chapter (a millisecond early counts as at). Two chapters before the same
 * line give it the first one's heading; a chapter after the last line gets none.
 */
export function headingsByLine(segments: readonly Pick<Segment, 'start'>[], chapters: readonly Chapter[]): Map<number, Chapter> {
  const headings = new Map<number, Chapter>();
  let line = 0;
  for (const chapter of chapters) {
    while (line < segments.length && segments[line]!.start < chapter.start - 0.001) line++;
    if (line < segments.length && !headings.has(line)) headings.set(line, chapter);
  }
  return headings;
}
