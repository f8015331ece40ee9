/**
 * Code only some players need, loaded when one does: the feed reader (for `feed`) and the
 * ID3 reader (for chapters inside the MP3). Bundlers split these imports into files of
 * their own; the script-tag build replaces this module with `lazy-modules.script-tag.ts`.
 */

export type FeedReader = typeof import('../data/load-feed-manifest.js');
export type Id3Reader = typeof import('../data/load-embedded-chapters.js');

export const loadFeedReader = (): Promise<FeedReader> => import('../data/load-feed-manifest.js');
export const loadId3Reader = (): Promise<Id3Reader> => import('../data/load-embedded-chapters.js');
