import type { MarkupNode } from '../core/markup-tree.js';

/** Elements whose content is never episode text: read past, not into. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * The element's light-DOM children as the plain tree the markup reader takes
 * (`src/core/read-episode-markup.ts`): tags, attributes and text, nothing else of the DOM.
 */
export function markupOf(parent: ParentNode): MarkupNode[] {
  const nodes: MarkupNode[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) nodes.push({ text: child.nodeValue ?? '' });
    else if (child.nodeType === 1 && !SKIPPED.has((child as Element).tagName)) {
      const element = child as Element;
      const attributes: Record<string, string> = {};
      for (const { name, value } of element.attributes) attributes[name] = value;
      nodes.push({ tag: element.localName, attributes, children: markupOf(element) });
    }
  }
  return nodes;
}
