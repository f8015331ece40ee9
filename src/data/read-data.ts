import { loadModule } from '../lazy.js';
import type { ReadProgress, ReadRequest } from './read-source.js';
import type { LoadedData } from './usable-data.js';

/**
 * Reads a transcript or chapters file (`read-source.ts`) with the reader imported on first
 * use: the parsers are not part of the first bytes (the script-tag build loads
 * `transcript-player.reader.js` from beside the script). A long transcript's first lines
 * are handed to `progress` and painted before the whole file is read.
 */
export async function readData(
  request: ReadRequest,
  signal: AbortSignal,
  progress?: Pick<ReadProgress, 'preview'>,
): Promise<LoadedData<unknown>> {
  const { readSource } = await loadModule('reader');
  return readSource(request, signal, progress && { ...progress, afterPreview: painted });
}

/** After the next frame is painted (or a tenth of a second, in a page that paints none). */
const painted = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
