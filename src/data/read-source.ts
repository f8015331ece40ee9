import { decodeText, isBytes } from '../core/decode-text.js';
import { describeUrl } from '../core/describe-url.js';
import { readTranscriptInSteps } from '../core/formats/index.js';
import { readTranscriptStart } from '../core/formats/transcript-start.js';
import type { ChaptersFormat, TranscriptFormat } from '../core/model.js';
import { dataFromUrl, dataFromValue, parsedText } from './load-data.js';
import { fetchText, FetchError } from './fetch-text.js';
import { inSlices } from './in-slices.js';
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
 * shows: `load-data.ts`, with the first lines of a long transcript handed to `progress`
 * first. Loaded by the page on first use (`read-data.ts`). Never throws but for a cancel.
 */
export async function readSource(request: ReadRequest, signal: AbortSignal, progress?: ReadProgress): Promise<LoadedData<unknown>> {
  const { kind } = request;
  const format = request.format as TranscriptFormat & ChaptersFormat;
  if (!progress || kind !== 'transcript') {
    return request.url !== undefined
      ? dataFromUrl(kind, request.url, format, signal)
      : dataFromValue(kind, request.value, format, request.base);
  }
  let text: string;
  let options: { url?: string; contentType?: string; format?: TranscriptFormat } = format ? { format } : {};
  if (request.url !== undefined) {
    try {
      const file = await fetchText(request.url, kind, signal);
      text = file.text;
      options = { ...options, url: file.url, contentType: file.contentType };
    } catch (error) {
      if (error instanceof FetchError) return { items: [], problems: [], error: error.detail };
      throw error;
    }
  } else if (typeof request.value === 'string') {
    text = request.value;
  } else if (isBytes(request.value) && request.value.byteLength > PREVIEW_FROM) {
    text = decodeText(request.value);
  } else {
    return dataFromValue(kind, request.value, format, request.base);
  }
  if (text.length > PREVIEW_FROM) {
    const start = readTranscriptStart(text, options);
    if (start) {
      progress.preview(usable(kind, start, { resource: kind }));
      await progress.afterPreview?.();
    }
  }
  const ref = request.url !== undefined ? { resource: kind, file: describeUrl(request.url) } : { resource: kind };
  if (text.length <= PREVIEW_FROM) return parsedText(kind, text, ref, options);
  // The rest of a long file is read in slices, so that the page paints the first lines and
  // answers the listener while it is read.
  return usable(kind, await inSlices(readTranscriptInSteps(text, options), signal), ref);
}
