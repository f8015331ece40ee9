import { describeUrl } from '../core/describe-url.js';
import { message } from '../core/message.js';
import { loadModule } from '../lazy.js';
import type { ReadProgress, ReadRequest } from './read-source.js';
import type { LoadedData } from './usable-data.js';

/**
 * Reads a transcript or chapters file (`read-source.ts`) with the reader imported on first
 * use: the parsers are not part of the first bytes (the script-tag build loads
 * `transcript-player.reader.js` from beside the script). A long transcript's first lines
 * are handed to `progress` and painted before the whole file is read. Never throws but for
 * a cancel: a reader that cannot be loaded is reported as the file's failure.
 */
export async function readData(
  request: ReadRequest,
  signal: AbortSignal,
  progress?: Pick<ReadProgress, 'preview'>,
): Promise<LoadedData<unknown>> {
  let reader: Awaited<ReturnType<typeof loadModule<'reader'>>>;
  try {
    reader = await loadModule('reader');
  } catch (error) {
    // The reader's file did not load: a script-tag page that copied only the main script.
    const file = request.url !== undefined ? { file: describeUrl(request.url) } : {};
    const detail = error instanceof Error ? error.message : String(error);
    return { items: [], problems: [], error: message('load-failed', { resource: request.kind, ...file, detail }) };
  }
  return reader.readSource(request, signal, progress && { ...progress, afterPreview: painted });
}

/** After the next frame is painted (or a tenth of a second, in a page that paints none). */
const painted = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
