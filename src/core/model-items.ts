/**
 * Data a page hands over already in the player's own model (`Segment[]`, `Chapter[]`, as
 * the `segments` and `chapterList` properties give them out) is checked as a file is: it
 * comes from a page's script, an API or an episode file's inline array, and reaches the
 * shadow DOM as text, `href` and `src`. Each item is rebuilt from the fields the model
 * has; what cannot be used is dropped and reported by its path (`[3].link`).
 */

import { readSpan } from './formats/json.js';
import { problem, quote, type DataResource, type Problem } from './message.js';
import type { ParseResult, RawChapter, RawSegment, Word } from './model.js';
import { isObject, type JsonObject } from './read-json.js';
import { safeImageUrl, safeLinkUrl } from './url-safety.js';

/**
 * Whether `value` is a list in the model's shape: every item has a numeric `start` and the
 * text (`text`, or a chapter's `title` and boolean `toc`). Anything else is read as a file.
 */
export function isModelShaped(kind: DataResource, value: unknown): value is JsonObject[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => isModelItem(kind, item));
}

function isModelItem(kind: DataResource, item: unknown): boolean {
  if (!isObject(item)) return false;
  const timed = typeof item['start'] === 'number' && Number.isFinite(item['start']);
  return kind === 'transcript'
    ? timed && typeof item['text'] === 'string'
    : timed && typeof item['title'] === 'string' && typeof item['toc'] === 'boolean';
}

/** Segments from model-shaped items (see `isModelShaped`). */
export function readModelSegments(items: readonly JsonObject[]): ParseResult<RawSegment> {
  const problems: Problem[] = [];
  const segments: RawSegment[] = [];
  items.forEach((item, i) => {
    const where = `[${i}]`;
    const span = readSpan(item, where, ['start'], ['end'], problems, 'segment');
    if (!span) return;
    const segment: RawSegment = { ...span, text: String(item['text']) };
    const speaker = item['speaker'];
    if (typeof speaker === 'string') {
      if (speaker.trim()) segment.speaker = speaker;
    } else if (speaker !== undefined && speaker !== null) {
      problems.push(problem('not-text', { value: quote(speaker) }, { path: `${where}.speaker` }));
    }
    const words = readWords(item['words'], `${where}.words`, problems);
    if (words) segment.words = words;
    segments.push(segment);
  });
  return { items: segments, problems };
}

/** Chapters from model-shaped items; relative `image` and `link` URLs resolve against `baseUrl`. */
export function readModelChapters(items: readonly JsonObject[], baseUrl?: string): ParseResult<RawChapter> {
  const problems: Problem[] = [];
  const chapters: RawChapter[] = [];
  items.forEach((item, i) => {
    const where = `[${i}]`;
    const span = readSpan(item, where, ['start'], ['end'], problems, 'chapter');
    if (!span) return;
    const chapter: RawChapter = { ...span, title: String(item['title']), toc: item['toc'] === true };
    const image = readUrl(item['image'], baseUrl, safeImageUrl, 'image-address-unusable', `${where}.image`, problems);
    if (image) chapter.image = image;
    const link = readUrl(item['link'], baseUrl, safeLinkUrl, 'link-address-unusable', `${where}.link`, problems);
    if (link) chapter.link = link;
    chapters.push(chapter);
  });
  return { items: chapters, problems };
}

/** Timed words: a list of `{start, end, text}`; a word without all three is skipped, anything but a list dropped. */
function readWords(value: unknown, where: string, problems: Problem[]): Word[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    problems.push(problem('words-not-list', { value: quote(value) }, { path: where }));
    return undefined;
  }
  const words: Word[] = [];
  value.forEach((word: unknown, k) => {
    if (isWord(word)) words.push({ start: word.start, end: word.end, text: word.text });
    else problems.push(problem('word-unusable', {}, { path: `${where}[${k}]` }));
  });
  return words.length > 0 ? words : undefined;
}

function isWord(value: unknown): value is Word {
  if (!isObject(value)) return false;
  const { start, end, text } = value;
  return (
    typeof start === 'number' &&
    typeof end === 'number' &&
    Number.isFinite(start) &&
    Number.isFinite(end) &&
    start >= 0 &&
    end >= start &&
    typeof text === 'string'
  );
}

function readUrl(
  value: unknown,
  baseUrl: string | undefined,
  safe: (raw: unknown, base?: string) => string | undefined,
  unusable: 'image-address-unusable' | 'link-address-unusable',
  where: string,
  problems: Problem[],
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const url = safe(value, baseUrl);
  if (!url) problems.push(problem(unusable, { value: quote(value) }, { path: where }));
  return url;
}
