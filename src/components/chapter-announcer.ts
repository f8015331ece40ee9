import type { Chapter } from '../core/model.js';
import type { Strings } from '../i18n/en.js';

/** A chapter reached within this long of the listener's own move is theirs. */
const OWN_MOVE_MS = 2000;

/**
 * What a screen reader is told when the chapter changes: only a chapter the listener
 * reached by their own action (a click, a key, a chapter step), never one that playback
 * runs into, which would talk over the episode.
 */
export class ChapterAnnouncer {
  text = '';
  private movedAt = -Infinity;

  listenerMoved(): void {
    this.movedAt = performance.now();
  }

  /** A new current chapter; true when that changed what is said. */
  reached(chapter: Chapter | undefined, index: number, strings: Strings): boolean {
    if (!chapter || performance.now() - this.movedAt >= OWN_MOVE_MS) return false;
    this.text = strings.chapterAnnouncement(chapter.title || strings.chapterFallback(index + 1));
    return true;
  }
}
