/**
 * HTML as plain data, for the pure readers of page markup: the element walks its light-DOM
 * children into this (`src/components/markup-children.ts`), tests write it by hand, and
 * no reader needs a DOM. Text is as the DOM holds it: character references already decoded.
 */

export interface MarkupText {
  text: string;
}

export interface MarkupElement {
  /** Lower case (`li`, `a`). */
  tag: string;
  /** Lower-case names; values as written. */
  attributes: Readonly<Record<string, string>>;
  children: readonly MarkupNode[];
}

export type MarkupNode = MarkupText | MarkupElement;

export const isElement = (node: MarkupNode): node is MarkupElement => 'tag' in node;

/** The text content of a node, as `textContent` gives it. */
export function textOf(node: MarkupNode): string {
  if (!isElement(node)) return node.text;
  let text = '';
  for (const child of node.children) text += textOf(child);
  return text;
}

/** The element's class names. */
export const classesOf = (element: MarkupElement): string[] => (element.attributes['class'] ?? '').split(/\s+/).filter(Boolean);

/** Element or text, the shorthand tests and the command line build trees with. */
export function element(tag: string, attributes: Record<string, string> = {}, children: (MarkupNode | string)[] = []): MarkupElement {
  return { tag, attributes, children: children.map((child) => (typeof child === 'string' ? { text: child } : child)) };
}
