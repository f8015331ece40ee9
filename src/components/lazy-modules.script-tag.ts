/**
 * `lazy-modules.ts` for the script-tag build. An IIFE file cannot be split, so the feed and
 * ID3 readers are built as ES modules of their own (`transcript-player.feed.js`,
 * `transcript-player.id3.js`) and imported from beside the script when a player needs
 * them: a page without a feed never downloads the feed reader.
 */
import type { FeedReader, Id3Reader } from './lazy-modules.js';

// Read while the script runs: `currentScript` is the script tag only then.
const scriptUrl = (globalThis.document?.currentScript as HTMLScriptElement | null | undefined)?.src || globalThis.document?.baseURI;

/** The module beside the script; a failure names its address (not every engine's error does). */
async function beside<T>(file: string): Promise<T> {
  const href = new URL(file, scriptUrl).href;
  try {
    return (await import(/* @vite-ignore */ href)) as T;
  } catch (error) {
    throw new Error(`${href}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

export const loadFeedReader = (): Promise<FeedReader> => beside('transcript-player.feed.js');
export const loadId3Reader = (): Promise<Id3Reader> => beside('transcript-player.id3.js');
