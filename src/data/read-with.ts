import { isBytes, type Bytes } from '../core/utf8-text.js';
import { describeUrl } from '../core/describe-url.js';
import { isLacking, type Lacking, type ReadResult } from '../core/formats/read-any.js';
import type { FileRef } from '../core/message.js';
import type { ChaptersFormat, ParseResult, TranscriptFormat } from '../core/model.js';
import { fetchText, FetchError, type FetchedText, type FetchLimits } from './fetch-text.js';
import { dataFromModel, unreadable, usable, type DataKind, type Item, type LoadedData } from './usable-data.js';

export type Format<K extends DataKind> = K extends 'transcript' ? TranscriptFormat : ChaptersFormat;
export type FileOptions<K extends DataKind> = { url?: string; contentType?: string; format?: Format<K> | undefined };

/**
 * A reader of file text: every format's (`load-data.ts`, for programs), or the formats the
 * player has at hand (`read-source.ts`), which says `Lacking` for a format it has not loaded.
 */
export type ReadText = <K extends DataKind>(
  kind: K,
  text: string | Bytes,
  options: FileOptions<K>,
) => ReadResult<Item<K>, Format<K>> | Lacking<Format<K>>;

/** File text (or bytes) read by `read`; `ref` names the file in messages. */
export function textWith<K extends DataKind>(
  read: ReadText,
  kind: K,
  text: string | Bytes,
  ref: FileRef,
  options: FileOptions<K>,
): LoadedData<Item<K>> | Lacking<Format<K>> {
  const result = read(kind, text, options);
  return isLacking(result) ? result : usable(kind, result as ParseResult<Item<K>> & { untimed?: true }, ref);
}

/**
 * Data set as a JS property: file text, the file's bytes (an `ArrayBuffer` or `Uint8Array`,
 * decoded as a fetched file is), parsed JSON of any supported format, or items already in
 * the player's own model. Every kind is checked as a file is: items in the model's shape
 * are rebuilt field by field, their links and images pass the URL checks (relative ones
 * resolve against `baseUrl`: the episode file's address for its inline arrays, else the
 * page's), and what cannot be used is reported by its path.
 */
export function valueWith<K extends DataKind>(
  read: ReadText,
  kind: K,
  value: unknown,
  format?: Format<K>,
  baseUrl?: string,
): LoadedData<Item<K>> | Lacking<Format<K>> {
  const ref: FileRef = { resource: kind };
  try {
    const model = dataFromModel(kind, value, baseUrl);
    if (model) return model;
    const text = typeof value === 'string' || isBytes(value) ? value : JSON.stringify(value ?? null);
    return textWith(read, kind, text, ref, { format });
  } catch (error) {
    // Only values that are not plain data get here (a getter that throws, a cycle, a BigInt).
    return unreadable(ref, error);
  }
}

/** A file fetched, or why it could not be (a cancel is thrown). */
export async function fetchFile(
  kind: DataKind,
  url: string,
  signal: AbortSignal,
  early?: FetchLimits['early'],
): Promise<FetchedText | LoadedData<never>> {
  try {
    return await fetchText(url, kind, signal, { early });
  } catch (error) {
    if (error instanceof FetchError) return { items: [], problems: [], error: error.detail };
    throw error;
  }
}

export const isFetched = (file: FetchedText | LoadedData<never>): file is FetchedText => 'text' in file;

/** How messages name a file read from `url`, or data handed over. */
export const fileRef = (kind: DataKind, url?: string): FileRef =>
  url !== undefined ? { resource: kind, file: describeUrl(url) } : { resource: kind };
