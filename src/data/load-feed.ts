/**
 * Fetches a podcast feed and reads one episode from it. Import this module on demand
 * (`await import(…)`) when a player is given a feed: it brings the XML reader with it.
 */

import { readFeedEpisode, type FeedEpisode } from '../core/feed/index.js';
import { message, type Problem } from '../core/message.js';
import { describeUrl } from '../core/describe-url.js';
import { FetchError, fetchText } from './fetch-text.js';

export interface FeedLoadOptions {
  /** Which episode: a `<guid>`, an `itunes:episode` number, or `latest` (the default). */
  item?: string;
  signal?: AbortSignal;
  /** Limits for the fetch (a feed of a long-running show can be several MB). */
  timeoutMs?: number;
  maxBytes?: number;
}

/** The feed read, plus the URL it came from after redirects: the base for the show notes' links. */
export type LoadedFeed = FeedEpisode & { url?: string };

/**
 * Never throws. A failed fetch comes back as a fatal problem: `feed-blocked` when the
 * server is there but does not let this page read it (CORS), `feed-unreachable`,
 * `feed-http-error`, `feed-timeout` or `feed-too-large`. After `signal` aborts, the result
 * is empty, for the caller that aborted to ignore.
 */
export async function loadFeed(url: string, options: FeedLoadOptions = {}): Promise<LoadedFeed> {
  const { signal } = options;
  let file: { text: string; url: string };
  try {
    const limits = {
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    };
    file = await fetchText(url, 'feed', signal, limits);
  } catch (error) {
    if (signal?.aborted) return { items: [], problems: [] };
    return { items: [], problems: [{ ...(await failure(url, error, signal)), fatal: true }] };
  }
  const feed = readFeedEpisode(file.text, { url: file.url, ...(options.item !== undefined ? { item: options.item } : {}) });
  return { ...feed, url: file.url };
}

async function failure(url: string, error: unknown, signal: AbortSignal | undefined): Promise<Problem> {
  const file = describeUrl(url);
  if (!(error instanceof FetchError)) return message('feed-unreachable', { file });
  const { detail } = error;
  switch (detail.code) {
    case 'fetch-http':
      return message('feed-http-error', { file, status: detail.params.status });
    case 'fetch-timeout':
      return message('feed-timeout', { file, seconds: detail.params.seconds });
    case 'fetch-too-large':
      return message('feed-too-large', { file, megabytes: Math.round(detail.params.bytes / 1024 / 102.4) / 10 });
    default: {
      const origin = otherOrigin(url);
      if (origin && (await answersWithoutCors(url, signal))) return message('feed-blocked', { file, origin });
      return message('feed-unreachable', { file });
    }
  }
}

/** The feed's origin when it differs from the page's (only then can CORS refuse it); in Node, none. */
function otherOrigin(url: string): string | undefined {
  // `self.origin` is the page's real origin also in an `about:srcdoc` frame, whose `location.origin` is "null".
  const page = (globalThis as { origin?: string }).origin ?? globalThis.location?.origin;
  if (!page || page === 'null') return undefined;
  try {
    const { origin } = new URL(url, globalThis.document?.baseURI);
    return origin !== page ? origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A browser hides why a cross-origin fetch failed. Asking again without CORS tells: an
 * opaque answer means the server is there and only refuses to be read. The probe is
 * aborted as soon as the answer's headers arrive, so the feed is not downloaded twice.
 */
async function answersWithoutCors(url: string, signal: AbortSignal | undefined): Promise<boolean> {
  const probe = new AbortController();
  const cancel = (): void => probe.abort();
  signal?.addEventListener('abort', cancel);
  const timer = setTimeout(cancel, 10_000);
  try {
    await fetch(url, { mode: 'no-cors', signal: probe.signal, credentials: 'omit' });
    return true;
  } catch {
    return false;
  } finally {
    probe.abort();
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}
