import { lastStartedBy } from './last-started.js';

/**
 * Answers "which cue is at time t" in O(log n) over cues sorted by start.
 * Built once per data load; queried every animation frame.
 */
export interface TimedRange {
  start: number;
  end: number;
}

export class CueIndex {
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;

  constructor(cues: readonly TimedRange[]) {
    // A plain loop: `Float64Array.from` with a mapping function goes through the iterator
    // protocol, several times slower on the 30,000 words of a long episode.
    const count = cues.length;
    this.starts = new Float64Array(count);
    this.ends = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      this.starts[i] = cues[i]!.start;
      this.ends[i] = cues[i]!.end;
    }
  }

  get size(): number {
    return this.starts.length;
  }

  /** The last cue that has started by `t`, or -1 before the first. Ignores ends. */
  lastStartedAt(t: number): number {
    const starts = this.starts;
    return lastStartedBy(starts.length, (i) => starts[i]!, t);
  }

  /**
   * The cue being spoken at `t`: the latest-starting cue with start ≤ t < end, or -1 in
   * a gap, before the first cue or after the last. Overlapping cues resolve to the one
   * that started last, as a listener expects the newest line to light up.
   */
  activeAt(t: number): number {
    const i = this.lastStartedAt(t);
    if (i < 0) return -1;
    if (t < this.ends[i]!) return i;
    // A zero-length cue at exactly t is shown for that instant rather than skipped.
    if (this.ends[i] === this.starts[i] && this.starts[i] === t) return i;
    return -1;
  }

  /**
   * The first time after `t` at which `activeAt` may answer differently: the next cue's
   * start, or the end of the cue playing at `t` (`t` itself for a zero-length cue shown at
   * that instant); `Infinity` when nothing changes any more.
   */
  nextChangeAfter(t: number): number {
    const i = this.lastStartedAt(t);
    const nextStart = i + 1 < this.starts.length ? this.starts[i + 1]! : Infinity;
    const end = i >= 0 && (this.ends[i]! > t || this.activeAt(t) === i) ? this.ends[i]! : Infinity;
    return Math.min(nextStart, end);
  }
}
