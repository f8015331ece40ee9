import { existsSync } from 'node:fs';

/** How every bench launches Chromium: the same flags for `run.ts` and `alternate.ts`. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--autoplay-policy=no-user-gesture-required',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--js-flags=--expose-gc', // gc() before reading the heap
  '--enable-precise-memory-info', // performance.memory unrounded
];

export function chromiumPath(): string {
  const path = process.env['CHROME_PATH'] || '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: install it (apt-get install chromium) or set CHROME_PATH`);
  return path;
}
