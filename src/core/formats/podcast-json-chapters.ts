import type { ParseResult, Problem, RawChapter, SourceInfo } from '../model.js';
import { collapseWhitespace } from '../text.js';
import { safeImageUrl, safeLinkUrl } from '../url-safety.js';
import { describe, isObject, readJson, readSpan, textOf } from './json.js';

/**
 * Podcasting 2.0 JSON chapters `{version, chapters: [{startTime, title, img, url, toc, endTime}]}`.
 * Tolerates what real files do: no `version`, times as strings, the first draft's `marker`
 * and the removed `hasArtwork` file name, relative `img`/`url` (resolved against the file's
 * URL), unknown keys. `toc: false` chapters are kept, marked, for the artwork they carry.
 */
export function parsePodcastJsonChapters(text: string, source?: SourceInfo): ParseResult<RawChapter> {
  const { value, problems } = readJson(text);
  if (problems.some((problem) => problem.fatal)) return { items: [], problems };
  const chapters = isObject(value) ? value['chapters'] : undefined;
  if (!Array.isArray(chapters)) {
    problems.push({ where: 'chapters', message: 'chapters is missing (expected {"version": "1.2.0", "chapters": [...]})', fatal: true });
    return { items: [], problems };
  }
  const items: RawChapter[] = [];
  chapters.forEach((chapter, i) => {
    const where = `chapters[${i}]`;
    if (!isObject(chapter)) {
      problems.push({ where, message: 'this chapter is not an object, so it was skipped' });
      return;
    }
    const span = readSpan(chapter, where, ['startTime', 'marker', 'start'], ['endTime'], problems, 'chapter');
    if (!span) return;
    const img = chapter['img'] ?? (typeof chapter['hasArtwork'] === 'string' ? chapter['hasArtwork'] : undefined);
    items.push({
      ...span,
      title: collapseWhitespace(textOf(chapter['title'])),
      ...urls(img, chapter['url'], `${where}.img`, `${where}.url`, source?.url, problems),
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
  imageWhere: string,
  linkWhere: string,
  base: string | undefined,
  problems: Problem[],
): { image?: string; link?: string } {
  const result: { image?: string; link?: string } = {};
  const safeImage = safeImageUrl(image, base);
  const safeLink = safeLinkUrl(link, base);
  if (safeImage) result.image = safeImage;
  else if (textOf(image) !== '')
    problems.push({
      where: imageWhere,
      message: `the image address ${describe(image)} is not a usable http(s) or image address and was ignored`,
    });
  if (safeLink) result.link = safeLink;
  else if (textOf(link) !== '')
    problems.push({ where: linkWhere, message: `the link ${describe(link)} is not a usable http(s) address and was ignored` });
  return result;
}
