/**
 * Text clean-up shared by the parsers of markup formats (VTT, SRT, HTML, XML).
 * Output is plain text: the views render it as text, never as HTML.
 */

// Only the entities that occur in podcast files; anything else stays as written.
// A Map, not an object, so that `&valueOf;` cannot reach a prototype property.
const NAMED = new Map(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: '\u00a0',
    lrm: '\u200e',
    rlm: '\u200f',
    hellip: '…',
    mdash: '—',
    ndash: '–',
    lsquo: '‘',
    rsquo: '’',
    ldquo: '“',
    rdquo: '”',
  }),
);

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]{2,8}));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED.get(name) ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
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
    attributes.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? ''));
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
