import { problem } from '../message.js';
import type { ParseResult, RawChapter, SourceInfo } from '../model.js';
import { isObject, readJson } from '../read-json.js';
import { collapseWhitespace } from '../text.js';
import { readSpan, textOf } from './json.js';
import { urls } from './podcast-json-chapters.js';

/**
 * Podlove Web Player chapters: a bare array of `{start: "HH:MM:SS.mmm", title, href, image}`,
 * where `""` means no link or image. Podlove has no end times.
 */
export function parsePodloveJsonChapters(text: string, source?: SourceInfo): ParseResult<RawChapter> {
  const { value, problems } = readJson(text, { singleQuotes: true });
  if (problems.some((problem) => problem.fatal)) return { items: [], problems };
  if (!Array.isArray(value)) {
    problems.push(problem('not-a-list', { entry: 'chapter', example: '[{"start": "00:00:00.000", "title": …}]' }, { fatal: true }));
    return { items: [], problems };
  }
  const items: RawChapter[] = [];
  value.forEach((chapter, i) => {
    const where = `[${i}]`;
    if (!isObject(chapter)) {
      problems.push(problem('entry-not-object', { entry: 'chapter' }, { path: where }));
      return;
    }
    const span = readSpan(chapter, where, ['start', 'startTime'], [], problems, 'chapter');
    if (!span) return;
    const links = urls(chapter['image'], chapter['href'], { path: `${where}.image` }, { path: `${where}.href` }, source?.url, problems);
    items.push({ ...span, title: collapseWhitespace(textOf(chapter['title'])), ...links, toc: true });
  });
  return { items, problems };
}
