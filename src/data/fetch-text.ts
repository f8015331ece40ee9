import { decodeText } from '../core/decode-text.js';
import { describeUrl } from '../core/describe-url.js';
import { message, type FileRef, type Message, type Resource } from '../core/message.js';

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
}

export async function fetchText(
  url: string,
  resource: Resource,
  signal?: AbortSignal,
  { timeoutMs = TIMEOUT_MS, maxBytes = MAX_DATA_BYTES }: FetchLimits = {},
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
    return await read(url, ref, controller.signal, maxBytes);
  } catch (error) {
    if (timedOut) throw new FetchError(message('fetch-timeout', { ...ref, seconds: timeoutMs / 1000 }));
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

async function read(url: string, ref: FileRef, signal: AbortSignal, maxBytes: number): Promise<FetchedText> {
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
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength > maxBytes) throw tooLarge(ref, bytes.byteLength, maxBytes);
  const contentType = response.headers.get('content-type') ?? '';
  // Not response.text(): that reads every file as UTF-8, and Windows tools write SRT in windows-1252 or UTF-16.
  return { text: decodeText(bytes, contentType), url: response.url || url, contentType };
}

const tooLarge = (ref: FileRef, bytes: number, limit: number): FetchError =>
  new FetchError(message('fetch-too-large', { ...ref, bytes, limit }));
