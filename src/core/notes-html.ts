/**
 * Show notes are HTML from the publisher: untrusted. Instead of sanitising markup and
 * handing it to `innerHTML` (DOMPurify would add ~8 kB gzip to the script-tag bundle), the
 * notes are read by a small tolerant tokenizer into a tree of allowed nodes, which the view
 * rebuilds with templates. Nothing from the data is ever serialised back to HTML, so no
 * markup from it can reach the page: text stays text, and the only attribute carried over
 * is a link's `href`, and only when it is `http(s):` or `mailto:`.
 *
 * - Kept: `p br a ul ol li strong b em i blockquote h3 h4 code`; `h1 h2` become `h3`,
 *   `h5 h6` become `h4`.
 * - Dropped with their content: `script style template iframe object noscript svg math`
 *   (and the other raw-text elements: `textarea title xmp noembed noframes plaintext`).
 * - Block containers (`div section article figure pre …`) become paragraphs when they
 *   hold only text and inline markup, and are unwrapped otherwise.
 * - Anything else is unwrapped: the tag goes, its content stays.
 * - Timestamps in text (`12:34`, `1:02:03`, `(00:12:34)`), outside links, become
 *   `{ tag: 'time', seconds }` nodes, so the view can make them seek buttons.
 *
 * Pure (no DOM) and total: it never throws, whatever the input.
 */

import { decodeEntities } from './text.js';
import { parseTime } from './time.js';
import { safeLinkUrl } from './url-safety.js';

export type AllowedTag = 'p' | 'br' | 'a' | 'ul' | 'ol' | 'li' | 'strong' | 'b' | 'em' | 'i' | 'blockquote' | 'h3' | 'h4' | 'code';

export interface NotesText {
  text: string;
}

export interface NotesElement {
  tag: AllowedTag;
  /** Only on `a`: an absolute `http(s):` or `mailto:` URL. */
  href?: string;
  children: NotesNode[];
}

/** A timestamp found in the text: `text` as written (`12:34`), `seconds` into the episode. */
export interface NotesTime {
  tag: 'time';
  seconds: number;
  text: string;
}

export type NotesNode = NotesText | NotesElement | NotesTime;

/** Source tag names (lower case) that are kept, and what they become. */
const KEEP = new Map<string, AllowedTag>([
  ['p', 'p'],
  ['br', 'br'],
  ['a', 'a'],
  ['ul', 'ul'],
  ['ol', 'ol'],
  ['li', 'li'],
  ['strong', 'strong'],
  ['b', 'b'],
  ['em', 'em'],
  ['i', 'i'],
  ['blockquote', 'blockquote'],
  ['code', 'code'],
  ['h1', 'h3'],
  ['h2', 'h3'],
  ['h3', 'h3'],
  ['h4', 'h4'],
  ['h5', 'h4'],
  ['h6', 'h4'],
]);

/** Containers whose content would otherwise run into its neighbours' text. */
const BLOCKS = new Set([
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'nav',
  'figure',
  'figcaption',
  'pre',
  'address',
  'center',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'tr',
  'hgroup',
  'fieldset',
  'form',
  'hr',
]);

/** Raw-text elements: their content is not markup, and it is dropped up to the end tag. */
const RAW_TEXT = new Set(['script', 'style', 'iframe', 'noscript', 'noembed', 'noframes', 'xmp', 'textarea', 'title']);

/** Elements dropped with everything inside them (content parsed, to find the matching end tag). */
const DROP_TREE = new Set(['template', 'object', 'svg', 'math', 'applet', 'frameset', 'head', 'select']);

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Start tags that close an open `<p>`, as in HTML. */
const CLOSES_P = new Set(['p', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table', 'hr', ...BLOCKS]);

/** Nesting beyond this is unwrapped (deep trees would exhaust the stack when rendered). */
const MAX_DEPTH = 48;
/** Open elements tracked, kept or not; past it, start tags are ignored (pathological input). */
const MAX_OPEN = 512;

const WHITESPACE = /[\t\n\f\r ]/;

/** What the tokenizer builds before the clean-up pass: `block` is a container to resolve. */
type RawNode = { text: string } | { tag: AllowedTag | 'block'; href?: string; children: RawNode[] };
type RawElement = Extract<RawNode, { tag: string }>;

interface Frame {
  /** The tag name as written (lower case), to match end tags. */
  name: string;
  /** Where this element's children go: its node's children, its parent's (unwrapped), or a bin (dropped). */
  into: RawNode[];
  /** Inside a dropped element: nothing is kept. */
  drop: boolean;
  /** Number of kept elements from the root down to here. */
  depth: number;
}

interface Tag {
  name: string;
  attributes: Map<string, string>;
  selfClosing: boolean;
  /** Index just past the `>`. */
  end: number;
}

/** Show notes HTML to a tree of allowed nodes; relative links resolve against `baseUrl`. Never throws. */
export function parseNotesHtml(source: unknown, baseUrl?: string): NotesNode[] {
  if (typeof source !== 'string' || source.trim() === '') return [];
  try {
    const raw = /<[a-zA-Z!/?]/.test(source) ? tokenize(source, baseUrl) : plainText(source);
    return finish(raw, 'flow', false);
  } catch {
    // Not reachable by design; if it were, the notes are still safe to show as text.
    return [{ text: source }];
  }
}

/** Notes without any markup: blank lines separate paragraphs, line breaks are kept. */
function plainText(source: string): RawNode[] {
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n[\t\f ]*\n\s*/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => {
      const children: RawNode[] = [];
      paragraph
        .trim()
        .split('\n')
        .forEach((line, i) => {
          if (i > 0) children.push({ tag: 'br', children: [] });
          children.push({ text: decodeEntities(line) });
        });
      return { tag: 'p', children };
    });
}

function tokenize(source: string, baseUrl: string | undefined): RawNode[] {
  const root: RawNode[] = [];
  const stack: Frame[] = [];
  const length = source.length;
  let cdata = 0;
  let i = 0;

  const top = (): Frame | undefined => stack[stack.length - 1];
  const into = (): RawNode[] => top()?.into ?? root;
  const dropping = (): boolean => top()?.drop ?? false;
  const depth = (): number => top()?.depth ?? 0;
  const append = (node: RawNode): void => {
    if (!dropping()) into().push(node);
  };
  const popTo = (index: number): void => {
    stack.length = index;
  };
  /**
   * The index of the nearest open element that matches, or -1. The search stops at a
   * `stopAt` element, and at the outermost element of a dropped subtree: inside one, only
   * its own end tags count, so its content cannot leak out of it.
   */
  const findOpen = (matches: (name: string) => boolean, stopAt?: (name: string) => boolean): number => {
    for (let j = stack.length - 1; j >= 0; j--) {
      const frame = stack[j]!;
      if (matches(frame.name)) return j;
      if (stopAt?.(frame.name)) return -1;
      if (frame.drop && !stack[j - 1]?.drop) return -1;
    }
    return -1;
  };

  const startTag = (tag: Tag): void => {
    const { name } = tag;
    if (dropping() || DROP_TREE.has(name)) {
      // `<svg/>` is closed (foreign elements self-close); a sloppy `<object/>` is taken as closed too.
      if (VOID.has(name) || tag.selfClosing) return;
      if (stack.length >= MAX_OPEN) {
        i = length; // nothing after an unclosable dropped element can be kept safely
        return;
      }
      stack.push({ name, into: [], drop: true, depth: depth() });
      return;
    }
    if (CLOSES_P.has(name)) {
      const p = findOpen(
        (open) => open === 'p',
        (open) => open === 'button' || open === 'td' || open === 'th',
      );
      if (p >= 0) popTo(p);
    }
    if (HEADINGS.has(name) && HEADINGS.has(top()?.name ?? '')) stack.pop();
    if (name === 'li') {
      const li = findOpen(
        (open) => open === 'li',
        (open) => open === 'ul' || open === 'ol',
      );
      if (li >= 0) popTo(li);
    }
    if (name === 'a') {
      // Links do not nest: a new one ends the open one.
      const a = findOpen((open) => open === 'a');
      if (a >= 0) popTo(a);
    }
    const kept = KEEP.get(name) ?? (BLOCKS.has(name) ? 'block' : undefined);
    if (VOID.has(name)) {
      if (kept === 'br') append({ tag: 'br', children: [] });
      else if (kept === 'block') append({ tag: 'block', children: [] }); // <hr>: a paragraph boundary
      return;
    }
    if (stack.length >= MAX_OPEN) return;
    let node: RawElement | undefined;
    if (kept === 'a') {
      const href = linkHref(tag.attributes.get('href'), baseUrl);
      if (href) node = { tag: 'a', href, children: [] };
    } else if (kept) {
      node = { tag: kept, children: [] };
    }
    if (!node || depth() >= MAX_DEPTH) {
      stack.push({ name, into: into(), drop: false, depth: depth() });
      return;
    }
    into().push(node);
    stack.push({ name, into: node.children, drop: false, depth: depth() + 1 });
  };

  const endTag = (name: string): void => {
    if (name === 'br' && !dropping()) {
      append({ tag: 'br', children: [] }); // `</br>` is read as `<br>` by browsers too
      return;
    }
    const heading = HEADINGS.has(name);
    const open = findOpen((candidate) => candidate === name || (heading && HEADINGS.has(candidate)));
    if (open >= 0) popTo(open);
  };

  while (i < length) {
    const lt = source.indexOf('<', i);
    const cdataEnd = cdata > 0 ? source.indexOf(']]>', i) : -1;
    const stop = lt < 0 ? length : lt;
    if (cdataEnd >= 0 && cdataEnd < stop) {
      if (cdataEnd > i) append({ text: decodeEntities(source.slice(i, cdataEnd)) });
      cdata--;
      i = cdataEnd + 3;
      continue;
    }
    if (stop > i) append({ text: decodeEntities(source.slice(i, stop)) });
    if (lt < 0) break;
    i = lt;
    const next = source.charAt(i + 1);
    if (source.startsWith('<!--', i)) {
      i = commentEnd(source, i);
    } else if (source.startsWith('<![CDATA[', i)) {
      // Feeds wrap notes in CDATA; an HTML parser would not, but the markup inside is what was meant.
      cdata++;
      i += 9;
    } else if (next === '!' || next === '?') {
      i = bogusCommentEnd(source, i + 2);
    } else if (next === '/') {
      const after = source.charAt(i + 2);
      if (isAsciiLetter(after)) {
        const tag = readTag(source, i + 2);
        if (!tag) break; // cut off by the end of the notes: dropped, as browsers do
        endTag(tag.name);
        i = tag.end;
      } else if (after === '>') {
        i += 3;
      } else {
        i = bogusCommentEnd(source, i + 2);
      }
    } else if (isAsciiLetter(next)) {
      const tag = readTag(source, i + 1);
      if (!tag) break;
      i = tag.end;
      if (tag.name === 'plaintext') break;
      if (RAW_TEXT.has(tag.name)) {
        i = rawTextEnd(source, i, tag.name);
        continue;
      }
      startTag(tag);
    } else {
      append({ text: '<' });
      i += 1;
    }
  }
  return root;
}

function isAsciiLetter(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z');
}

/** Past the end of a comment starting at `start` (`<!--`), or the end of the text. */
function commentEnd(source: string, start: number): number {
  if (source.startsWith('>', start + 4)) return start + 5; // <!-->
  if (source.startsWith('->', start + 4)) return start + 6; // <!--->
  const end = source.indexOf('-->', start + 4);
  const bang = source.indexOf('--!>', start + 4);
  const candidates = [end >= 0 ? end + 3 : -1, bang >= 0 ? bang + 4 : -1].filter((at) => at >= 0);
  return candidates.length ? Math.min(...candidates) : source.length;
}

function bogusCommentEnd(source: string, from: number): number {
  const end = source.indexOf('>', from);
  return end < 0 ? source.length : end + 1;
}

/** Past the end tag of a raw-text element whose content starts at `from`, or the end of the text. */
function rawTextEnd(source: string, from: number, name: string): number {
  const close = new RegExp(`</${name}(?=[\\t\\n\\f\\r />]|$)`, 'gi');
  close.lastIndex = from;
  const match = close.exec(source);
  if (!match) return source.length;
  const tag = readTag(source, match.index + 2);
  return tag ? tag.end : source.length;
}

/**
 * A start or end tag whose name begins at `start` (just past `<` or `</`), read as an HTML
 * parser does: quoted values may hold `>`, and a tag cut off by the end of the text is
 * `undefined`. Attribute values are decoded; only the first of a repeated name counts.
 */
function readTag(source: string, start: number): Tag | undefined {
  const length = source.length;
  let i = start;
  while (i < length && !WHITESPACE.test(source[i]!) && source[i] !== '/' && source[i] !== '>') i++;
  const name = source.slice(start, i).replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
  const attributes = new Map<string, string>();
  let selfClosing = false;
  while (i < length) {
    const char = source[i]!;
    if (char === '>') return { name, attributes, selfClosing, end: i + 1 };
    if (WHITESPACE.test(char)) {
      i++;
      continue;
    }
    if (char === '/') {
      selfClosing = source[i + 1] === '>';
      i++;
      continue;
    }
    selfClosing = false;
    // An attribute name runs to whitespace, `/`, `>` or `=` (a leading `=` is part of it).
    const nameStart = i;
    i++;
    while (i < length && !WHITESPACE.test(source[i]!) && source[i] !== '/' && source[i] !== '>' && source[i] !== '=') i++;
    const attribute = source.slice(nameStart, i).toLowerCase();
    while (i < length && WHITESPACE.test(source[i]!)) i++;
    let value = '';
    if (source[i] === '=') {
      i++;
      while (i < length && WHITESPACE.test(source[i]!)) i++;
      const quote = source[i];
      if (quote === '"' || quote === "'") {
        const close = source.indexOf(quote, i + 1);
        if (close < 0) return undefined;
        value = source.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < length && !WHITESPACE.test(source[i]!) && source[i] !== '>') i++;
        value = source.slice(valueStart, i);
      }
    }
    if (!attributes.has(attribute)) attributes.set(attribute, decodeEntities(value));
  }
  return undefined;
}

/** An `http(s):` link resolved against the base, or a `mailto:` one; anything else is `undefined`. */
function linkHref(raw: string | undefined, baseUrl: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const web = safeLinkUrl(raw, baseUrl);
  if (web) return web;
  try {
    // The URL parser strips tabs and newlines anywhere and controls at the ends, as browsers do.
    const url = new URL(raw.trim());
    return url.protocol === 'mailto:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

type Context = 'flow' | 'inline';

const BLOCK_LEVEL = new Set<string>(['p', 'ul', 'ol', 'li', 'blockquote', 'h3', 'h4']);

const isBlockLevel = (node: NotesNode): boolean => 'tag' in node && BLOCK_LEVEL.has(node.tag);

/** Has something to show: text other than whitespace, a timestamp, or a kept element with content. */
function hasContent(nodes: NotesNode[]): boolean {
  return nodes.some((node) => ('tag' in node ? node.tag !== 'br' : node.text.trim() !== ''));
}

/**
 * The clean-up pass: containers resolved, empty elements dropped, adjacent text joined,
 * timestamps split out of text outside links.
 */
function finish(nodes: RawNode[], context: Context, inLink: boolean): NotesNode[] {
  const out: NotesNode[] = [];
  let text = '';
  const flush = (): void => {
    if (text) out.push(...(inLink ? [{ text }] : splitTimes(text)));
    text = '';
  };
  for (const node of nodes) {
    if (!('tag' in node)) {
      text += node.text;
      continue;
    }
    if (node.tag === 'block') {
      const inner = finish(node.children, context, inLink);
      if (context === 'flow' && hasContent(inner) && !inner.some(isBlockLevel)) {
        flush();
        out.push({ tag: 'p', children: trimBreaks(inner) });
      } else if (context === 'flow') {
        flush();
        out.push(...paragraphs(inner));
      } else if (hasContent(inner)) {
        // A container inside a paragraph or list item: its content on a line of its own.
        flush();
        if (hasContent(out) && !endsWithBreak(out)) out.push({ tag: 'br', children: [] });
        out.push(...inner, { tag: 'br', children: [] });
      }
      continue;
    }
    flush();
    if (node.tag === 'br') {
      out.push({ tag: 'br', children: [] });
      continue;
    }
    const childContext: Context = node.tag === 'blockquote' ? 'flow' : 'inline';
    let children = finish(node.children, childContext, inLink || node.tag === 'a');
    if (node.tag === 'ul' || node.tag === 'ol') {
      children = children.filter((child) => 'tag' in child || child.text.trim() !== '');
    }
    if (BLOCK_LEVEL.has(node.tag)) children = trimBreaks(children);
    if (!hasContent(children)) {
      // Spacers (`<p>&nbsp;</p>`) and emptied elements go; inline whitespace stays as text.
      if (!BLOCK_LEVEL.has(node.tag) && node.tag !== 'a' && children.length) text += textOf(children);
      continue;
    }
    const element: NotesElement = { tag: node.tag, children };
    if (node.href !== undefined) element.href = node.href;
    out.push(element);
  }
  flush();
  return context === 'flow' ? out : trimTrailingBreak(out);
}

/** A container's mixed content: runs of text and inline markup between blocks become paragraphs. */
function paragraphs(nodes: NotesNode[]): NotesNode[] {
  const out: NotesNode[] = [];
  let run: NotesNode[] = [];
  const end = (): void => {
    if (hasContent(run)) out.push({ tag: 'p', children: trimBreaks(run) });
    run = [];
  };
  for (const node of nodes) {
    if (isBlockLevel(node)) {
      end();
      out.push(node);
    } else {
      run.push(node);
    }
  }
  end();
  return out;
}

function textOf(nodes: NotesNode[]): string {
  return nodes.map((node) => ('tag' in node ? (node.tag === 'time' ? node.text : textOf(node.children)) : node.text)).join('');
}

const isBreak = (node: NotesNode | undefined): boolean => node !== undefined && 'tag' in node && node.tag === 'br';
const isBlank = (node: NotesNode | undefined): boolean => node !== undefined && !('tag' in node) && node.text.trim() === '';

function endsWithBreak(nodes: NotesNode[]): boolean {
  for (let j = nodes.length - 1; j >= 0; j--) {
    if (isBlank(nodes[j])) continue;
    return isBreak(nodes[j]);
  }
  return false;
}

/** Line breaks at the very start or end of a paragraph only add blank space. */
function trimBreaks(nodes: NotesNode[]): NotesNode[] {
  let start = 0;
  let end = nodes.length;
  while (start < end && (isBreak(nodes[start]) || isBlank(nodes[start]))) start++;
  while (end > start && (isBreak(nodes[end - 1]) || isBlank(nodes[end - 1]))) end--;
  return start === 0 && end === nodes.length ? nodes : nodes.slice(start, end);
}

function trimTrailingBreak(nodes: NotesNode[]): NotesNode[] {
  return isBreak(nodes[nodes.length - 1]) ? nodes.slice(0, -1) : nodes;
}

/**
 * `12:34`, `1:02:03`, `(00:12:34)`: seconds two digits below 60, minutes below 60 after
 * hours. Not a ratio (`16:9`, `3:2`), not part of a longer number or clock (`12:345`,
 * `12:34:56:78`, `2024-05-01T12:34:56Z`), not a time of day (`9:30 am`, `20:15 Uhr`).
 */
const TIMESTAMP = /(?<![\w:.])(?:\d{1,2}:[0-5]\d|\d{1,3}):[0-5]\d(?!\w|[:.,]\d)(?!\s*(?:[ap]\.?m\.?(?![\w])|uhr\b|h\b))/gi;

/** Text with its timestamps as `time` nodes. */
export function splitTimes(text: string): NotesNode[] {
  const out: NotesNode[] = [];
  let last = 0;
  for (const match of text.matchAll(TIMESTAMP)) {
    const seconds = parseTime(match[0]);
    if (seconds === undefined) continue;
    if (match.index > last) out.push({ text: text.slice(last, match.index) });
    out.push({ tag: 'time', seconds, text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
