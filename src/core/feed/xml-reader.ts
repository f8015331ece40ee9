/**
 * A small XML reader for podcast feeds, the same in the browser and in Node. It builds a
 * tree of elements and text, and refuses a document that is not well-formed with the line
 * and column of the first fault: a feed cut off mid-download must not pass for a shorter
 * feed (Chromium's DOMParser keeps the items before an error and only adds a
 * `<parsererror>` element, easy to miss).
 *
 * Deliberately lenient where real feeds break the letter of XML but nothing is lost:
 * namespace prefixes nobody declared are kept as written; HTML's named entities are read
 * (`&nbsp;`, `&eacute;`), and an unknown entity or a bare `&` is kept as written and
 * reported, not fatal. What it does not do: validate, fetch DTDs, or expand entities
 * declared with references to others (no "billion laughs").
 */

import { message, quote, type Message, type MessageParams, type Problem } from '../message.js';
import { htmlEntity } from './html-entities.js';

export interface XmlElement {
  /** The local name: `transcript` for `<podcast:transcript>`. */
  name: string;
  /** The prefix as written (`podcast`), or `''`. */
  prefix: string;
  /** The namespace URI the prefix (or the default namespace) is bound to; `''` when none is declared. */
  namespace: string;
  /** Attributes by their name as written (`url`, `xml:lang`), values decoded. */
  attributes: Map<string, string>;
  children: XmlNode[];
  /** Offsets into the text: the `<` of the start tag, and the start and end of the content. */
  start: number;
  contentStart: number;
  contentEnd: number;
}

export type XmlNode = XmlElement | string;

export interface XmlDocument {
  /** Missing when the text is not well-formed XML: then a fatal problem says where. */
  root?: XmlElement;
  problems: Problem[];
  /** Line and column (1-based) of an offset in the text. */
  position: (offset: number) => { line: number; column: number };
}

/** Beyond this many entity slips, the rest are counted, not listed. */
const MAX_ENTITY_PROBLEMS = 20;

const NAME = /[A-Za-z_:\u00c0-\uffff][\w.:\u00b7-\uffff-]*/y;
const SPACE = /[ \t\r\n]*/y;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z_][\w.-]{0,31}));/y;
const PREDEFINED = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);
const DECLARED_ENTITY = /<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"%&<]*)"|'([^'%&<]*)')\s*>/g;

/** Thrown inside the reader only, to stop at the first structural fault. */
class Fatal extends Error {
  constructor(
    readonly offset: number,
    readonly problem: Message,
  ) {
    super(problem.code);
  }
}

/** Reads XML text into a tree. Never throws. */
export function parseXml(text: string): XmlDocument {
  let lineStarts: number[] | undefined;
  const position = (offset: number): { line: number; column: number } => {
    lineStarts ??= findLineStarts(text);
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
  const problems: Problem[] = [];
  try {
    const root = new Reader(text, problems, position).read();
    return { root, problems, position };
  } catch (error) {
    if (error instanceof Fatal) problems.push({ ...error.problem, ...position(error.offset), fatal: true });
    else problems.push({ ...message('file-unreadable', { detail: String(error) }), fatal: true });
    return { problems, position };
  }
}

function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

class Reader {
  private i = 0;
  private readonly stack: XmlElement[] = [];
  private readonly scopes: Map<string, string>[] = [new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])];
  private readonly declared = new Map<string, string>();
  private root: XmlElement | undefined;
  private entityProblems = 0;

  constructor(
    private readonly text: string,
    private readonly problems: Problem[],
    private readonly position: (offset: number) => { line: number; column: number },
  ) {}

  read(): XmlElement {
    const { text } = this;
    if (text.charCodeAt(0) === 0xfeff) this.i = 1;
    SPACE.lastIndex = this.i;
    SPACE.exec(text);
    const first = SPACE.lastIndex;
    if (first >= text.length) throw new Fatal(first, message('file-empty', {}));
    if (text[first] !== '<') throw new Fatal(first, message('xml-not-xml', { found: quote(text.slice(first, first + 24)) }));
    while (this.i < text.length) {
      const lt = text.indexOf('<', this.i);
      const textEnd = lt < 0 ? text.length : lt;
      if (textEnd > this.i) this.characters(this.i, textEnd);
      if (lt < 0) break;
      const next = text[lt + 1];
      if (next === '/') this.endTag(lt);
      else if (next === '!') this.declaration(lt);
      else if (next === '?') this.i = this.until('?>', lt + 2, 'instruction') + 2;
      else this.startTag(lt);
    }
    const open = this.stack[this.stack.length - 1];
    if (open) {
      throw new Fatal(
        text.length,
        message('xml-unexpected-end', {
          open: open.prefix ? `${open.prefix}:${open.name}` : open.name,
          openedAtLine: this.position(open.start).line,
        }),
      );
    }
    if (!this.root) throw new Fatal(text.length, message('xml-unexpected-end', {}));
    if (this.entityProblems > MAX_ENTITY_PROBLEMS) {
      this.problems.push(message('more-problems', { count: this.entityProblems - MAX_ENTITY_PROBLEMS }));
    }
    return this.root;
  }

  /** Text between tags: inside the root element it is content; outside it only white space may stand. */
  private characters(from: number, to: number): void {
    const parent = this.stack[this.stack.length - 1];
    if (!parent) {
      SPACE.lastIndex = from;
      SPACE.exec(this.text);
      if (SPACE.lastIndex < to) throw new Fatal(SPACE.lastIndex, message('xml-text-outside-root', {}));
    } else {
      parent.children.push(this.decode(this.text.slice(from, to), from).replace(/\r\n?/g, '\n'));
    }
    this.i = to;
  }

  private startTag(lt: number): void {
    const { text } = this;
    if (this.root && this.stack.length === 0) throw new Fatal(lt, message('xml-text-outside-root', {}));
    let i = lt + 1;
    const qname = this.name(i, 'a tag name');
    i += qname.length;
    const attributes = new Map<string, string>();
    let scope = this.scopes[this.scopes.length - 1]!;
    let selfClosing = false;
    for (;;) {
      SPACE.lastIndex = i;
      SPACE.exec(text);
      const spaced = SPACE.lastIndex > i;
      i = SPACE.lastIndex;
      const char = text[i];
      if (char === '>') {
        i++;
        break;
      }
      if (char === '/' && text[i + 1] === '>') {
        i += 2;
        selfClosing = true;
        break;
      }
      if (char === undefined) throw new Fatal(i, message('xml-unexpected-end', { within: 'tag' }));
      if (!spaced) throw new Fatal(i, message('xml-unexpected', { found: quote(char), expected: 'tag-end' }));
      const name = this.name(i, 'an attribute name');
      i += name.length;
      SPACE.lastIndex = i;
      SPACE.exec(text);
      i = SPACE.lastIndex;
      if (text[i] !== '=') throw this.unexpected(i, 'equals');
      SPACE.lastIndex = i + 1;
      SPACE.exec(text);
      i = SPACE.lastIndex;
      const mark = text[i];
      if (mark !== '"' && mark !== "'") throw this.unexpected(i, 'quote');
      const close = text.indexOf(mark, i + 1);
      if (close < 0) throw new Fatal(text.length, message('xml-unexpected-end', { within: 'tag' }));
      const raw = text.slice(i + 1, close);
      const angle = raw.indexOf('<');
      if (angle >= 0) throw new Fatal(i + 1 + angle, message('xml-unexpected', { found: quote('<') }));
      // Duplicates break XML's rules but lose nothing: the first one counts.
      if (!attributes.has(name)) {
        const value = this.decode(raw.replace(/[\t\n\r]/g, ' '), i + 1);
        attributes.set(name, value);
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
          if (scope === this.scopes[this.scopes.length - 1]) scope = new Map(scope);
          scope.set(name === 'xmlns' ? '' : name.slice(6), value);
        }
      }
      i = close + 1;
    }
    const colon = qname.indexOf(':');
    const prefix = colon > 0 ? qname.slice(0, colon) : '';
    const element: XmlElement = {
      name: colon > 0 ? qname.slice(colon + 1) : qname,
      prefix,
      namespace: scope.get(prefix) ?? '',
      attributes,
      children: [],
      start: lt,
      contentStart: i,
      contentEnd: i,
    };
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(element);
    else this.root = element;
    if (!selfClosing) {
      this.stack.push(element);
      this.scopes.push(scope);
    }
    this.i = i;
  }

  private endTag(lt: number): void {
    const { text } = this;
    const qname = this.name(lt + 2, 'a tag name');
    SPACE.lastIndex = lt + 2 + qname.length;
    SPACE.exec(text);
    const i = SPACE.lastIndex;
    if (text[i] !== '>')
      throw i >= text.length ? new Fatal(i, message('xml-unexpected-end', { within: 'tag' })) : this.unexpected(i, 'tag-end');
    const open = this.stack.pop();
    if (!open) throw new Fatal(lt, message('xml-unexpected', { found: quote(`</${qname}>`) }));
    const expected = open.prefix ? `${open.prefix}:${open.name}` : open.name;
    if (expected !== qname) {
      throw new Fatal(lt, message('xml-mismatched-tag', { expected, found: qname, openedAtLine: this.position(open.start).line }));
    }
    this.scopes.pop();
    open.contentEnd = lt;
    this.i = i + 1;
  }

  /** `<!-- -->`, `<![CDATA[ ]]>` and `<!DOCTYPE …>`. */
  private declaration(lt: number): void {
    const { text } = this;
    if (text.startsWith('<!--', lt)) {
      this.i = this.until('-->', lt + 4, 'comment') + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = this.until(']]>', lt + 9, 'cdata');
      const parent = this.stack[this.stack.length - 1];
      if (!parent) throw new Fatal(lt, message('xml-text-outside-root', {}));
      parent.children.push(text.slice(lt + 9, end).replace(/\r\n?/g, '\n'));
      this.i = end + 3;
    } else if (text.startsWith('<!DOCTYPE', lt) && !this.root) {
      this.i = this.doctype(lt);
    } else {
      throw new Fatal(lt, message('xml-unexpected', { found: quote(text.slice(lt, lt + 12)) }));
    }
  }

  /** Skips a document type declaration, keeping the plain entities its internal subset declares. */
  private doctype(lt: number): number {
    const { text } = this;
    let i = lt + 9;
    while (i < text.length) {
      const char = text[i];
      if (char === '"' || char === "'") {
        const close = text.indexOf(char, i + 1);
        if (close < 0) break;
        i = close + 1;
      } else if (char === '[') {
        const close = this.subsetEnd(i + 1);
        if (close < 0) break;
        for (const match of text.slice(i + 1, close).matchAll(DECLARED_ENTITY)) this.declared.set(match[1]!, match[2] ?? match[3] ?? '');
        i = close + 1;
      } else if (char === '>') {
        return i + 1;
      } else i++;
    }
    throw new Fatal(text.length, message('xml-unexpected-end', { within: 'doctype' }));
  }

  /** The `]` that ends an internal subset, past quoted values that may hold one. */
  private subsetEnd(from: number): number {
    const { text } = this;
    for (let i = from; i < text.length; i++) {
      const char = text[i];
      if (char === ']') return i;
      if (char === '"' || char === "'") {
        const close = text.indexOf(char, i + 1);
        if (close < 0) return -1;
        i = close;
      }
    }
    return -1;
  }

  private until(end: string, from: number, within: 'comment' | 'cdata' | 'instruction'): number {
    const at = this.text.indexOf(end, from);
    if (at < 0) throw new Fatal(this.text.length, message('xml-unexpected-end', { within }));
    return at;
  }

  private name(at: number, what: 'a tag name' | 'an attribute name'): string {
    NAME.lastIndex = at;
    const match = NAME.exec(this.text);
    if (!match)
      throw at >= this.text.length
        ? new Fatal(at, message('xml-unexpected-end', { within: 'tag' }))
        : this.unexpected(at, what === 'a tag name' ? 'tag-name' : 'attribute-name');
    return match[0];
  }

  private unexpected(at: number, expected: NonNullable<MessageParams['xml-unexpected']['expected']>): Fatal {
    return new Fatal(at, message('xml-unexpected', { found: quote(this.text[at] ?? ''), expected }));
  }

  /** Character and entity references, with HTML's names read and anything else kept as written. */
  private decode(raw: string, offset: number): string {
    if (!raw.includes('&')) return raw;
    let out = '';
    let from = 0;
    for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', from)) {
      out += raw.slice(from, amp);
      ENTITY.lastIndex = amp;
      const match = ENTITY.exec(raw);
      if (!match) {
        this.slip(offset + amp, message('xml-bare-ampersand', {}));
        out += '&';
        from = amp + 1;
        continue;
      }
      const [whole, decimal, hex, name] = match;
      if (name === undefined) {
        const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
        out += code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
      } else {
        const character = PREDEFINED.get(name) ?? this.declared.get(name) ?? htmlEntity(name);
        if (character === undefined) this.slip(offset + amp, message('xml-undefined-entity', { entity: whole }));
        out += character ?? whole;
      }
      from = amp + whole.length;
    }
    return out + raw.slice(from);
  }

  private slip(offset: number, problem: Message): void {
    if (++this.entityProblems <= MAX_ENTITY_PROBLEMS) this.problems.push({ ...problem, ...this.position(offset) });
  }
}
