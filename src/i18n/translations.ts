import { englishNow, loadEnglish } from './english-at-hand.js';
import { isLazyLanguage, loadLanguage } from './load-language.js';
import { matchLanguage } from './pick-language.js';
import type { Sentences, Strings } from './strings.js';

/**
 * Changes to a language: any of its strings and sentences; the rest come from the
 * language it is based on.
 */
export type TranslationOverrides = Partial<Omit<Strings, 'messages'>> & { messages?: Partial<Sentences> };

/** One `addTranslation`: these strings over that base. */
interface Layer {
  base: string;
  overrides: TranslationOverrides;
}

/** Translations the page added, by lower-case tag; a change to a language stacks on what it had. */
const added = new Map<string, Layer[]>();
/** Built-in languages once their module is asked for. */
const modules = new Map<string, Promise<Strings>>();
/** Languages as players show them; forgotten whenever a translation is added. */
const resolved = new Map<string, Strings>();
const listeners = new Set<() => void>();
/** Counts additions, so a language resolved before the latest one is not kept. */
let generation = 0;

const TAG = /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/;

function normalise(tag: string, what: string): string {
  const language = typeof tag === 'string' ? tag.trim().toLowerCase().replace(/_/g, '-') : '';
  if (!TAG.test(language)) throw new TypeError(`${what} "${String(tag)}" is not a language tag such as "fr" or "pt-BR"`);
  return language;
}

/** Whether players speak this language (a lower-case tag): built in, or added by the page. */
export function isKnownLanguage(language: string): boolean {
  return language === 'en' || isLazyLanguage(language) || added.has(language);
}

/**
 * Adds a language, or changes one, for every player on the page. Without `base`, the
 * translation is the whole language (what it lacks is English); with one, `overrides` go
 * over that language as it stands (`base` the same as `language` changes it in place).
 * Players whose language this is show it at once.
 */
export function addTranslation(language: string, overrides: TranslationOverrides, base?: string): void {
  const tag = normalise(language, 'addTranslation: the language');
  const layer = { base: base === undefined ? 'en' : normalise(base, 'addTranslation: the base language'), overrides };
  added.set(tag, layer.base === tag ? [...(added.get(tag) ?? []), layer] : [layer]);
  generation++;
  resolved.clear();
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a translation is added; returns what stops it. */
export function onTranslationAdded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A language's strings when they are at hand (English always is), without waiting. */
export function translationNow(language: string): Strings | undefined {
  if (language === 'en' && !added.has('en')) return englishNow();
  return resolved.get(language);
}

/** A language's strings (a lower-case tag players speak), importing it and its base when needed. */
export function loadTranslation(language: string): Promise<Strings> {
  if (language === 'en' && !added.has('en')) return loadEnglish();
  const now = translationNow(language);
  if (now) return Promise.resolve(now);
  const asOf = generation;
  return build(language, new Set([language])).then((strings) => {
    if (asOf === generation) resolved.set(language, strings);
    return strings;
  });
}

/** The strings for any BCP 47 tag, as a player with that `lang` would speak (English when none matches). */
export function loadStrings(tag: string): Promise<Strings> {
  return loadTranslation(matchLanguage(tag, isKnownLanguage) ?? 'en');
}

/** A language from its layers, top down; `seen` holds the languages on the way, so bases that go round end in English. */
function build(language: string, seen: Set<string>, layers = added.get(language) ?? []): Promise<Strings> {
  const top = layers[layers.length - 1];
  if (!top) return builtIn(language);
  const sameLanguage = top.base === language;
  let below: Promise<Strings>;
  if (sameLanguage) {
    below = build(language, seen, layers.slice(0, -1));
  } else {
    const base = matchLanguage(top.base, isKnownLanguage) ?? 'en';
    below = seen.has(base) ? loadEnglish() : build(base, seen.add(base));
  }
  return below.then((strings) => merge(strings, top.overrides, sameLanguage ? undefined : language));
}

function builtIn(language: string): Promise<Strings> {
  if (!isLazyLanguage(language)) return loadEnglish();
  let module = modules.get(language);
  if (!module) {
    module = loadLanguage(language);
    // A module that could not be fetched is asked for again next time.
    module.catch(() => modules.delete(language));
    modules.set(language, module);
  }
  return module;
}

/**
 * `overrides` over `base`, key by key: only keys the base has, with a value of the same
 * kind, so a page's typo or a missing sentence never leaves a player without words.
 * A language made from another formats in its own locale unless it names one.
 */
function merge(base: Strings, overrides: TranslationOverrides, language: string | undefined): Strings {
  const strings: Record<string, unknown> = { ...base };
  const messages: Record<string, unknown> = { ...base.messages };
  for (const [key, value] of Object.entries(overrides)) {
    if (key !== 'messages' && typeof value === typeof strings[key]) strings[key] = value;
  }
  for (const [code, sentence] of Object.entries(overrides.messages ?? {})) {
    if (typeof sentence === 'function' && typeof messages[code] === 'function') messages[code] = sentence;
  }
  if (language && typeof overrides.locale !== 'string') strings['locale'] = localeOf(language) ?? base.locale;
  return { ...(strings as unknown as Strings), messages: messages as unknown as Sentences };
}

/** The tag as `Intl` spells it, when `Intl` knows the language. */
function localeOf(language: string): string | undefined {
  try {
    return Intl.NumberFormat.supportedLocalesOf(language)[0];
  } catch {
    return undefined;
  }
}
