/**
 * Text clean-up shared by the parsers of markup formats (VTT, SRT, HTML, XML).
 * Output is plain text: the views render it as text, never as HTML.
 */
import { WINDOWS_1252_C1 } from './windows-1252.js';
import { isLegacyName, LONGEST_NAME, namedReference } from './html-entities.js';

/**
 * Character references as HTML reads them in text: `&#233;`, `&#xE9;` (the `;` optional),
 * and the names of `html-entities.ts`, longest match first, the legacy ones also without
 * their `;` (`&copy 2024` is `© 2024`, `&notit;` is `¬it;`). In an attribute value a legacy
 * name followed by a letter, digit or `=` stays as written (`?a=1&copy=2`), as HTML has it.
 * A name that is not in the table stays as written.
 */
export const decodeEntities = entityDecoder(namedReference, isLegacyName);

/** `decodeEntities` with a table of names of its own (the common ones' in a test, say). */
export function entityDecoder(
  named: (name: string) => string | undefined,
  isLegacy: (name: string) => boolean,
): (text: string, inAttribute?: boolean) => string {
  return (text, inAttribute = false) => {
    if (!text.includes('&')) return text;
    return text.replace(REFERENCE, (whole, hex?: string, dec?: string, name?: string, semicolon?: string, offset?: number) => {
      if (name === undefined) return numericReference(hex !== undefined ? parseInt(hex, 16) : Number(dec));
      if (semicolon) {
        const value = named(name);
        if (value !== undefined) return value;
      }
      for (let length = Math.min(name.length, LONGEST_NAME); length >= 2; length--) {
        const prefix = name.slice(0, length);
        if (!isLegacy(prefix)) continue;
        const after = text.charAt((offset ?? 0) + 1 + length);
        if (inAttribute && /[a-zA-Z\d=]/.test(after)) return whole;
        return `${named(prefix)!}${whole.slice(1 + length)}`;
      }
      return whole;
    });
  };
}

// A name is read up to its `;`; names longer than the table's longest cannot match whole.
const REFERENCE = /&(?:#[xX]([\da-fA-F]+);?|#(\d+);?|([a-zA-Z][a-zA-Z\d]*)(;?))/g;

/**
 * A numeric reference's character. As in HTML: 0, surrogates and values past U+10FFFF
 * are U+FFFD, and 128–159 are read as windows-1252 (`&#146;` is `’`), as old Windows
 * tools wrote them.
 */
function numericReference(code: number): string {
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252_C1.charAt(code - 0x80);
  return String.fromCodePoint(code);
}

/**
 * Removes comments and tags. A tag cut off by the end of the text (`<v Name text`) loses
 * only its `<name`, so the words after it survive.
 */
export function stripTags(markup: string): string {
  if (!markup.includes('<')) return markup;
  return markup
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    .replace(/<\/?[a-zA-Z][\w.-]*/g, '');
}

export function collapseWhitespace(text: string): string {
  // Trimmed first, every whitespace run inside becomes one space. Big files have millions of
  // words and lines, nearly all with nothing to collapse: a test is cheaper than a replace.
  const trimmed = text.trim();
  return NEEDS_COLLAPSE.test(trimmed) ? trimmed.replace(/\s{2,}|[^\S ]/g, ' ') : trimmed;
}

const NEEDS_COLLAPSE = /[^\S ]| {2}/;

/** Markup to display text: tags out, entities decoded, whitespace collapsed. */
export function markupToText(markup: string): string {
  return collapseWhitespace(decodeEntities(stripTags(markup)));
}

/**
 * `Name: text`, `Leo Dion (host): text`, `Speaker 1: text`, `SPEAKER_2: text`: up to four
 * capitalised words (Unicode letters, digits) and an optional role in parentheses.
 */
const SPEAKER = /^(\p{Lu}[\p{L}\p{M}\p{N}'’._-]*(?: [\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’._-]*){0,3}(?: \([^)]{1,40}\))?):\s+(\S[\s\S]*)$/u;

export function splitSpeaker(text: string): { speaker?: string; text: string } {
  const match = SPEAKER.exec(text);
  return match ? { speaker: match[1]!, text: match[2]! } : { text };
}

/** `name="value"` and `name='value'` pairs of an XML/HTML start tag, values decoded. */
export function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? '', true));
  }
  return attributes;
}

/**
 * Maps character offsets to 1-based line numbers for problem messages. Offsets must be
 * asked in increasing order, so a whole file is counted once.
 */
export function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset && at < text.length; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}
