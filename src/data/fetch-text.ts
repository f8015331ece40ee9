import { describeUrl } from '../core/describe-url.js';
import { message, type FileRef, type Message, type Resource } from '../core/message.js';
import { decodeBytes, loadFailed } from './prepare-text.js';

/**
 * Fetches a transcript or chapters file and says, as a message, why it failed.
 * Transcripts are text a few MB at most; anything much larger is not one.
 */
export const MAX_DATA_BYTES = 20 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

export interface FetchedText {
  text: string;
  url: string;
  contentType: string;
}

/** A fetch that failed for a reason the listener or publisher should know; `detail` says which. */
export class FetchError extends Error {
  constructor(readonly detail: Message) {
    // The code, for logs; the sentence is made from `detail` in the listener's language.
    super(detail.code);
    this.name = 'FetchError';
  }
}

export interface FetchLimits {
  timeoutMs?: number;
  maxBytes?: number;
  /**
   * Called once with the file's first bytes (`EARLY_BYTES` to twice that, no character cut in two) while
   * the rest is still on its way, when it comes in pieces: a long transcript's first lines can
   * be shown before the whole file has arrived. `totalBytes`: the whole body's size, when the
   * response says it and is not compressed (a compressed one's `Content-Length` is smaller).
   */
  early?: ((firstBytes: Uint8Array, contentType: string, totalBytes: number | undefined) => void) | undefined;
}

/** How much of a file `early` waits for: twice what a long transcript's first lines are read from. */
export const EARLY_BYTES = 32 * 1024;
/**
 * The most `early` is given. The browser hands a local or fast body over in pieces of up to
 * 2 MB; decoding all of the first one for the first lines cost the first paint of them a few
 * milliseconds. Three bytes a character (CJK in UTF-8) still give the first lines' characters.
 */
const EARLY_MAX_BYTES = 2 * EARLY_BYTES;

export async function fetchText(
  url: string,
  resource: Resource,
  signal?: AbortSignal,
  { timeoutMs = TIMEOUT_MS, maxBytes = MAX_DATA_BYTES, early }: FetchLimits = {},
): Promise<FetchedText> {
  const ref: FileRef = { resource, file: describeUrl(url) };
  // One controller for both the caller's cancel and our timeout: AbortSignal.any is too new.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const cancel = (): void => controller.abort();
  signal?.addEventListener('abort', cancel);
  try {
    return await read(url, ref, controller.signal, maxBytes, early);
  } catch (error) {
    if (timedOut) throw new FetchError(message('fetch-timeout', { ...ref, seconds: timeoutMs / 1000 }));
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

async function read(url: string, ref: FileRef, signal: AbortSignal, maxBytes: number, early: FetchLimits['early']): Promise<FetchedText> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new FetchError(message('fetch-network', ref));
  }
  if (!response.ok) {
    throw new FetchError(
      message('fetch-http', { ...ref, status: response.status, ...(response.statusText ? { statusText: response.statusText } : {}) }),
    );
  }
  const length = Number(response.headers.get('content-length'));
  if (length > maxBytes) throw tooLarge(ref, length, maxBytes);
  const contentType = response.headers.get('content-type') ?? '';
  // Another origin's response may hide its Content-Encoding: then a compressed body's length is
  // taken for the whole, which only ever makes the file seem shorter than it is.
  const totalBytes = length > 0 && !response.headers.get('content-encoding') ? length : undefined;
  // With `early`, the body is read here as it comes, its start handed over once it is long
  // enough; else the browser gathers it.
  const bytes =
    early && response.body
      ? await readBody(response.body, maxBytes, ref, (first) => early(first, contentType, totalBytes))
      : await response.arrayBuffer();
  if (bytes.byteLength > maxBytes) throw tooLarge(ref, bytes.byteLength, maxBytes);
  // Not response.text(): that reads every file as UTF-8, and Windows tools write SRT in windows-1252 or UTF-16.
  let text: string;
  try {
    text = await decodeBytes(bytes, contentType);
  } catch (error) {
    // The decoder of a file that is not UTF-8 could not be fetched: the detail names its file.
    throw new FetchError(loadFailed(ref, error));
  }
  return { text, url: response.url || url, contentType };
}

/**
 * A response's whole body, read piece by piece, with its first `EARLY_BYTES` (cut after a whole
 * character) handed to `early` as soon as they have come. One reader, not a copy of the
 * response beside the browser's own read of it: a copied body's every piece goes through the
 * page's script twice, and the whole came only once the page had handled them all. A body
 * past `maxBytes` is given up as soon as it is, whatever its Content-Length said.
 */
async function readBody(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  ref: FileRef,
  early: (first: Uint8Array) => void,
): Promise<Uint8Array> {
  const reader = body.getReader();
  const pieces: Uint8Array[] = [];
  let length = 0;
  let handed = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pieces.push(value);
    length += value.byteLength;
    if (length > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(ref, length, maxBytes);
    }
    if (!handed && length >= EARLY_BYTES) {
      handed = true;
      const first = joined(pieces, Math.min(length, EARLY_MAX_BYTES));
      // What `early` does with them is not the whole file's business.
      try {
        early(first.subarray(0, wholeCharacters(first)));
      } catch {
        // The whole file's read says what is wrong.
      }
    }
  }
  return joined(pieces, length);
}

/**
 * Where to cut the start of a file so that no character is cut in two: after its last ASCII
 * byte (never part of a longer UTF-8 character, and any byte is a whole character in the
 * single-byte encodings), or at an even length in UTF-16 (whose byte order mark says so).
 */
function wholeCharacters(bytes: Uint8Array): number {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return bytes.byteLength & ~1;
  let end = bytes.byteLength;
  while (end > 0 && bytes[end - 1]! >= 0x80) end--;
  return end;
}

/** The pieces' first `length` bytes as one. */
function joined(pieces: readonly Uint8Array[], length: number): Uint8Array {
  const first = pieces[0];
  if (first && first.byteLength >= length) return first.subarray(0, length);
  const whole = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    if (at >= length) break;
    whole.set(piece.subarray(0, length - at), at);
    at += piece.byteLength;
  }
  return whole;
}

const tooLarge = (ref: FileRef, bytes: number, limit: number): FetchError =>
  new FetchError(message('fetch-too-large', { ...ref, bytes, limit }));
