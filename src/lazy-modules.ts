/**
 * Code a player may never need, or needs only later, each module loaded the first time it
 * is used (`importModule('de')`, through `lazy.ts`): the other languages, the feed and ID3 readers, … One
 * `import()` per module, written out: bundlers make each a file of their own.
 *
 * An IIFE cannot be split, so the script-tag build swaps this module for
 * `lazy-modules.script-tag.ts`, which imports the same modules as ES modules from beside the
 * script (`transcript-player.<name>.js`, built by `vite build --mode lazy` from this table).
 * These modules are logic: they import no Lit, so the script tag's one copy of Lit is the
 * only one on the page.
 */
export const LAZY_MODULES = {
  howler: () => import('./audio/howler.js'),
  notes: () => import('./core/notes-html.js'),
  markup: () => import('./core/read-episode-markup.js'),
  episode: () => import('./data/load-manifest.js'),
  feed: () => import('./data/load-feed-manifest.js'),
  id3: () => import('./data/load-embedded-chapters.js'),
  en: () => import('./i18n/en.js'),
  de: () => import('./i18n/de.js'),
  fr: () => import('./i18n/fr.js'),
  es: () => import('./i18n/es.js'),
  it: () => import('./i18n/it.js'),
  nl: () => import('./i18n/nl.js'),
  pt: () => import('./i18n/pt.js'),
  ja: () => import('./i18n/ja.js'),
  media: () => import('./audio/media-element-controller.js'),
  'media-session': () => import('./components/media-session-controller.js'),
  download: () => import('./components/transcript-file.js'),
  search: () => import('./components/transcript-view/search-engine.js'),
  share: () => import('./components/sharing.js'),
  formats: () => import('./core/formats/rare-formats.js'),
  encodings: () => import('./core/decode-text.js'),
  entities: () => import('./core/html-entities.js'),
  'json-errors': () => import('./core/json-error-at.js'),
};

export type LazyModules = { [Name in keyof typeof LAZY_MODULES]: Awaited<ReturnType<(typeof LAZY_MODULES)[Name]>> };
export type LazyName = keyof LazyModules;

export function importModule<Name extends LazyName>(name: Name): Promise<LazyModules[Name]> {
  return LAZY_MODULES[name]() as Promise<LazyModules[Name]>;
}
