// `podcast-transcript-player/react`: the player as a React component (React 17 to 19), made with
// @lit/react, which sets the element's properties (so objects such as `transcriptData`
// arrive intact) and turns the `on…` props into listeners for the element's own events.
// Importing this module defines the elements through the package entry (define() skips a
// name already taken), so it and `import 'podcast-transcript-player'` share one element.
import { createComponent } from '@lit/react';
import type { LitElement } from 'lit';
// The default import, which every bundler and Node give as React's CommonJS exports (a
// namespace import gets only `default` where a dev server converts CommonJS file by file).
import React from 'react';
import type { ForwardRefExoticComponent, HTMLAttributes, RefAttributes } from 'react';
import { TranscriptPlayer as TranscriptPlayerElement, type TranscriptPlayerEvents } from './index.js';

/**
 * The React prop for each event, named as React names the media element's own
 * (`onTimeUpdate`, `onPlay`, `onError`, …). The compiler asks for one per event the
 * player declares, and no more.
 */
const EVENT_PROPS = {
  timeupdate: 'onTimeUpdate',
  play: 'onPlay',
  pause: 'onPause',
  ended: 'onEnded',
  durationchange: 'onDurationChange',
  segmentchange: 'onSegmentChange',
  chapterchange: 'onChapterChange',
  ready: 'onReady',
  error: 'onError',
} as const satisfies Record<keyof TranscriptPlayerEvents, `on${string}`>;

type EventProps = typeof EVENT_PROPS;

/** `onSegmentChange={(event) => event.detail.segment}`: each event as its listener receives it. */
export type TranscriptPlayerEventProps = {
  [K in keyof EventProps as EventProps[K]]?: ((event: TranscriptPlayerEvents[K]) => void) | undefined;
};

/** Whether `T[K]` can be assigned: a getter without a setter is `readonly` to TypeScript. */
type IsWritable<T, K extends keyof T> =
  (<F>() => F extends { [Q in K]: T[K] } ? 1 : 2) extends <F>() => F extends { -readonly [Q in K]: T[K] } ? 1 : 2 ? true : false;

/**
 * The player's own properties a parent can set: public, writable and not methods (Lit's
 * and HTMLElement's own members are not the player's API). `currentTime` is left out: the
 * wrapper sets every property on every render, so a `currentTime` prop would seek back on
 * each one (React's `<video>` has no such prop either); call `seek()` on a ref instead.
 */
export type TranscriptPlayerProperties = {
  [
    K in Exclude<keyof TranscriptPlayerElement, keyof LitElement | 'currentTime'> as IsWritable<TranscriptPlayerElement, K> extends true
      ? TranscriptPlayerElement[K] extends (...args: never[]) => unknown
        ? never
        : K
      : never
  ]?: TranscriptPlayerElement[K] | undefined;
};

/** Every prop `<TranscriptPlayer>` takes: the player's properties and events, and the HTML attributes every element has. */
export type TranscriptPlayerProps = Omit<
  HTMLAttributes<TranscriptPlayerElement>,
  keyof TranscriptPlayerProperties | keyof TranscriptPlayerEventProps
> &
  TranscriptPlayerProperties &
  TranscriptPlayerEventProps;

const events = Object.fromEntries(Object.entries(EVENT_PROPS).map(([event, prop]) => [prop, event]));

/**
 * `<transcript-player>` as a React component: `<TranscriptPlayer src="/ep12.mp3"
 * transcriptData={data} onChapterChange={(event) => …} ref={player} />`; the ref is the
 * element, with `play()`, `pause()` and `seek()`.
 */
// The cast gives the component the props above instead of @lit/react's generic ones,
// which would also offer read-only properties (setting one throws) and methods.
export const TranscriptPlayer = /* @__PURE__ */ createComponent({
  tagName: 'transcript-player',
  elementClass: TranscriptPlayerElement,
  react: React,
  events,
  displayName: 'TranscriptPlayer',
}) as unknown as ForwardRefExoticComponent<TranscriptPlayerProps & RefAttributes<TranscriptPlayerElement>>;

export type { TranscriptPlayerElement };
