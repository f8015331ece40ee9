import type { Strings } from './strings.js';

/**
 * The built-in languages besides English, each its own module, imported the first time a
 * player needs it: English is in every build, and a page pays for no other language it
 * does not show. One `import()` per language, written out, so that a bundler makes each
 * language a file of its own (and a build that cannot only has to change these lines).
 */
const LOADERS = {
  de: () => import('./de.js').then((module) => module.de),
  fr: () => import('./fr.js').then((module) => module.fr),
  es: () => import('./es.js').then((module) => module.es),
  it: () => import('./it.js').then((module) => module.it),
  nl: () => import('./nl.js').then((module) => module.nl),
  pt: () => import('./pt.js').then((module) => module.pt),
  ja: () => import('./ja.js').then((module) => module.ja),
} satisfies Record<string, () => Promise<Strings>>;

/** A built-in language that is imported on use. */
export type LazyLanguage = keyof typeof LOADERS;

export function isLazyLanguage(language: string): language is LazyLanguage {
  return Object.prototype.hasOwnProperty.call(LOADERS, language);
}

export function loadLanguage(language: LazyLanguage): Promise<Strings> {
  return LOADERS[language]();
}
