import { problem, quote, type Problem } from '../message.js';
import type { ParseResult, RawChapter, SourceInfo } from '../model.js';
import { isObject, readJson } from '../read-json.js';
import { collapseWhitespace } from '../text.js';
import { safeImageUrl, safeLinkUrl } from '../url-safety.js';
import { readSpan, textOf } from './json.js';

/**
 * Podcasting 2.0 JSON chapters `{version, chapters: [{startTime, title, img, url, toc, endTime}]}`.
 * Tolerates what real files do: no `version`, times as strings, the first draft's `marker`
 * and the removed `hasArtwork` file name, relative `img`/`url` (resolved against the file's
 * URL), unknown keys. `toc: false` chapters are kept, marked, for the artwork they carry.
 */
export function parsePodcastJsonChapters(text: string, source?: SourceInfo): ParseResult<RawChapter> {
  const { value, problems } = readJson(text, { singleQuotes: true });
  if (problems.some((problem) => problem.fatal)) return { items: [], problems };
  const chapters = isObject(value) ? value['chapters'] : undefined;
  if (!Array.isArray(chapters)) {
    problems.push(
      problem('list-missing', { field: 'chapters', example: '{"version": "1.2.0", "chapters": [...]}' }, { path: 'chapters', fatal: true }),
    );
    return { items: [], problems };
  }
  const items: RawChapter[] = [];
  chapters.forEach((chapter, i) => {
    const where = `chapters[${i}]`;
    if (!isObject(chapter)) {
      problems.push(problem('entry-not-object', { entry: 'chapter' }, { path: where }));
      return;
    }
    const span = readSpan(chapter, where, ['startTime', 'marker', 'start'], ['endTime'], problems, 'chapter');
    if (!span) return;
    const img = chapter['img'] ?? (typeof chapter['hasArtwork'] === 'string' ? chapter['hasArtwork'] : undefined);
    items.push({
      ...span,
      title: collapseWhitespace(textOf(chapter['title'])),
      ...urls(img, chapter['url'], { path: `${where}.img` }, { path: `${where}.url` }, source?.url, problems),
      toc: chapter['toc'] !== false && chapter['toc'] !== 'false',
    });
  });
  return { items, problems };
}

/**
 * A chapter's image and link, made safe; a value that is present but unusable is reported,
 * so a podcaster learns why the art is missing. Shared with the Podlove readers.
 */
export function urls(
  image: unknown,
  link: unknown,
  imageAt: { path: string } | { line: number },
  linkAt: { path: string } | { line: number },
  base: string | undefined,
  problems: Problem[],
): { image?: string; link?: string } {
  const result: { image?: string; link?: string } = {};
  const safeImage = safeImageUrl(image, base);
  const safeLink = safeLinkUrl(link, base);
  if (safeImage) result.image = safeImage;
  else if (textOf(image) !== '') problems.push(problem('image-address-unusable', { value: quote(image) }, imageAt));
  if (safeLink) result.link = safeLink;
  else if (textOf(link) !== '') problems.push(problem('link-address-unusable', { value: quote(link) }, linkAt));
  return result;
}
