/**
 * The one binary search behind every "what is playing at t" question: the index of the
 * last item whose start is ≤ t in items sorted by start, or -1 before the first. Lines,
 * words and chapters all ask it; `startOf` reads an item's start without copying.
 */
export function lastStartedBy(count: number, startOf: (index: number) => number, t: number): number {
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (startOf(mid) <= t) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
