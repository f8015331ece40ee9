import { problem, quote, type Problem } from '../message.js';
import type { ParseResult, RawChapter, SourceInfo } from '../model.js';
import { collapseWhitespace, lineCounter, readAttributes } from '../text.js';
import { parseTime } from '../time.js';
import { urls } from './podcast-json-chapters.js';

// Any namespace prefix (`psc:`, `sc:`, none); `chapter` but never `chapters`.
const BLOCK = /<(?:[\w.-]+:)?chapters\b[^<>]*>([\s\S]*?)(?:<\/(?:[\w.-]+:)?chapters\s*>|$)/;
const CHAPTER = /<(?:[\w.-]+:)?chapter(\s[^<>]*?)?\/?>/g;

/**
 * Podlove Simple Chapters `<psc:chapter start="7:48" title="…" href="…" image="…"/>`, on its
 * own or inside a feed item. Only the first `<psc:chapters>` counts (the spec allows one).
 * Starts are Normal Play Time: `37`, `7:48`, `05:12:03.5` (that is 500 ms).
 */
export function parsePodloveSimpleChapters(text: string, source?: SourceInfo): ParseResult<RawChapter> {
  const problems: Problem[] = [];
  const items: RawChapter[] = [];
  const block = BLOCK.exec(text);
  const offset = block ? block.index + block[0].indexOf('>') + 1 : 0;
  const lineAt = lineCounter(text);
  for (const match of (block ? block[1]! : text).matchAll(CHAPTER)) {
    const at = { line: lineAt(offset + match.index) };
    const attrs = readAttributes(match[1] ?? '');
    const start = parseTime(attrs.get('start'));
    if (start === undefined) {
      const written = attrs.get('start');
      problems.push(
        written === undefined
          ? problem('start-missing', { entry: 'chapter' }, at)
          : problem('start-not-time', { value: quote(written), entry: 'chapter' }, at),
      );
      continue;
    }
    const links = urls(attrs.get('image'), attrs.get('href'), at, at, source?.url, problems);
    items.push({ start, title: collapseWhitespace(attrs.get('title') ?? ''), ...links, toc: true });
  }
  if (items.length === 0)
    problems.push(problem('nothing-found', { resource: 'chapters', example: '<psc:chapter start="…" title="…"/>' }, { fatal: true }));
  return { items, problems };
}
