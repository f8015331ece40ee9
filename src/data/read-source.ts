import { isLacking, MAX_FILE_CHARS, readAny, type Lacking } from '../core/formats/read-any.js';
import { readTranscriptStart, START_CHARS } from '../core/formats/transcript-start.js';
import { endFromSize } from '../core/end-from-size.js';
import { problem, type FileRef } from '../core/message.js';
import type { ChaptersFormat, TranscriptFormat } from '../core/model.js';
import { isBytes, utf8Text } from '../core/utf8-text.js';
import { isRareFormat, loadRareReaders, prepareReaders, readAtHand, readersAtHand } from './format-readers.js';
import { inSlices } from './in-slices.js';
import { decodeBytes, entitiesAtHand, jsonErrorUnplaced, loadFailed, loadFor } from './prepare-text.js';
import { fetchFile, fileRef, isFetched, textWith, valueWith, type FileOptions } from './read-with.js';
import { usable, type DataKind, type LoadedData } from './usable-data.js';

/** What to read: a file's address, or data handed over (file text, bytes, parsed JSON, model items). */
export interface ReadRequest {
  kind: DataKind;
  url?: string | undefined;
  value?: unknown;
  format?: string | undefined;
  /** What relative addresses in `value` resolve against; else the page's. */
  base?: string | undefined;
}

/** Above this many characters, a transcript's first lines are shown while the rest is read. */
export const PREVIEW_FROM = 1_000_000;

export interface ReadProgress {
  /** The first lines of a long transcript, before the whole file is read. */
  preview(data: LoadedData<unknown>): void;
  /** Waited for after a preview, before reading the whole file: the preview is shown first. */
  afterPreview?(): Promise<void>;
}

/**
 * Reads a transcript or chapters file, from its address or as given, into what the player
 * shows, with the first lines of a long transcript handed to `progress` first. The common
 * formats are read at once; a file in a rare one waits for their parsers
 * (`format-readers.ts`), whose loading starts with the fetch when the file's type or name
 * tells. Never throws but for a cancel.
 */
export async function readSource(request: ReadRequest, signal: AbortSignal, progress?: ReadProgress): Promise<LoadedData<unknown>> {
  const { kind, url } = request;
  const format = request.format as TranscriptFormat & ChaptersFormat;
  prepareReaders(kind, request.format, url);
  const ref = fileRef(kind, url);
  const long = progress && kind === 'transcript';
  let text: string;
  let options: FileOptions<DataKind> = format ? { format } : {};
  let previewed = false;
  if (url !== undefined) {
    // A long transcript's first lines as soon as its first bytes have come, while the rest is on its way.
    const early = long
      ? (first: Uint8Array, contentType: string, totalBytes: number | undefined) => {
          // A start that is not UTF-8 or has rare named references waits for the whole file and what it needs.
          const start = utf8Text(first, contentType);
          if (start === undefined || !entitiesAtHand(start)) return;
          const size = totalBytes && start.length > 0 ? { totalBytes, bytesPerChar: first.byteLength / start.length } : undefined;
          previewed = previewStart(start, { ...(options as FileOptions<'transcript'>), url, contentType }, progress, size);
        }
      : undefined;
    const file = await fetchFile(kind, url, signal, early);
    if (!isFetched(file)) return file;
    text = file.text;
    options = { ...options, url: file.url, contentType: file.contentType };
  } else {
    let value = request.value;
    // Bytes are decoded here, where their decoder can be waited for; too many are refused by the reader.
    if (isBytes(value) && value.byteLength <= MAX_FILE_CHARS) {
      try {
        value = utf8Text(value) ?? (await decodeBytes(value));
      } catch (error) {
        return { items: [], problems: [], error: loadFailed(ref, error) };
      }
    }
    if (typeof value !== 'string') return whenRead(kind, ref, () => valueWith(readAtHand, kind, value, format, request.base));
    text = value;
  }
  if (!entitiesAtHand(text)) {
    const failed = await loadFor(ref, 'entities');
    if (failed) return { items: [], problems: [], error: failed };
  }
  if (!long || text.length <= PREVIEW_FROM) return whenRead(kind, ref, () => textWith(readAtHand, kind, text, ref, options));
  return readLong(text, options, ref, signal, progress, previewed);
}

/**
 * The first lines of a transcript from the start of its text, handed to `progress`, when its
 * format's reader is at hand and can be cut there; whether they were. With the file's size,
 * they carry a guess at where the whole file ends.
 */
function previewStart(
  start: string,
  options: FileOptions<'transcript'>,
  progress: ReadProgress,
  size?: { totalBytes: number; bytesPerChar: number },
): boolean {
  const source = { ...(options.url ? { url: options.url } : {}), ...(options.contentType ? { contentType: options.contentType } : {}) };
  if (isRareFormat('transcript', options.format ?? readersAtHand('transcript').detect(start, source))) return false;
  const first = readTranscriptStart(start, options, START_CHARS, readersAtHand('transcript'));
  if (!first) return false;
  const data = usable('transcript', first, { resource: 'transcript' });
  const estimatedEnd = size && endFromSize(first.items, Math.min(START_CHARS, start.length) * size.bytesPerChar, size.totalBytes);
  progress.preview(estimatedEnd ? { ...data, estimatedEnd } : data);
  return true;
}

/**
 * A long transcript: its first lines first, then the rest in slices, so that the page paints
 * the first lines and answers the listener while it is read.
 */
async function readLong(
  text: string,
  options: FileOptions<'transcript'>,
  ref: FileRef,
  signal: AbortSignal,
  progress: ReadProgress,
  previewed = false,
): Promise<LoadedData<unknown>> {
  // Timestamped lines can be cut for a preview too: their parsers are awaited before it.
  const source = { ...(options.url ? { url: options.url } : {}), ...(options.contentType ? { contentType: options.contentType } : {}) };
  if (isRareFormat('transcript', options.format ?? readersAtHand('transcript').detect(text, source))) {
    const failed = await loadRareReaders(ref);
    if (failed) return { items: [], problems: [], error: failed };
  }
  // Shown already, from the file's first bytes, while it was still arriving.
  const start = previewed ? undefined : readTranscriptStart(text, options, START_CHARS, readersAtHand('transcript'));
  if (start) {
    // The whole text is here: its length in characters against the characters the lines came from.
    const estimatedEnd = endFromSize(start.items, START_CHARS, text.length);
    const data = usable('transcript', start, { resource: 'transcript' });
    progress.preview(estimatedEnd ? { ...data, estimatedEnd } : data);
  }
  // The whole text has just been put together and decoded, in the same task as its last
  // piece came: a frame is painted before it is read, not after its first slice.
  if (start || previewed) await progress.afterPreview?.();
  const read = async () => {
    const result = await inSlices(readAny(text, options, readersAtHand('transcript'), true), signal);
    return isLacking(result) ? result : usable('transcript', result, ref);
  };
  const first = await read();
  return isLacking(first) || jsonErrorUnplaced(first) ? whenRead('transcript', ref, () => first, read) : first;
}

type Read = LoadedData<unknown> | Lacking<string>;

/**
 * What `read` gives with the parsers at hand, at once; for a file in a rare format whose
 * parsers have not come yet, or a broken JSON file read before the module that says where
 * it is broken, what it (or `again`) gives once they have, or why they could not be had.
 */
function whenRead(
  kind: DataKind,
  ref: FileRef,
  read: () => Read,
  again: () => Read | Promise<Read> = read,
): LoadedData<unknown> | Promise<LoadedData<unknown>> {
  const first = read();
  if (isLacking(first)) return readAgain(kind, ref, 'formats', again);
  if (jsonErrorUnplaced(first)) return readAgain(kind, ref, 'json-errors', again);
  return first;
}

async function readAgain(
  kind: DataKind,
  ref: FileRef,
  module: 'formats' | 'json-errors',
  again: () => Read | Promise<Read>,
): Promise<LoadedData<unknown>> {
  const failed = await loadFor(ref, module);
  if (failed) return { items: [], problems: [], error: failed };
  const second = await again();
  // Every format's parsers are here now: this is only in case one was forgotten.
  if (!isLacking(second)) return jsonErrorUnplaced(second) ? readAgain(kind, ref, 'json-errors', again) : second;
  return usable(kind, { items: [], problems: [problem('format-unknown', { resource: kind }, { fatal: true })] }, ref);
}
