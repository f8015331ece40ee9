import type { ChapterChangeDetail, PlayerErrorDetail, ReadyDetail, SegmentChangeDetail } from './events.js';

/** The events `<transcript-player>` dispatches, by name, as a listener receives them. */
export interface TranscriptPlayerEvents {
  timeupdate: Event;
  play: Event;
  pause: Event;
  ended: Event;
  durationchange: Event;
  segmentchange: CustomEvent<SegmentChangeDetail>;
  chapterchange: CustomEvent<ChapterChangeDetail>;
  ready: CustomEvent<ReadyDetail>;
  /** Not the `ErrorEvent` of `HTMLElementEventMap`: the player's own, with `detail`. */
  error: CustomEvent<PlayerErrorDetail>;
}

/**
 * Every event a listener on the player can name, as `HTMLMediaElementEventMap` is for
 * `<audio>`: the element's own, and the ones every element has (`click`, `keydown`, …).
 */
export interface TranscriptPlayerEventMap extends Omit<HTMLElementEventMap, keyof TranscriptPlayerEvents>, TranscriptPlayerEvents {}

// Merged into the class, so `player.addEventListener('error', (event) => event.detail)` is
// typed without the element's file spelling out DOM overloads.
declare module './transcript-player.js' {
  interface TranscriptPlayer {
    addEventListener<K extends keyof TranscriptPlayerEventMap>(
      type: K,
      listener: (this: TranscriptPlayer, event: TranscriptPlayerEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
    removeEventListener<K extends keyof TranscriptPlayerEventMap>(
      type: K,
      listener: (this: TranscriptPlayer, event: TranscriptPlayerEventMap[K]) => unknown,
      options?: boolean | EventListenerOptions,
    ): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  }
}

// The player's custom events that bubble, typed for a listener on any element that holds
// players (`main.addEventListener('chapterchange', …)` hears every player inside). `error`
// stays out: it does not bubble, and on other elements the name means `ErrorEvent`.
declare global {
  interface HTMLElementEventMap {
    segmentchange: CustomEvent<SegmentChangeDetail>;
    chapterchange: CustomEvent<ChapterChangeDetail>;
    ready: CustomEvent<ReadyDetail>;
  }
}
