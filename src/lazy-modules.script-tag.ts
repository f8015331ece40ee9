/**
 * `lazy-modules.ts` for the script-tag build: each module is the ES module
 * `transcript-player.<name>.js` beside the script, imported the first time a player needs
 * it, so a page pays only for what it uses. From a CDN or a folder of the site's own alike:
 * the address is the script's.
 */
import type { LazyModules, LazyName } from './lazy-modules.js';

// Read while the script runs: `currentScript` is the script tag only then.
const scriptUrl = (globalThis.document?.currentScript as HTMLScriptElement | null | undefined)?.src || globalThis.document?.baseURI;

/** The module beside the script; a failure names its address (not every engine's error does). */
export async function importModule<Name extends LazyName>(name: Name): Promise<LazyModules[Name]> {
  const href = new URL(`transcript-player.${name}.js`, scriptUrl).href;
  try {
    return (await import(/* @vite-ignore */ href)) as LazyModules[Name];
  } catch (error) {
    throw new Error(`${href}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
