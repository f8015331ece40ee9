/**
 * Reading podcast RSS feeds: the one entry to import (or load on demand) when a player
 * is given a `feed`, so pages without one never carry this code.
 */
export { readFeedEpisode, type FeedEpisode, type FeedItem, type FeedOptions } from './read-feed.js';
export { pickItem } from './pick-item.js';
export { parseXml, type XmlDocument, type XmlElement, type XmlNode } from './xml-reader.js';
