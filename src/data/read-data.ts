import { painted } from './in-slices.js';
import { readSource, type ReadProgress, type ReadRequest } from './read-source.js';
import type { LoadedData } from './usable-data.js';

/**
 * Reads a transcript or chapters file (`read-source.ts`). A long transcript's first lines
 * are handed to `progress` and painted before the whole file is read. Never throws but for
 * a cancel. The reader and the common formats' parsers are part of the script itself, not a
 * file loaded on use: nearly every player has a transcript or chapters file, and a file of
 * its own cost such a page more bytes (code it shares with the script, twice) and one more
 * request before its lines. Only the rare formats' parsers are loaded on use (`format-readers.ts`).
 */
export async function readData(
  request: ReadRequest,
  signal: AbortSignal,
  progress?: Pick<ReadProgress, 'preview'>,
): Promise<LoadedData<unknown>> {
  // The first lines are handed over only after the caller's task has returned and is pending:
  // a preview given inside the task's own call would be taken as the value of no read. A file
  // is fetched at once, though, while the player's first render runs: its lines come after
  // the fetch, which is always later.
  if (request.url === undefined) await Promise.resolve();
  return readSource(request, signal, progress && { ...progress, afterPreview: painted });
}
