/**
 * The episode as schema.org structured data (JSON-LD), for search engines: a
 * `PodcastEpisode` with its audio as an `AudioObject` carrying the `transcript`, the
 * `duration` (ISO 8601), the show as `partOfSeries`, and each chapter as a `Clip` in
 * `hasPart` with its `startOffset`/`endOffset` in seconds and a `#t=` link into the page.
 * Only properties schema.org defines on these types are used
 * (`test/core/schema-org-vocabulary.json` lists them; a test holds the output to it).
 */

import type { EpisodeManifest } from './episode-manifest.js';
import { formatMediaFragment } from './media-fragment.js';
import type { Chapter, Segment } from './model.js';
import { formatIsoDuration } from './time.js';

export interface JsonLdInput {
  manifest: Pick<EpisodeManifest, 'title' | 'show' | 'artwork' | 'audio' | 'date' | 'link'>;
  segments: readonly Pick<Segment, 'text' | 'speaker'>[];
  chapters: readonly Pick<Chapter, 'start' | 'end' | 'title'>[];
  /** Seconds. */
  duration?: number | undefined;
  /** Plain text of the show notes. */
  description?: string | undefined;
  /** Scopes the chapters' `#t-<id>=` links to one player of the page. */
  playerId?: string | undefined;
}

type JsonLd = Record<string, unknown>;

export function episodeJsonLd(input: JsonLdInput): JsonLd {
  const { manifest, duration } = input;
  const episode: JsonLd = { '@context': 'https://schema.org', '@type': 'PodcastEpisode' };
  const put = (node: JsonLd, key: string, value: unknown) => {
    if (value !== undefined && value !== '') node[key] = value;
  };
  put(episode, 'name', manifest.title);
  put(episode, 'url', manifest.link);
  put(episode, 'datePublished', isoDate(manifest.date));
  put(episode, 'description', input.description);
  put(episode, 'image', manifest.artwork);
  const iso = duration !== undefined && Number.isFinite(duration) && duration > 0 ? formatIsoDuration(duration) : undefined;
  put(episode, 'duration', iso);
  if (manifest.show) episode['partOfSeries'] = { '@type': 'PodcastSeries', name: manifest.show };
  const audio = manifest.audio[0];
  if (audio || input.segments.length > 0) {
    const media: JsonLd = { '@type': 'AudioObject' };
    put(media, 'contentUrl', audio?.src);
    put(media, 'encodingFormat', audio?.type);
    put(media, 'duration', iso);
    put(media, 'transcript', transcriptText(input.segments));
    episode['associatedMedia'] = media;
  }
  if (input.chapters.length > 0) {
    episode['hasPart'] = input.chapters.map((chapter) => {
      const clip: JsonLd = { '@type': 'Clip' };
      put(clip, 'name', chapter.title);
      clip['startOffset'] = seconds(chapter.start);
      if (Number.isFinite(chapter.end) && chapter.end > chapter.start) clip['endOffset'] = seconds(chapter.end);
      put(
        clip,
        'url',
        manifest.link && `${manifest.link.replace(/#.*$/, '')}#${formatMediaFragment(chapter.start, undefined, input.playerId)}`,
      );
      return clip;
    });
  }
  return episode;
}

/** The JSON for a `<script type="application/ld+json">`: `<` written `\u003c`, so no `</script>` in the data can end the block. */
export function jsonLdScriptText(data: JsonLd): string {
  return JSON.stringify(data, null, 1).replace(/</g, '\\u003c');
}

/** One line per line of the transcript, `Speaker: text`. */
function transcriptText(segments: JsonLdInput['segments']): string | undefined {
  if (segments.length === 0) return undefined;
  return segments.map((segment) => (segment.speaker ? `${segment.speaker}: ${segment.text}` : segment.text)).join('\n');
}

/** schema.org wants ISO 8601: a date as written when it is one, else the instant in UTC (feeds write RFC 2822). */
function isoDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(date.trim())) return date.trim();
  const time = Date.parse(date);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

const seconds = (value: number): number => Math.round(value * 1000) / 1000;
