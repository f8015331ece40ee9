import { message, quote, type Problem } from '../message.js';

/** An episode of the feed, as a chooser lists it. */
export interface FeedItem {
  /** Its position among the feed's episodes, in the order of the file. */
  index: number;
  guid?: string;
  /** `itunes:episode` (or `podcast:episode`) number. */
  episode?: number;
  title?: string;
  /** `pubDate` as written. */
  date?: string;
  /** Whether it names audio with a web address. */
  playable: boolean;
  /** Where its `<item>` starts in the file. */
  line: number;
}

/**
 * Which episode `item` names: `latest` or nothing for the newest with audio (by `pubDate`;
 * feeds are not always newest first), a `<guid>` exactly as written, or an `itunes:episode`
 * number. A guid wins over a number, since some feeds use plain numbers as guids.
 */
export function pickItem(items: readonly FeedItem[], selector?: string): { index: number } | { problem: Problem } {
  const wanted = selector?.trim() ?? '';
  if (wanted === '' || wanted.toLowerCase() === 'latest') return { index: newest(items) };
  const byGuid = items.find((item) => item.guid === wanted);
  if (byGuid) return { index: byGuid.index };
  if (/^\d+$/.test(wanted)) {
    const byNumber = items.find((item) => item.episode === Number(wanted));
    if (byNumber) return { index: byNumber.index };
  }
  return { problem: { ...message('feed-item-not-found', { item: quote(wanted), count: items.length }), fatal: true } };
}

/** The newest playable item: latest `pubDate`, the first in the file on a tie or without dates. */
function newest(items: readonly FeedItem[]): number {
  const playable = items.filter((item) => item.playable);
  let best: FeedItem | undefined;
  let bestTime = -Infinity;
  for (const item of playable) {
    const time = item.date ? Date.parse(item.date) : NaN;
    const value = Number.isNaN(time) ? -Infinity : time;
    if (!best || value > bestTime) {
      best = item;
      bestTime = value;
    }
  }
  return (best ?? items[0])?.index ?? 0;
}
