import { REQUEST } from './events.js';

/**
 * Everything a listener can ask of a player, whatever they used to ask: an on-screen
 * button, a key, the lock screen, a deep link, a time in the show notes, a line or a
 * chapter. Every input dispatches one of these, and `requestMap` alone turns it into an
 * action, so the lock screen and the buttons cannot drift apart.
 */
export type PlayerRequest =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'toggle-play' }
  /** `play`: start playing from there (a click on a line, chapter or note time). */
  | { type: 'seek-to'; time: number; play?: boolean }
  /** Negative to go back. */
  | { type: 'skip-by'; seconds: number }
  | { type: 'set-rate'; rate: number }
  /** To the next slower (-1) or faster (+1) of the offered speeds. */
  | { type: 'speed-step'; direction: -1 | 1 }
  /** Previous (-1) or next (+1) listed chapter. */
  | { type: 'chapter-step'; direction: -1 | 1 }
  | { type: 'toggle-mute' }
  /** A link to this moment (no `start`), or to a quote from `start` to `end`. */
  | { type: 'share'; start?: number; end?: number }
  /** The transcript in another language: its primary subtag (`de`), `''` for one not stated. */
  | { type: 'transcript-language'; language: string };

export type RequestType = PlayerRequest['type'];

/** What requests act on: the player's primitives, no more. */
export interface RequestTarget {
  readonly currentTime: number;
  readonly paused: boolean;
  readonly playbackRate: number;
  play(): void;
  pause(): void;
  seek(seconds: number): void;
  setRate(rate: number): void;
  /** The speeds offered, slowest first. */
  readonly speeds: readonly number[];
  toggleMute(): void;
  /** Starts of the listed chapters, and the index of the current one (-1 outside). */
  readonly chapterStarts: readonly number[];
  readonly currentChapter: number;
  share(start?: number, end?: number): void;
  /** Shows the episode's transcript in this language (and remembers the choice). */
  setTranscriptLanguage(language: string): void;
  /** The listener moved the position themselves: the transcript follows from there, and a chapter reached is announced. */
  listenerMoved(): void;
}

/** "Previous chapter" within this many seconds of a chapter's start goes to the one before, as music players do. */
const RESTART_WINDOW = 3;

type Handlers = { [T in RequestType]: (target: RequestTarget, request: Extract<PlayerRequest, { type: T }>) => void };

export const requestMap: Handlers = {
  play: (target) => target.play(),
  pause: (target) => target.pause(),
  'toggle-play': (target) => (target.paused ? target.play() : target.pause()),
  'seek-to': (target, { time, play }) => {
    target.listenerMoved();
    target.seek(time);
    if (play && target.paused) target.play();
  },
  'skip-by': (target, { seconds }) => target.seek(target.currentTime + seconds),
  'set-rate': (target, { rate }) => target.setRate(rate),
  'speed-step': (target, { direction }) => target.setRate(nextSpeed(target.speeds, target.playbackRate, direction)),
  'chapter-step': (target, { direction }) => {
    const starts = target.chapterStarts;
    const current = target.currentChapter;
    if (starts.length === 0) return;
    let index = current + direction;
    if (direction < 0 && current >= 0 && target.currentTime - starts[current]! > RESTART_WINDOW) index = current;
    target.listenerMoved();
    target.seek(starts[Math.max(0, Math.min(starts.length - 1, index))]!);
  },
  'toggle-mute': (target) => target.toggleMute(),
  share: (target, { start, end }) => target.share(start, end),
  'transcript-language': (target, { language }) => target.setTranscriptLanguage(language),
};

export function handleRequest(target: RequestTarget, request: PlayerRequest): void {
  (requestMap[request.type] as (target: RequestTarget, request: PlayerRequest) => void)(target, request);
}

/** The offered speed one step slower or faster than `rate` (a rate between two steps goes to the nearer one in that direction). */
export function nextSpeed(speeds: readonly number[], rate: number, direction: -1 | 1): number {
  const at = speeds.findIndex((speed) => speed >= rate);
  const from = at < 0 ? speeds.length - 1 : at;
  return speeds[Math.max(0, Math.min(speeds.length - 1, from + direction))] ?? rate;
}

/** How a part asks its player: one event type, the request as its detail; the player stops it there. */
export function dispatchRequest(from: EventTarget, request: PlayerRequest): void {
  from.dispatchEvent(new CustomEvent<PlayerRequest>(REQUEST, { detail: request, bubbles: true, composed: true }));
}
