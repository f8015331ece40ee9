import type { Chapter } from './model.js';
import { CueIndex } from './cue-index.js';

/**
 * Chapters as listed (table of contents only) and the lookup of the current one.
 * `toc: false` chapters are metadata for artwork, so they are neither listed nor current.
 */
export class ChapterIndex {
  readonly listed: readonly Chapter[];
  private readonly index: CueIndex;

  constructor(chapters: readonly Chapter[]) {
    this.listed = chapters.filter((chapter) => chapter.toc);
    this.index = new CueIndex(this.listed);
  }

  /** Index into `listed` of the chapter playing at `t`, or -1 in a gap or before the first. */
  currentAt(t: number): number {
    return this.index.activeAt(t);
  }
}
