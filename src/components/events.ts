import type { MessageCode } from '../core/message.js';
import type { Chapter, Segment } from '../core/model.js';

/** Where an `error` came from. */
export type ErrorSource = 'audio' | 'transcript' | 'chapters' | 'episode';

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

/** Request events from the parts to the player (intent flows up, state flows down). */
export interface SeekRequestDetail {
  time: number;
  /** Start playing after the seek, as a click on a line or chapter does. */
  play: boolean;
}

export const SEEK_REQUEST = 'tp-seek-request';

/** The reader asks for a link to the lines they selected. */
export interface QuoteRequestDetail {
  start: number;
  end: number;
}

export const QUOTE_REQUEST = 'tp-quote-request';

export function emit<T>(target: EventTarget, type: string, detail?: T): void {
  // `error` does not bubble, like the media element's own: a bubbling `error` reaches
  // `window.onerror`, where pages' error trackers would report it as a crash.
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: type !== 'error', composed: true }));
}

/**
 * The requests the parts send up to the player. They stay off the global
 * `HTMLElementEventMap` (where every `div` would see them); these helpers type them instead.
 */
export interface RequestEventMap {
  [SEEK_REQUEST]: CustomEvent<SeekRequestDetail>;
  [QUOTE_REQUEST]: CustomEvent<QuoteRequestDetail>;
}

export function addRequestListener<K extends keyof RequestEventMap>(
  target: EventTarget,
  type: K,
  listener: (event: RequestEventMap[K]) => void,
): void {
  // The map above is what `type` dispatches (see `emit` calls with these names).
  target.addEventListener(type, listener as EventListener);
}

export function removeRequestListener<K extends keyof RequestEventMap>(
  target: EventTarget,
  type: K,
  listener: (event: RequestEventMap[K]) => void,
): void {
  target.removeEventListener(type, listener as EventListener);
}
