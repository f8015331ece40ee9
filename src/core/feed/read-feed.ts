/**
 * An RSS feed read into the episode the player shows: the list of episodes (`<item>`s;
 * a `<podcast:liveItem>` is not one), the one asked for, and that one as an
 * `EpisodeManifest` — the same model an episode file gives, so the player has one path.
 */

import type { EpisodeManifest } from '../episode-manifest.js';
import { message, type Problem } from '../message.js';
import { collapseWhitespace } from '../text.js';
import { safeLinkUrl } from '../url-safety.js';
import { itemEpisode } from './item-episode.js';
import { pickItem, type FeedItem } from './pick-item.js';
import { childNamed, childrenNamed, textOf, vocabularyOf } from './vocabulary.js';
import { parseXml, type XmlElement } from './xml-reader.js';

export type { FeedItem };

export interface FeedOptions {
  /** The feed's own URL (after redirects): relative URLs resolve against it. Without it, the feed's `atom:link rel="self"`. */
  url?: string;
  /** Which episode: its `<guid>`, its `itunes:episode` number, or `latest` (the default: the newest with audio). */
  item?: string;
}

export interface FeedEpisode {
  /** The chosen episode; missing when there is none to play (then a problem is fatal). */
  manifest?: EpisodeManifest;
  /** Every episode in the feed, in the order of the file. */
  items: FeedItem[];
  /** The index in `items` of the episode read. */
  chosen?: number;
  /**
   * What is wrong in the feed, where it is (line, column): the fatal problem when there is
   * no episode; otherwise what was skipped in the chosen item or the channel around it.
   */
  problems: Problem[];
}

/** Reads a feed and one of its episodes. Never throws. */
export function readFeedEpisode(text: string, options: FeedOptions = {}): FeedEpisode {
  try {
    return read(text, options);
  } catch (error) {
    // Only reachable through a bug: a feed must never break the page.
    return { items: [], problems: [{ ...message('file-unreadable', { detail: String(error) }), fatal: true }] };
  }
}

function read(text: string, options: FeedOptions): FeedEpisode {
  const document = parseXml(text);
  const { root, position } = document;
  if (!root) return { items: [], problems: document.problems };
  const fatal = (problem: Problem): FeedEpisode => ({ items: [], problems: [...document.problems, { ...problem, fatal: true }] });
  if (root.name !== 'rss' || vocabularyOf(root) !== 'rss') {
    return fatal({
      ...message('feed-not-rss', { root: root.prefix ? `${root.prefix}:${root.name}` : root.name }),
      ...position(root.start),
    });
  }
  const channel = childNamed(root, 'rss', 'channel');
  const elements = channel ? childrenNamed(channel, 'rss', 'item') : [];
  if (!channel || elements.length === 0) return fatal(message('feed-no-items', {}));
  const items = elements.map((element, index) => describeItem(element, index, position(element.start).line));
  const picked = pickItem(items, options.item);
  if ('problem' in picked) return { items, problems: [...relevant(document.problems, undefined, elements, position), picked.problem] };
  const element = elements[picked.index]!;
  const base = options.url ?? selfLink(channel);
  const episode = itemEpisode(element, { source: text, channel, position, ...(base ? { base } : {}) });
  const result: FeedEpisode = {
    items,
    chosen: picked.index,
    problems: [...relevant(document.problems, element, elements, position), ...episode.problems],
  };
  if (episode.manifest) result.manifest = episode.manifest;
  return result;
}

function describeItem(element: XmlElement, index: number, line: number): FeedItem {
  const item: FeedItem = { index, playable: isPlayable(element), line };
  const guid = textOf(childNamed(element, 'rss', 'guid'));
  const number = textOf(childNamed(element, 'itunes', 'episode')) || textOf(childNamed(element, 'podcast', 'episode'));
  const title = collapseWhitespace(textOf(childNamed(element, 'rss', 'title')) || textOf(childNamed(element, 'itunes', 'title')));
  const date = textOf(childNamed(element, 'rss', 'pubDate'));
  if (guid) item.guid = guid;
  if (/^\d+$/.test(number)) item.episode = Number(number);
  if (title) item.title = title;
  if (date) item.date = date;
  return item;
}

function isPlayable(element: XmlElement): boolean {
  if (safeLinkUrl(childNamed(element, 'rss', 'enclosure')?.attributes.get('url'))) return true;
  return childrenNamed(element, 'podcast', 'alternateEnclosure').some((alternate) =>
    childrenNamed(alternate, 'podcast', 'source').some((source) => safeLinkUrl(source.attributes.get('uri'))),
  );
}

/** `<atom:link rel="self" href="…">`: the feed's address as it states it. */
function selfLink(channel: XmlElement): string | undefined {
  const self = childrenNamed(channel, 'atom', 'link').find((link) => link.attributes.get('rel') === 'self');
  return safeLinkUrl(self?.attributes.get('href'));
}

/** A slip inside another episode is not this episode's business: only the chosen item's and the channel's are kept. */
function relevant(
  problems: Problem[],
  chosen: XmlElement | undefined,
  items: XmlElement[],
  position: (offset: number) => { line: number },
): Problem[] {
  const span = (element: XmlElement): [number, number] => [position(element.start).line, position(element.contentEnd).line];
  const [first, last] = chosen ? span(chosen) : [-1, -1];
  const others = items.filter((item) => item !== chosen).map(span);
  return problems.filter((problem) => {
    const line = problem.line;
    if (line === undefined || (line >= first && line <= last)) return true;
    return !others.some(([start, end]) => line >= start && line <= end);
  });
}
