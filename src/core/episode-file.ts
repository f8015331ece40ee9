/**
 * An `EpisodeManifest` written back as the episode file the player reads (`episode="…"`),
 * for the command line. Chapters read from a feed or a tag are written inline as
 * Podcasting 2.0 JSON chapters, the format other podcast tools read too.
 */

import type { EpisodeManifest, ManifestResource } from './episode-manifest.js';
import type { RawChapter } from './model.js';

export function episodeFile(manifest: EpisodeManifest): Record<string, unknown> {
  const file: Record<string, unknown> = {};
  const put = (key: string, value: unknown): void => {
    if (value !== undefined) file[key] = value;
  };
  put('title', manifest.title);
  put('show', manifest.show);
  put('date', manifest.date);
  put('link', manifest.link);
  put('artwork', manifest.artwork);
  put('audio', manifest.audio.length === 1 && !manifest.audio[0]!.type ? manifest.audio[0]!.src : manifest.audio);
  put('duration', manifest.duration);
  put('transcript', manifest.transcript && resource(manifest.transcript));
  put('transcripts', manifest.transcripts);
  put('chapters', manifest.chapters && chapters(manifest.chapters));
  put('notes', manifest.notes);
  return file;
}

function resource(value: ManifestResource<string>): unknown {
  if ('data' in value) return value.data;
  return value.type ? { url: value.url, type: value.type } : value.url;
}

function chapters(value: ManifestResource<string>): unknown {
  if (!('data' in value) || !isChapterList(value.data)) return resource(value);
  return {
    version: '1.2.0',
    chapters: value.data.map((chapter) => {
      const entry: Record<string, unknown> = { startTime: chapter.start };
      if (chapter.end !== undefined) entry['endTime'] = chapter.end;
      entry['title'] = chapter.title;
      if (chapter.image) entry['img'] = chapter.image;
      if (chapter.link) entry['url'] = chapter.link;
      if (!chapter.toc) entry['toc'] = false;
      return entry;
    }),
  };
}

const isChapterList = (data: unknown): data is RawChapter[] =>
  Array.isArray(data) && data.every((item) => typeof item === 'object' && item !== null && typeof (item as RawChapter).start === 'number');

/**
 * JSON text of the file, with `</` written `<\/` (still the same JSON) so that the text
 * can be pasted into a `<script type="application/json">` without HTML in the notes
 * ending the block early.
 */
export function episodeFileText(manifest: EpisodeManifest): string {
  return `${JSON.stringify(episodeFile(manifest), null, 2).replace(/<\//g, '<\\/')}\n`;
}
