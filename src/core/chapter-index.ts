import type { Chapter } from './model.js';
import { CueIndex } from './cue-index.js';

/**
 * Chapters as listed (table of contents only) and the lookups the player needs.
 * `toc: false` chapters are metadata, typically artwork changes: they are neither listed
 * nor current, but their images count for what picture to show.
 */
export class ChapterIndex {
  readonly listed: readonly Chapter[];
  private readonly index: CueIndex;
  private readonly illustrated: readonly Chapter[];
  private readonly imageIndex: CueIndex;

  constructor(chapters: readonly Chapter[]) {
    this.listed = chapters.filter((chapter) => chapter.toc);
    this.index = new CueIndex(this.listed);
    this.illustrated = chapters.filter((chapter) => chapter.image);
    this.imageIndex = new CueIndex(this.illustrated);
  }

  /** Index into `listed` of the chapter playing at `t`, or -1 in a gap or before the first. */
  currentAt(t: number): number {
    return this.index.activeAt(t);
  }

  /**
   * The image of the latest-starting chapter (listed or not) playing at `t`. An artwork
   * chapter often sits inside a longer one, whose picture returns when it ends, so this
   * walks back past chapters that have ended (a few at most: they nest, not pile up).
   */
  imageAt(t: number): string | undefined {
    return this.illustrated[this.imageChapterAt(t)]?.image;
  }

  /**
   * The first time after `t` at which `currentAt` or `imageAt` may answer differently:
   * a chapter starts, or the one playing (or the one whose picture shows) ends.
   */
  nextChangeAfter(t: number): number {
    const image = this.illustrated[this.imageChapterAt(t)];
    const started = this.imageIndex.lastStartedAt(t);
    const nextImage = this.illustrated[started + 1]?.start ?? Infinity;
    return Math.min(this.index.nextChangeAfter(t), nextImage, image ? image.end : Infinity);
  }

  /** Index into `illustrated` of the chapter whose picture shows at `t`, -1 for none. */
  private imageChapterAt(t: number): number {
    for (let i = this.imageIndex.lastStartedAt(t); i >= 0; i--) {
      if (t < this.illustrated[i]!.end) return i;
    }
    return -1;
  }
}
