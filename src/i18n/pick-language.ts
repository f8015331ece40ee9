import { de } from './de.js';
import { en, type Strings } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { nl } from './nl.js';
import { pt } from './pt.js';

/** The UI languages the player ships; English is the fallback. */
export type Language = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt' | 'ja';

const TABLES: Record<Language, Strings> = { en, de, fr, es, it, nl, pt, ja };

/**
 * The UI language from BCP 47 tags (`de`, `de-AT`, `DE_ch`): the element's own `lang`
 * first, then the page's, then English. A tag for a language we do not ship is passed
 * over, so `lang="sv"` on a German page gives German rather than English.
 */
export function pickLanguage(requested: string | null | undefined, pageLang: string | null | undefined): Language {
  for (const tag of [requested, pageLang]) {
    const primary = typeof tag === 'string' ? tag.trim().split(/[-_]/, 1)[0]!.toLowerCase() : '';
    if (Object.prototype.hasOwnProperty.call(TABLES, primary)) return primary as Language;
  }
  return 'en';
}

export function stringsFor(lang: Language): Strings {
  return TABLES[lang] ?? en;
}
