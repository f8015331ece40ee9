import { loadModule } from '../lazy.js';
import type { Strings } from './strings.js';

/**
 * The built-in languages besides English, each its own module, imported the first time a
 * player needs it (`lazy-modules.ts`): English is in every build, and a page pays for no
 * other language it does not show.
 */
const LOADERS = {
  de: () => loadModule('de').then((module) => module.de),
  fr: () => loadModule('fr').then((module) => module.fr),
  es: () => loadModule('es').then((module) => module.es),
  it: () => loadModule('it').then((module) => module.it),
  nl: () => loadModule('nl').then((module) => module.nl),
  pt: () => loadModule('pt').then((module) => module.pt),
  ja: () => loadModule('ja').then((module) => module.ja),
} satisfies Record<string, () => Promise<Strings>>;

/** A built-in language that is imported on use. */
export type LazyLanguage = keyof typeof LOADERS;

export function isLazyLanguage(language: string): language is LazyLanguage {
  return Object.prototype.hasOwnProperty.call(LOADERS, language);
}

export function loadLanguage(language: LazyLanguage): Promise<Strings> {
  return LOADERS[language]();
}
