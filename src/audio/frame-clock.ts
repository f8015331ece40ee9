/** How far time is carried forward between the media element's own updates. */
const MAX_CARRY_SECONDS = 0.25;
/** A wake a little after the moment asked for, so the time read then is past it. */
const LATE_MS = 2;
/** The longest sleep: a media clock that drifts from the page's is read again at least this often. */
const MAX_SLEEP_MS = 1000;

/** What the clock reads: the media's position and speed. */
export interface MediaClock {
  /** Seconds, as the media element reports them. */
  time(): number;
  /** The playback rate: media seconds per second of the page's clock. */
  rate(): number;
}

/**
 * Tells its listener the media time while playing, but only when the listener has
 * something new to show: `tick(seconds)` returns the media time of its next change (the
 * next word, line or chapter, the next second shown, the seek thumb's next pixel, …), and
 * the clock sleeps until then, on a timer set from the playback rate. So a player whose
 * picture changes three times a second wakes three times a second, not at every frame.
 * Nothing runs while stopped (paused) or while the page is hidden.
 *
 * Media elements update `currentTime` in steps (Firefox about every 40 ms, others less
 * often under load); between steps the time is carried forward by the page's clock,
 * capped, so a change is shown when it happens rather than at the element's next step.
 */
export class FrameClock {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private lastRaw = -1;
  private lastRawAt = 0;
  private visibility: AbortController | undefined;

  constructor(
    private readonly clock: MediaClock,
    /** Shows the time; returns the media time of its next change (`Infinity`: none). */
    private readonly tick: (seconds: number) => number,
  ) {}

  get active(): boolean {
    return this.running;
  }

  start(): void {
    this.running = true;
    if (!this.visibility && typeof document !== 'undefined') {
      this.visibility = new AbortController();
      document.addEventListener('visibilitychange', () => this.now(), { signal: this.visibility.signal });
    }
    this.now();
  }

  stop(): void {
    this.running = false;
    this.sleep();
    this.visibility?.abort();
    this.visibility = undefined;
  }

  /** Reads and shows the time now (after a seek or a change of speed), then sleeps until the next change. */
  now(): void {
    this.sleep();
    if (this.running) this.wake();
  }

  private sleep(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly wake = (): void => {
    this.timer = undefined;
    // A hidden page shows nothing: the clock wakes again when it is visible.
    if (!this.running || (typeof document !== 'undefined' && document.hidden)) return;
    const now = performance.now();
    const raw = this.clock.time();
    const rate = this.clock.rate();
    let seconds = raw;
    if (raw !== this.lastRaw) {
      this.lastRaw = raw;
      this.lastRawAt = now;
    } else {
      seconds = raw + Math.min(((now - this.lastRawAt) / 1000) * rate, MAX_CARRY_SECONDS);
    }
    const next = this.tick(seconds);
    if (!this.running) return; // the tick paused playback (the end of a linked range)
    const wait = rate > 0 ? ((next - seconds) / rate) * 1000 : Infinity;
    this.timer = setTimeout(this.wake, Math.min(Math.max(wait, 0) + LATE_MS, MAX_SLEEP_MS));
  };
}
