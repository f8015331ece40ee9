/**
 * Test helper: HTML text to the plain markup tree the readers take (`src/core/markup-tree.ts`),
 * as a browser's parser would give it for the well-formed markup tests write: tags, quoted and
 * bare attributes, void elements, character references decoded. Not a full HTML parser.
 */
import type { MarkupElement, MarkupNode } from '../../src/core/markup-tree.js';
import { decodeEntities } from '../../src/core/text.js';

const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'source', 'wbr']);
const RAW = new Set(['script', 'style']);
const TOKEN = /<!--[\s\S]*?-->|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function markupFromHtml(html: string): MarkupNode[] {
  const root: { children: MarkupNode[] } = { children: [] };
  const stack: { tag: string; children: MarkupNode[] }[] = [{ tag: '#root', ...root }];
  const top = () => stack[stack.length - 1]!;
  let at = 0;
  const text = (raw: string) => raw && top().children.push({ text: decodeEntities(raw) });
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    text(html.slice(at, match.index));
    at = TOKEN.lastIndex;
    const [whole, end, start, attrs = ''] = match;
    if (whole.startsWith('<!--')) continue;
    if (end) {
      const name = end.toLowerCase();
      const open = stack.map((frame) => frame.tag).lastIndexOf(name);
      if (open > 0) stack.length = open;
      continue;
    }
    const tag = start!.toLowerCase();
    const attributes: Record<string, string> = {};
    for (const [, name, a, b, c] of attrs.matchAll(ATTRIBUTE)) attributes[name!.toLowerCase()] = decodeEntities(a ?? b ?? c ?? '', true);
    const element: MarkupElement & { children: MarkupNode[] } = { tag, attributes, children: [] };
    top().children.push(element);
    if (RAW.has(tag)) {
      const close = html.toLowerCase().indexOf(`</${tag}`, at);
      const body = html.slice(at, close < 0 ? html.length : close);
      if (body) element.children.push({ text: body });
      TOKEN.lastIndex = at = close < 0 ? html.length : html.indexOf('>', close) + 1;
      continue;
    }
    // `<p>` and `<li>` close an open one of their kind, as HTML's parser does.
    if ((tag === 'li' || tag === 'p') && top().tag === tag) stack.pop();
    if (!VOID.has(tag) && !whole.endsWith('/>')) stack.push({ tag, children: element.children });
  }
  text(html.slice(at));
  return root.children;
}
