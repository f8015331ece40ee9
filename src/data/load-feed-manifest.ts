/**
 * A feed's episode as the player reads an episode description: the entry the element
 * loads on demand (`import()`) when it is given a `feed`, so pages without one never
 * carry the XML reader.
 */

import { describeUrl } from '../core/describe-url.js';
import { message, type Message, type Problem } from '../core/message.js';
import { loadFeed, type FeedLoadOptions } from './load-feed.js';
import type { LoadedManifest } from './load-manifest.js';

/** The feed could not be fetched: these sentences name the feed and say why themselves. */
const FETCH_FAILURES = new Set(['feed-blocked', 'feed-unreachable', 'feed-http-error', 'feed-timeout', 'feed-too-large']);

/**
 * Never throws. Without an episode, `error` says which feed, what is wrong and where (line
 * and column for XML); the other problems (slips read anyway, fields skipped) are kept.
 * Relative addresses in the show notes resolve against the feed's final URL.
 */
export async function loadFeedManifest(url: string, options: FeedLoadOptions = {}): Promise<LoadedManifest> {
  const feed = await loadFeed(url, options);
  const fatal = feed.problems.find((problem) => problem.fatal);
  const base = feed.url === undefined ? {} : { baseUrl: feed.url };
  if (feed.manifest && !fatal) return { manifest: feed.manifest, problems: feed.problems, ...base };
  const problems = feed.problems.filter((problem) => problem !== fatal);
  return { problems, error: failure(url, fatal), ...base };
}

function failure(url: string, fatal: Problem | undefined): Message {
  if (fatal && FETCH_FAILURES.has(fatal.code)) return { code: fatal.code, params: fatal.params } as Message;
  // Cancelled (the caller aborted and ignores this) or, by a bug, nothing said: still a reason.
  const problem: Problem = fatal ?? { ...message('feed-no-items', {}), fatal: true };
  return message('file-unusable', { resource: 'feed', file: describeUrl(url), problem });
}
