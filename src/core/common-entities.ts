/**
 * The named character references real transcripts use, which a player reads at once; the
 * others (`html-entities.ts`) come when a text has one (`hasRareEntity`).
 */
export const COMMON_REFERENCES = new Map([
  ['amp', '&'],
  ['AMP', '&'],
  ['lt', '<'],
  ['LT', '<'],
  ['gt', '>'],
  ['GT', '>'],
  ['quot', '"'],
  ['QUOT', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);

/** The common names HTML also reads without a `;` (all but `apos`). */
export const isCommonLegacyName = (name: string): boolean => name !== 'apos' && COMMON_REFERENCES.has(name);

/**
 * Whether `text` has a named reference that only the whole table decodes: a name followed
 * by `;` that is not a common one, or a name of two or more letters without `;` that does
 * not start with a common one (HTML reads a legacy name at the start of a longer word:
 * `&copy2024`). It may say yes for a name the whole table lacks too (`AT&Tx;`): the cost is
 * a small file for nothing, never a wrong text.
 */
export function hasRareEntity(text: string): boolean {
  if (!text.includes('&')) return false;
  for (const [, name, semicolon] of text.matchAll(NAME)) {
    if (semicolon ? COMMON_REFERENCES.has(name!) : name!.length < 2 || startsWithCommonLegacy(name!)) continue;
    return true;
  }
  return false;
}

const NAME = /&([a-zA-Z][a-zA-Z\d]*)(;?)/g;

const startsWithCommonLegacy = (name: string): boolean => /^(?:amp|AMP|lt|LT|gt|GT|quot|QUOT|nbsp)/.test(name);
