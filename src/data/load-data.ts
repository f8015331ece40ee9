import { readChapters, readTranscript } from '../core/formats/index.js';
import type { ChaptersFormat, TranscriptFormat } from '../core/model.js';
import { type DataKind, type Item, type LoadedData } from './usable-data.js';
import { fetchFile, fileRef, isFetched, textWith, valueWith, type Format, type ReadText } from './read-with.js';

export type { DataKind, LoadedData } from './usable-data.js';

/**
 * Transcripts and chapters read with every format's parser at once, for programs (the
 * command line). The player reads through `read-source.ts`, which loads the parsers of
 * the rare formats when a file needs them.
 */
const readAnyFormat = ((kind, text, options) =>
  kind === 'transcript'
    ? readTranscript(text, options as { format?: TranscriptFormat })
    : readChapters(text, options as { format?: ChaptersFormat })) as ReadText;

/** Data set as a JS property, read as `valueWith` says, in any format. */
export function dataFromValue<K extends DataKind>(kind: K, value: unknown, format?: Format<K>, baseUrl?: string): LoadedData<Item<K>> {
  return valueWith(readAnyFormat, kind, value, format, baseUrl) as LoadedData<Item<K>>;
}

export async function dataFromUrl<K extends DataKind>(
  kind: K,
  url: string,
  format: Format<K> | undefined,
  signal: AbortSignal,
): Promise<LoadedData<Item<K>>> {
  const file = await fetchFile(kind, url, signal);
  if (!isFetched(file)) return file;
  return textWith(readAnyFormat, kind, file.text, fileRef(kind, url), {
    url: file.url,
    contentType: file.contentType,
    format,
  }) as LoadedData<Item<K>>;
}
