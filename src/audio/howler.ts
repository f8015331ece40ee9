// Order matters: page-globals must run before Howler's module so it can undo its globals.
import { restorePageGlobals } from './page-globals.js';
// Howler ships as CommonJS; the default import is the one form that works both in Vite
// builds and in the test runner's CommonJS plugin. The core file leaves out the spatial
// audio plugin (about 2 KB gzip) that a podcast player never uses.
import howler from 'howler/src/howler.core.js';

restorePageGlobals();

export const { Howl, Howler } = howler;

// Howler empties a media element it lets go of (a new episode, the player leaving the page)
// by pointing it at a `data:` WAV, which a page whose Content-Security-Policy keeps media to
// its own origin refuses: a `media-src` violation every time. Removing `src` and reloading
// stops the download as well and fetches nothing. (Howler looks for its data: URL again
// only to restart a live stream it stopped; this player never stops, it pauses.)
(Howl.prototype as unknown as { _clearSound(node: HTMLMediaElement): void })._clearSound = (node) => {
  node.removeAttribute('src');
  node.load();
};
export type HowlInstance = InstanceType<typeof Howl>;
export type HowlerLibrary = Pick<typeof howler, 'Howl' | 'Howler'>;

// What drives a player's Howl comes with Howler: a player needs it only once it has Howler.
export { HowlDriver } from './howl-driver.js';
