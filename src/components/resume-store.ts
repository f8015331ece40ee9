import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isPlayableRate } from '../core/playback-rate.js';
import { isShowableTime } from '../core/time.js';

export interface ResumePoint {
  /** Seconds into the episode. */
  position: number;
  /** Playback rate, 1 for normal speed. */
  rate: number;
  /** `Date.now()` of the write, so old entries can be recognised. */
  savedAt: number;
  /** The transcript language the listener chose (its primary subtag; `''` for one not stated). */
  language?: string;
}

export interface ResumeOptions {
  /** Where entries live; defaults to `localStorage`, looked up on each use because even the lookup can throw. */
  storage?: () => Storage;
  /** The clock, in milliseconds. */
  now?: () => number;
}

export const STORAGE_PREFIX = 'transcript-player:';
/** Writes while playing, at most this often: `localStorage` is synchronous and shared by every tab. */
const WRITE_INTERVAL_MS = 5000;
/** Before this, the listener has hardly started: starting over is as good. */
const MIN_POSITION = 10;
/** This close to the end, the episode is finished: next time it starts from the beginning. */
const END_MARGIN = 15;

/**
 * Remembers where the listener was in an episode, at what speed and in which transcript
 * language, per episode key (the audio URL, say) in `localStorage`:
 * `transcript-player:<key>` → `{position, rate, savedAt, language?}`. An entry kept only for
 * its language has position 0 (never offered); entries without a language, written before
 * there was one, still read.
 * Storage can be missing or throw (Safari private mode, sandboxed iframes, full quota,
 * cookies blocked): then nothing is remembered and nothing breaks.
 */
export class ResumeStore implements ReactiveController {
  private pending: { position: number; rate: number; duration: number } | undefined;
  private lastWrite = -Infinity;
  /** The language chosen, once read: `null` before. */
  private chosen: string | undefined | null = null;
  private listening: AbortController | undefined;
  private readonly storage: () => Storage;
  private readonly now: () => number;

  constructor(
    host: ReactiveControllerHost | undefined,
    private readonly key: string,
    options: ResumeOptions = {},
  ) {
    this.storage = options.storage ?? (() => window.localStorage);
    this.now = options.now ?? (() => Date.now());
    host?.addController(this);
  }

  /** Writes what is pending when the page goes away: `pagehide` is the last event mobile browsers reliably fire. */
  hostConnected(): void {
    this.listening?.abort();
    this.listening = new AbortController();
    const { signal } = this.listening;
    window.addEventListener('pagehide', () => this.flush(), { signal });
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.flush(), { signal });
  }

  hostDisconnected(): void {
    this.flush();
    this.listening?.abort();
    this.listening = undefined;
  }

  /** Where to resume, or `undefined` (nothing saved, unreadable, or nothing worth resuming). */
  load(duration?: number): ResumePoint | undefined {
    const point = this.read();
    return point && worthKeeping(point.position, duration) ? point : undefined;
  }

  /** The current state, from every time update; written now if the last write is 5 s old, else later. */
  update(position: number, duration: number, rate: number): void {
    this.pending = { position, rate, duration };
    if (this.now() - this.lastWrite >= WRITE_INTERVAL_MS) this.flush();
  }

  /** Writes what is pending now: on pause, and when the page goes away. */
  flush(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    this.lastWrite = this.now();
    // Back at the start or at the end: an older position would now be wrong.
    const position = worthKeeping(pending.position, pending.duration) ? pending.position : 0;
    this.write({ position, rate: pending.rate, savedAt: this.lastWrite }, this.language());
  }

  /** The transcript language chosen for this episode, if one was (read once, then kept). */
  language(): string | undefined {
    if (this.chosen === null) this.chosen = this.read()?.language;
    return this.chosen;
  }

  /** Remembers the transcript language now, with the position saved (or none yet). */
  setLanguage(language: string): void {
    this.chosen = language;
    const saved = this.read();
    this.write({ position: saved?.position ?? 0, rate: saved?.rate ?? 1, savedAt: this.now() }, language);
  }

  /** Forgets the position in this episode (after `ended`, say); a chosen language stays. */
  clear(): void {
    this.pending = undefined;
    this.write({ position: 0, rate: 1, savedAt: this.now() }, this.language());
  }

  private read(): ResumePoint | undefined {
    return parse(this.attempt((storage) => storage.getItem(STORAGE_PREFIX + this.key)));
  }

  /** An entry with nothing worth keeping is removed, not written. */
  private write(point: Omit<ResumePoint, 'language'>, language: string | undefined): void {
    const storageKey = STORAGE_PREFIX + this.key;
    if (point.position === 0 && language === undefined) {
      this.attempt((storage) => storage.removeItem(storageKey));
      return;
    }
    const entry: ResumePoint = language === undefined ? point : { ...point, language };
    this.attempt((storage) => storage.setItem(storageKey, JSON.stringify(entry)));
  }

  private attempt<T>(use: (storage: Storage) => T): T | undefined {
    try {
      return use(this.storage());
    } catch {
      return undefined;
    }
  }
}

/** Whether `position` is worth coming back to in an episode of `duration` seconds (unknown: undefined or 0). */
export function worthKeeping(position: number, duration: number | undefined): boolean {
  if (!isShowableTime(position) || position < MIN_POSITION) return false;
  return !(duration !== undefined && duration > 0 && position > duration - END_MARGIN);
}

/** Entries are ours, but another version of the player, or a person, may have written them. */
function parse(text: string | null | undefined): ResumePoint | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { position, rate, savedAt, language } = value as Record<string, unknown>;
  // A position past any episode (1e308) would be offered as "Resume at 2.7e+304:58:56".
  if (typeof position !== 'number' || !isShowableTime(position)) return undefined;
  // A rate the media element refuses (1000, 0.0001) would make every play() throw; one
  // between 1/16 and 16 may well be the page's own choice, outside the menu's steps.
  const safeRate = isPlayableRate(rate) ? rate : 1;
  const point: ResumePoint = { position, rate: safeRate, savedAt: typeof savedAt === 'number' && Number.isFinite(savedAt) ? savedAt : 0 };
  if (typeof language === 'string' && /^[a-z]{0,8}$/i.test(language)) point.language = language.toLowerCase();
  return point;
}
