import { isBytes, type Bytes } from '../core/decode-text.js';
import { describeUrl } from '../core/describe-url.js';
import { readChapters, readTranscript } from '../core/formats/index.js';
import type { FileRef } from '../core/message.js';
import type { ChaptersFormat, ParseResult, TranscriptFormat } from '../core/model.js';
import { fetchText, FetchError } from './fetch-text.js';
import { dataFromModel, unreadable, usable, type DataKind, type Item, type LoadedData } from './usable-data.js';

export type { DataKind, LoadedData } from './usable-data.js';

type Format<K extends DataKind> = K extends 'transcript' ? TranscriptFormat : ChaptersFormat;

/**
 * Data set as a JS property: file text, the file's bytes (an `ArrayBuffer` or `Uint8Array`,
 * decoded as a fetched file is), parsed JSON of any supported format, or items already in
 * the player's own model. Every kind is checked as a file is: items in the model's shape
 * are rebuilt field by field, their links and images pass the URL checks (relative ones
 * resolve against `baseUrl`: the episode file's address for its inline arrays, else the
 * page's), and what cannot be used is reported by its path.
 */
export function dataFromValue<K extends DataKind>(kind: K, value: unknown, format?: Format<K>, baseUrl?: string): LoadedData<Item<K>> {
  const ref: FileRef = { resource: kind };
  try {
    const model = dataFromModel(kind, value, baseUrl);
    if (model) return model;
    const text = typeof value === 'string' || isBytes(value) ? value : JSON.stringify(value ?? null);
    return parsedText(kind, text, ref, { format });
  } catch (error) {
    // Only values that are not plain data get here (a getter that throws, a cycle, a BigInt).
    return unreadable(ref, error);
  }
}

export async function dataFromUrl<K extends DataKind>(
  kind: K,
  url: string,
  format: Format<K> | undefined,
  signal: AbortSignal,
): Promise<LoadedData<Item<K>>> {
  try {
    const file = await fetchText(url, kind, signal);
    return parsedText(
      kind,
      file.text,
      { resource: kind, file: describeUrl(url) },
      { url: file.url, contentType: file.contentType, format },
    );
  } catch (error) {
    if (error instanceof FetchError) return { items: [], problems: [], error: error.detail };
    throw error;
  }
}

/** File text (or bytes) read by the format's parser; `ref` names the file in messages. */
export function parsedText<K extends DataKind>(
  kind: K,
  text: string | Bytes,
  ref: FileRef,
  options: { url?: string; contentType?: string; format?: Format<K> | undefined },
): LoadedData<Item<K>> {
  const result =
    kind === 'transcript'
      ? readTranscript(text, options as { format?: TranscriptFormat })
      : readChapters(text, options as { format?: ChaptersFormat });
  return usable(kind, result as ParseResult<Item<K>> & { untimed?: true }, ref);
}
