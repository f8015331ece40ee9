/**
 * Fetches the chapters written inside an MP3 with HTTP Range requests for the bytes of
 * its ID3 tag only: first the 10-byte header, then the rest of the tag it announces. The
 * audio itself is never fetched: a server that ignores Range (answers 200 with the whole
 * file) is hung up on at once, and the chapters are skipped with a notice.
 *
 * The caller decides when: every request counts in a podcast's download statistics, so a
 * player with `preload="none"` calls this only once the listener shows intent.
 */

import { readId3Chapters, readId3Header, ID3_HEADER_BYTES, type Id3ChaptersOptions } from '../core/id3/index.js';
import { message, type Problem } from '../core/message.js';
import type { RawChapter } from '../core/model.js';
import { describeUrl } from '../core/describe-url.js';

export interface EmbeddedChaptersOptions extends Id3ChaptersOptions {
  signal?: AbortSignal;
  /** A tag larger than this is not fetched (chapter pictures can make tags of several MB). */
  maxTagBytes?: number;
  timeoutMs?: number;
}

export interface EmbeddedChapters {
  items: RawChapter[];
  problems: Problem[];
  /**
   * `read`: chapters were found; `none`: the file has no ID3 chapters (nothing to tell the
   * listener); `skipped`: they could not be read, and a fatal problem says why.
   */
  outcome: 'read' | 'none' | 'skipped';
  /** Bytes received, for the record (the header and the tag, never the audio). */
  bytesFetched: number;
}

export const MAX_TAG_BYTES = 16 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

/** Never throws. After `signal` aborts, the result is `skipped` without problems, for the caller that aborted to ignore. */
export async function loadEmbeddedChapters(audioUrl: string, options: EmbeddedChaptersOptions = {}): Promise<EmbeddedChapters> {
  const file = describeUrl(audioUrl);
  const controller = new AbortController();
  const cancel = (): void => controller.abort();
  options.signal?.addEventListener('abort', cancel);
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  let bytesFetched = 0;
  const skipped = (problem: Problem): EmbeddedChapters => ({
    items: [],
    problems: [{ ...problem, fatal: true }],
    outcome: 'skipped',
    bytesFetched,
  });
  try {
    const head = await fetchRange(audioUrl, 0, ID3_HEADER_BYTES - 1, controller);
    bytesFetched += head.bytes?.length ?? 0;
    if (head.refused) return skipped(head.refused(file));
    const header = readId3Header(head.bytes);
    if (!header || header.size <= ID3_HEADER_BYTES) return { items: [], problems: [], outcome: 'none', bytesFetched };
    const limit = options.maxTagBytes ?? MAX_TAG_BYTES;
    if (header.size > limit) {
      return skipped(message('embedded-chapters-tag-too-large', { file, megabytes: megabytes(header.size), limit: megabytes(limit) }));
    }
    const rest = await fetchRange(audioUrl, ID3_HEADER_BYTES, header.size - 1, controller);
    bytesFetched += rest.bytes?.length ?? 0;
    if (rest.refused) return skipped(rest.refused(file));
    const tag = new Uint8Array(ID3_HEADER_BYTES + rest.bytes.length);
    tag.set(head.bytes.subarray(0, ID3_HEADER_BYTES));
    tag.set(rest.bytes, ID3_HEADER_BYTES);
    // Links in the tag are relative to the audio, where it was finally found.
    const { items, problems } = readId3Chapters(tag, { ...options, baseUrl: options.baseUrl ?? rest.url ?? audioUrl });
    if (problems.some((problem) => problem.fatal)) return { items: [], problems, outcome: 'skipped', bytesFetched };
    return { items, problems, outcome: items.length > 0 ? 'read' : 'none', bytesFetched };
  } catch {
    if (options.signal?.aborted) return { items: [], problems: [], outcome: 'skipped', bytesFetched };
    if (timedOut) return skipped(message('embedded-chapters-timeout', { file, seconds: timeoutMs / 1000 }));
    return skipped(message('embedded-chapters-blocked', { file }));
  } finally {
    clearTimeout(timer);
    controller.abort();
    options.signal?.removeEventListener('abort', cancel);
  }
}

type Range = { bytes: Uint8Array; url?: string; refused?: undefined } | { bytes?: undefined; refused: (file: string) => Problem };

/**
 * Bytes `first` to `last` (inclusive) of the file. Anything but a 206 answer is refused,
 * and a 200 (the whole file coming) is aborted before its body is read.
 */
async function fetchRange(url: string, first: number, last: number, controller: AbortController): Promise<Range> {
  const response = await fetch(url, { headers: { Range: `bytes=${first}-${last}` }, signal: controller.signal });
  if (response.status !== 206) {
    controller.abort();
    const { status } = response;
    if (status === 200) return { refused: (file) => message('embedded-chapters-no-range', { file }) };
    return { refused: (file) => message('embedded-chapters-http-error', { file, status }) };
  }
  // Content-Range is readable only when a cross-origin server exposes it; when it is, it must start where we asked.
  const range = /^bytes (\d+)-/.exec(response.headers.get('content-range') ?? '');
  if (range && Number(range[1]) !== first) {
    controller.abort();
    return { refused: (file) => message('embedded-chapters-no-range', { file }) };
  }
  const bytes = await readAtMost(response, last - first + 1);
  return response.url ? { bytes, url: response.url } : { bytes };
}

/** The body up to `limit` bytes; a server that sends more than the range asked for is cut off. */
async function readAtMost(response: Response, limit: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer()).subarray(0, limit);
  const buffer = new Uint8Array(limit);
  let length = 0;
  while (length < limit) {
    const { done, value } = await reader.read();
    if (done) break;
    const take = Math.min(value.length, limit - length);
    buffer.set(value.subarray(0, take), length);
    length += take;
  }
  if (length >= limit) await reader.cancel().catch(() => undefined);
  return buffer.subarray(0, length);
}

const megabytes = (bytes: number): number => Math.round(bytes / 1024 / 102.4) / 10;
