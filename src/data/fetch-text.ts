import { describeUrl } from './describe-url.js';

/**
 * Fetches a transcript or chapters file and says in plain words why it failed.
 * Transcripts are text a few MB at most; anything much larger is not one.
 */
export const MAX_DATA_BYTES = 20 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

export interface FetchedText {
  text: string;
  url: string;
  contentType: string;
}

/** Why a fetch failed, for callers that word it themselves: `network` includes a refusal by CORS. */
export type FetchFailure = 'network' | 'status' | 'timeout' | 'too-large';

export class FetchError extends Error {
  constructor(
    message: string,
    readonly failure: FetchFailure = 'network',
    /** The HTTP status (`status`), the size in bytes (`too-large`) or the time allowed in seconds (`timeout`). */
    readonly figure?: number,
  ) {
    super(message);
  }
}

export interface FetchLimits {
  timeoutMs?: number;
  maxBytes?: number;
}

export async function fetchText(
  url: string,
  what: string,
  signal?: AbortSignal,
  { timeoutMs = TIMEOUT_MS, maxBytes = MAX_DATA_BYTES }: FetchLimits = {},
): Promise<FetchedText> {
  const name = describeUrl(url);
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
    return await read(url, what, name, controller.signal, maxBytes);
  } catch (error) {
    if (timedOut)
      throw new FetchError(`The ${what} file ${name} did not arrive within ${timeoutMs / 1000} seconds.`, 'timeout', timeoutMs / 1000);
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

async function read(url: string, what: string, name: string, signal: AbortSignal, maxBytes: number): Promise<FetchedText> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new FetchError(
      `The ${what} file ${name} could not be fetched: the network failed, or the server does not let this page read it ` +
        `(a file on another site must be served with an Access-Control-Allow-Origin header).`,
    );
  }
  if (!response.ok) {
    const reason = response.status === 404 ? ' (not found)' : response.statusText ? ` (${response.statusText})` : '';
    throw new FetchError(
      `The ${what} file ${name} could not be loaded: the server answered HTTP ${response.status}${reason}.`,
      'status',
      response.status,
    );
  }
  const length = Number(response.headers.get('content-length'));
  if (length > maxBytes) throw tooLarge(what, name, length, maxBytes);
  const text = await response.text();
  if (text.length > maxBytes) throw tooLarge(what, name, text.length, maxBytes);
  return { text, url: response.url || url, contentType: response.headers.get('content-type') ?? '' };
}

function tooLarge(what: string, name: string, bytes: number, maxBytes: number): FetchError {
  const size = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return new FetchError(
    `The ${what} file ${name} is ${size(bytes)}, too large to be a ${what} file (the limit is ${size(maxBytes)}).`,
    'too-large',
    bytes,
  );
}
