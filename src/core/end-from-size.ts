/**
 * Where a file ends, guessed from how far its first lines go in the first `read` bytes (or
 * characters) of its `total`: transcripts are about as dense all through. The lines came from
 * at most that much (the one cut off is left out), so the guess errs short. Undefined when
 * the lines reach no time, or the sizes say nothing.
 */
export function endFromSize(
  lines: readonly { start: number; end?: number | undefined }[],
  read: number,
  total: number,
): number | undefined {
  const last = lines.at(-1);
  const reached = last ? Math.max(last.start, last.end ?? last.start) : 0;
  const usable = reached > 0 && Number.isFinite(reached) && read > 0 && Number.isFinite(total) && total >= read;
  // Never short of where the lines already go (a whole as large as the part may round below it).
  const guess = usable ? Math.max(reached, (reached * total) / read) : undefined;
  return guess !== undefined && Number.isFinite(guess) ? guess : undefined;
}
