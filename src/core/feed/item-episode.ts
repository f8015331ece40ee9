/**
 * One RSS `<item>` as the episode description the player reads (`EpisodeManifest`): the
 * audio, titles, artwork, length, every transcript, the chapters and the show notes.
 * Where the item is silent the channel speaks for it, as the specs say: the show's
 * artwork (Apple's `itunes:image`) and a transcript's language (Podcasting 2.0).
 */

import { chaptersFormatOf, transcriptFormatOf, type AudioSource, type EpisodeManifest, type TranscriptRef } from '../episode-manifest.js';
import { message, quote, type Problem } from '../message.js';
import type { RawChapter } from '../model.js';
import { collapseWhitespace } from '../text.js';
import { parseTime } from '../time.js';
import { safeImageUrl, safeLinkUrl } from '../url-safety.js';
import { childNamed, childrenNamed, textOf } from './vocabulary.js';
import type { XmlElement } from './xml-reader.js';

export interface ItemContext {
  /** The feed's text, for show notes written as markup. */
  source: string;
  channel: XmlElement;
  /** What relative URLs resolve against: the feed's own URL. */
  base?: string;
  /** Line and column of an offset, for problems. */
  position: (offset: number) => { line: number; column: number };
}

/** Reads an item. Without usable audio there is no manifest, and a fatal problem says so. */
export function itemEpisode(item: XmlElement, context: ItemContext): { manifest?: EpisodeManifest; problems: Problem[] } {
  const problems: Problem[] = [];
  const { channel, base } = context;
  const at = (element: XmlElement): { line: number; column: number } => context.position(element.start);
  const title = collapseWhitespace(textOf(childNamed(item, 'rss', 'title')) || textOf(childNamed(item, 'itunes', 'title')));

  const audio = audioSources(item, base, at, problems);
  if (audio.length === 0) {
    problems.push({ ...message('feed-item-no-audio', title ? { title } : {}), ...at(item), fatal: true });
    return { problems };
  }
  const manifest: EpisodeManifest = { audio };
  const set = <K extends keyof EpisodeManifest>(key: K, value: EpisodeManifest[K] | undefined): void => {
    if (value !== undefined && value !== '') manifest[key] = value;
  };
  set('title', title);
  set('show', collapseWhitespace(textOf(childNamed(channel, 'rss', 'title'))));
  set('artwork', artwork(item, channel, base, at, problems));
  set('duration', duration(item, at, problems));
  const language = textOf(childNamed(channel, 'rss', 'language'));
  set('transcripts', transcripts(item, language, base, at, problems));
  set('chapters', chapters(item, base, at, problems));
  set('notes', notes(item, context));
  set('date', date(item, at, problems));
  set('link', url(childNamed(item, 'rss', 'link'), 'link', textOf, safeLinkUrl, base, at, problems));
  return { manifest, problems };
}

type At = (element: XmlElement) => { line: number; column: number };

/**
 * The `<enclosure>` first (what every app plays), then the `podcast:alternateEnclosure`
 * sources the browser may prefer: web addresses only (not `ipfs:`), each once. Video
 * alternatives are left out when there is audio: this is an audio player.
 */
function audioSources(item: XmlElement, base: string | undefined, at: At, problems: Problem[]): AudioSource[] {
  const sources: AudioSource[] = [];
  const add = (src: string, type: string | undefined): void => {
    if (sources.some((source) => source.src === src)) return;
    const mime = type?.trim().toLowerCase();
    sources.push(mime && /^[a-z]+\/[a-z0-9.+-]+$/.test(mime) ? { src, type: mime } : { src });
  };
  const enclosure = childNamed(item, 'rss', 'enclosure');
  if (enclosure) {
    const raw = enclosure.attributes.get('url');
    const src = safeLinkUrl(raw, base);
    if (src) add(src, enclosure.attributes.get('type'));
    else problems.push({ ...message('url-unusable', { field: 'enclosure', value: quote(raw) }), ...at(enclosure) });
  }
  const alternatives: AudioSource[] = [];
  for (const alternate of childrenNamed(item, 'podcast', 'alternateEnclosure')) {
    for (const source of childrenNamed(alternate, 'podcast', 'source')) {
      const src = safeLinkUrl(source.attributes.get('uri'), base);
      const type = source.attributes.get('contentType') ?? alternate.attributes.get('type');
      if (src) alternatives.push(type ? { src, type } : { src });
    }
  }
  const isVideo = (source: AudioSource): boolean => source.type?.trim().toLowerCase().startsWith('video/') ?? false;
  const hasAudio = sources.length > 0 || alternatives.some((source) => !isVideo(source));
  for (const source of alternatives) if (!hasAudio || !isVideo(source)) add(source.src, source.type);
  return sources;
}

function artwork(item: XmlElement, channel: XmlElement, base: string | undefined, at: At, problems: Problem[]): string | undefined {
  // Some feeds write the address as the element's text instead of `href`.
  const href = (element: XmlElement): string => element.attributes.get('href') ?? textOf(element);
  return (
    url(childNamed(item, 'itunes', 'image'), 'itunes:image', href, safeImageUrl, base, at, problems) ??
    url(childNamed(channel, 'itunes', 'image'), 'itunes:image', href, safeImageUrl, base, at, problems) ??
    url(childNamed(childNamed(channel, 'rss', 'image') ?? channel, 'rss', 'url'), 'image', textOf, safeImageUrl, base, at, problems)
  );
}

function url(
  element: XmlElement | undefined,
  field: string,
  read: (element: XmlElement) => string,
  safe: (raw: unknown, base?: string) => string | undefined,
  base: string | undefined,
  at: At,
  problems: Problem[],
): string | undefined {
  if (!element) return undefined;
  const raw = read(element).trim();
  if (!raw) return undefined;
  const href = safe(raw, base);
  if (!href) problems.push({ ...message('url-unusable', { field, value: quote(raw) }), ...at(element) });
  return href;
}

/** `itunes:duration`: seconds (`3665`) or a clock (`1:01:05`). A zero is a template's default, not a length. */
function duration(item: XmlElement, at: At, problems: Problem[]): number | undefined {
  const element = childNamed(item, 'itunes', 'duration');
  const raw = textOf(element);
  if (!element || !raw) return undefined;
  const seconds = parseTime(raw);
  if (seconds === 0) return undefined;
  if (seconds === undefined)
    problems.push({ ...message('value-unusable', { field: 'itunes:duration', value: quote(raw) }), ...at(element) });
  return seconds;
}

/** Every `podcast:transcript`; without a `language` it is in the podcast's language (the spec's default). */
function transcripts(
  item: XmlElement,
  language: string,
  base: string | undefined,
  at: At,
  problems: Problem[],
): TranscriptRef[] | undefined {
  const list: TranscriptRef[] = [];
  for (const element of childrenNamed(item, 'podcast', 'transcript')) {
    const raw = element.attributes.get('url');
    const href = safeLinkUrl(raw, base);
    if (!href) {
      problems.push({ ...message('url-unusable', { field: 'podcast:transcript', value: quote(raw) }), ...at(element) });
      continue;
    }
    const ref: TranscriptRef = { url: href };
    const written = element.attributes.get('type');
    const type = transcriptFormatOf(written);
    if (type) ref.type = type;
    else if (type === null) problems.push({ ...message('feed-transcript-type-unknown', { type: quote(written) }), ...at(element) });
    const tag = element.attributes.get('language')?.trim() || language;
    if (tag) ref.language = tag;
    const rel = element.attributes.get('rel')?.trim();
    if (rel) ref.rel = rel;
    list.push(ref);
  }
  return list.length > 0 ? list : undefined;
}

/**
 * Podlove Simple Chapters inside the item come first: they need no request and no CORS.
 * Otherwise the `podcast:chapters` file.
 */
function chapters(item: XmlElement, base: string | undefined, at: At, problems: Problem[]): EpisodeManifest['chapters'] {
  const inline = childNamed(item, 'psc', 'chapters');
  if (inline) {
    const items = simpleChapters(inline, base, at, problems);
    if (items.length > 0) return { data: items };
  }
  const element = childNamed(item, 'podcast', 'chapters');
  if (!element) return undefined;
  const raw = element.attributes.get('url');
  const href = safeLinkUrl(raw, base);
  if (!href) {
    problems.push({ ...message('url-unusable', { field: 'podcast:chapters', value: quote(raw) }), ...at(element) });
    return undefined;
  }
  const type = chaptersFormatOf(element.attributes.get('type'));
  return type ? { url: href, type } : { url: href };
}

/** `<psc:chapter start="01:02:03.400" title="…" href="…" image="…"/>`: `start` in any Normal Play Time form. */
function simpleChapters(block: XmlElement, base: string | undefined, at: At, problems: Problem[]): RawChapter[] {
  const items: RawChapter[] = [];
  for (const element of childrenNamed(block, 'psc', 'chapter')) {
    const written = element.attributes.get('start');
    const start = parseTime(written);
    if (start === undefined) {
      const problem =
        written === undefined
          ? message('field-missing', { field: 'start', entry: 'chapter' })
          : message('field-not-time', { field: 'start', value: quote(written), entry: 'chapter' });
      problems.push({ ...problem, ...at(element) });
      continue;
    }
    const chapter: RawChapter = { start, title: collapseWhitespace(element.attributes.get('title') ?? ''), toc: true };
    const image = url(element, 'image', (e) => e.attributes.get('image') ?? '', safeImageUrl, base, at, problems);
    const link = url(element, 'href', (e) => e.attributes.get('href') ?? '', safeLinkUrl, base, at, problems);
    if (image) chapter.image = image;
    if (link) chapter.link = link;
    items.push(chapter);
  }
  return items;
}

/**
 * `content:encoded`, else `description`, else `itunes:summary`: HTML as written, for the
 * show-notes allow-list. Escaped or CDATA HTML arrives as text; markup written straight
 * into the element (XHTML) is taken from the source as it stands.
 */
function notes(item: XmlElement, context: ItemContext): string | undefined {
  for (const element of [
    childNamed(item, 'content', 'encoded'),
    childNamed(item, 'rss', 'description'),
    childNamed(item, 'itunes', 'summary'),
  ]) {
    if (!element) continue;
    const html = element.children.some((child) => typeof child !== 'string') ? markupOf(element, context) : textOf(element);
    if (html.trim()) return html.trim();
  }
  return undefined;
}

function markupOf(element: XmlElement, context: ItemContext): string {
  return context.source.slice(element.contentStart, element.contentEnd).replace(/<!\[CDATA\[|\]\]>/g, '');
}

function date(item: XmlElement, at: At, problems: Problem[]): string | undefined {
  const element = childNamed(item, 'rss', 'pubDate');
  const raw = textOf(element);
  if (!element || !raw) return undefined;
  if (!Number.isNaN(Date.parse(raw))) return raw;
  problems.push({ ...message('value-unusable', { field: 'pubDate', value: quote(raw) }), ...at(element) });
  return undefined;
}
