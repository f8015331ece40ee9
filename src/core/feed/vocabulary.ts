/**
 * Which vocabulary an element of a feed belongs to, by its namespace URI — so
 * `<podcast:transcript>` is found under any prefix and under both URIs the Podcasting 2.0
 * namespace has had — or, when a feed forgot to declare the prefix, by the prefix
 * everyone uses for it.
 */

import type { XmlElement, XmlNode } from './xml-reader.js';

export type Vocabulary = 'rss' | 'itunes' | 'podcast' | 'psc' | 'content' | 'atom' | 'other';

const BY_URI: [RegExp, Vocabulary][] = [
  [/itunes\.com\/dtds\/podcast-1\.0\.dtd/i, 'itunes'],
  // The namespace's home, and the GitHub document URI early feeds were told to use.
  [/podcastindex\.org\/namespace|podcastindex-org\/podcast-namespace/i, 'podcast'],
  [/podlove\.org\/simple-chapters/i, 'psc'],
  [/purl\.org\/rss\/1\.0\/modules\/content/i, 'content'],
  [/^https?:\/\/www\.w3\.org\/2005\/atom$/i, 'atom'],
];

const BY_PREFIX = new Map<string, Vocabulary>([
  ['itunes', 'itunes'],
  ['podcast', 'podcast'],
  ['psc', 'psc'],
  ['content', 'content'],
  ['atom', 'atom'],
]);

export function vocabularyOf(element: XmlElement): Vocabulary {
  if (element.namespace) {
    for (const [pattern, vocabulary] of BY_URI) if (pattern.test(element.namespace)) return vocabulary;
    // RSS 2.0 has no namespace; a feed that declares a default one still means RSS by its plain names.
    return element.prefix ? 'other' : 'rss';
  }
  return element.prefix ? (BY_PREFIX.get(element.prefix) ?? 'other') : 'rss';
}

const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string';

/** The child elements of one vocabulary and local name, in document order. */
export function childrenNamed(parent: XmlElement, vocabulary: Vocabulary, name: string): XmlElement[] {
  return parent.children.filter((node): node is XmlElement => isElement(node) && node.name === name && vocabularyOf(node) === vocabulary);
}

export function childNamed(parent: XmlElement, vocabulary: Vocabulary, name: string): XmlElement | undefined {
  return parent.children.find((node): node is XmlElement => isElement(node) && node.name === name && vocabularyOf(node) === vocabulary);
}

/** The element's text, child elements' text included, trimmed. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  let text = '';
  const visit = (node: XmlElement): void => {
    for (const child of node.children) {
      if (typeof child === 'string') text += child;
      else visit(child);
    }
  };
  visit(element);
  return text.trim();
}
