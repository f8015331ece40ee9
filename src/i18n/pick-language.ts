import type { LazyLanguage } from './load-language.js';

/** The built-in UI languages: English, in every build, and those imported on use. */
export type Language = 'en' | LazyLanguage;

/**
 * The most specific language a player speaks for a BCP 47 tag (`pt-BR`, `DE_ch`): the
 * whole tag when a translation was added for it, else shorter and shorter prefixes of it
 * (`pt-br`, then `pt`). Tags are compared in lower case with `-`.
 */
export function matchLanguage(tag: string | null | undefined, isKnown: (language: string) => boolean): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const subtags = tag.trim().toLowerCase().split(/[-_]/);
  for (let length = subtags.length; length > 0; length--) {
    const language = subtags.slice(0, length).join('-');
    if (language && isKnown(language)) return language;
  }
  return undefined;
}

/**
 * The UI language from the tags that ask for one, in order — the element's own `lang`
 * (or its nearest ancestor's), then the page's — else English. A tag for a language the
 * player does not speak is passed over, so `lang="sv"` on a German page gives German
 * rather than English.
 */
export function pickLanguage(tags: readonly (string | null | undefined)[], isKnown: (language: string) => boolean): string {
  for (const tag of tags) {
    const language = matchLanguage(tag, isKnown);
    if (language) return language;
  }
  return 'en';
}
