import type { MessageCode } from '../core/message.js';
import type { Chapter, Segment } from '../core/model.js';

/**
 * Every event name, spelled once. Public events are fired on the player element
 * (`bubbles` and `composed`, except `error`); internal ones carry requests from the
 * parts up to their player, which stops them there.
 */
export const EVENTS = {
  timeupdate: 'timeupdate',
  play: 'play',
  pause: 'pause',
  ended: 'ended',
  durationchange: 'durationchange',
  segmentchange: 'segmentchange',
  chapterchange: 'chapterchange',
  ready: 'ready',
  error: 'error',
} as const;

/** A part asks its player for something (`src/components/requests.ts`). */
export const REQUEST = 'tp-request';

/** Where an `error` came from. */
export type ErrorSource = 'audio' | 'transcript' | 'chapters' | 'episode' | 'feed';

export interface SegmentChangeDetail {
  /** Index into the player's `segments`, or -1 between lines. */
  index: number;
  segment: Segment | undefined;
}

export interface ChapterChangeDetail {
  /** Index into the listed chapters (`toc` ones), or -1 outside any chapter. */
  index: number;
  chapter: Chapter | undefined;
}

export interface ReadyDetail {
  segments: number;
  chapters: number;
}

export interface PlayerErrorDetail {
  source: ErrorSource;
  /** What went wrong, as a sentence in the player's language (as the widget shows it). */
  message: string;
  /** Which message it is (`fetch-http`, `file-unusable`, …), for programs: the same in every language. */
  code: MessageCode;
}

export function emit<T>(target: EventTarget, type: string, detail?: T): void {
  // `error` does not bubble, like the media element's own: a bubbling `error` reaches
  // `window.onerror`, where pages' error trackers would report it as a crash.
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: type !== EVENTS.error, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    segmentchange: CustomEvent<SegmentChangeDetail>;
    chapterchange: CustomEvent<ChapterChangeDetail>;
    ready: CustomEvent<ReadyDetail>;
  }
}
