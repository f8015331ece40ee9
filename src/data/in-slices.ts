/** The longest a slice of reading holds the page before it gives way: half a frame at 60 Hz. */
const SLICE_MS = 8;

/**
 * Runs `steps` to its end, giving way to the page whenever a slice of steps has run
 * `SLICE_MS`: the next frame is painted, then the next slice runs. So a long read lets
 * the page paint and answer input at every frame. A hidden page paints no frames and is
 * not waited on. Rejects with the signal's reason once it is aborted.
 */
export async function inSlices<T>(steps: Generator<void, T>, signal: AbortSignal): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await (document.hidden ? Promise.resolve() : painted());
    signal.throwIfAborted();
    sliceStart = performance.now();
  }
}

/** After the next frame is painted (or a tenth of a second, in a page that paints none). */
export const painted = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
