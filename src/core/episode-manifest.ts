/**
 * A one-file episode description a blogger can host next to the audio or inline in the
 * page, so one attribute (or one `<script type="application/json">`) sets up a player:
 *
 * ```json
 * { "title": "…", "show": "…", "artwork": "cover.jpg",
 *   "audio": [{ "src": "ep1.m4a", "type": "audio/mp4" }, "ep1.mp3"],
 *   "duration": "1:02:03", "transcript": "ep1.vtt", "chapters": { "url": "ep1.json", "type": "json" },
 *   "transcripts": [{ "url": "ep1.de.vtt", "type": "text/vtt", "language": "de" }],
 *   "notes": "<p>…</p>", "date": "2024-05-01", "link": "https://example.com/ep1" }
 * ```
 *
 * Everything in it is untrusted: every URL is resolved against the manifest's own URL and
 * made safe, every value is type-checked, and what cannot be used is dropped and reported
 * as a `Problem`, so a publisher learns why. Only missing audio is fatal.
 */

import { withEnglish, type DescribedProblem } from '../i18n/english.js';
import { problem, quote, type DataResource, type Problem } from './message.js';
import type { ChaptersFormat, TranscriptFormat } from './model.js';
import { isObject, readJson, type JsonObject } from './read-json.js';
import { parseTime, TIME_LIMIT } from './time.js';
import { safeImageUrl, safeLinkUrl } from './url-safety.js';

export interface AudioSource {
  /** Absolute `http(s):` URL. */
  src: string;
  /** MIME type, lower case, for choosing among alternatives (`audio/mp4`, `audio/mpeg`). */
  type?: string;
}

/**
 * One of several transcripts (languages, formats) as a feed lists them with
 * `<podcast:transcript>`; `chooseTranscript` picks the one to show.
 */
export interface TranscriptRef {
  /** Absolute `http(s):` URL. */
  url: string;
  /** The format, when the publisher named it (a MIME type or one of our format names). */
  type?: TranscriptFormat;
  /** Language tag as written (`en`, `de-DE`, `EN`). */
  language?: string;
  /** `captions` for timed captions (Podcasting 2.0 `rel`); any transcript will do. */
  rel?: string;
}

/** A transcript or chapters file: a URL to fetch, or the data itself (text or parsed JSON). */
export type ManifestResource<F extends string> = { url: string; type?: F } | { data: unknown };

export interface EpisodeManifest {
  title?: string;
  show?: string;
  /** Absolute `http(s):` or raster `data:image/` URL. */
  artwork?: string;
  /** At least one source, in the publisher's order of preference. */
  audio: AudioSource[];
  /** Seconds, when the publisher states it (shown before the audio's metadata loads). */
  duration?: number;
  transcript?: ManifestResource<TranscriptFormat>;
  /** Several transcripts to choose from by the listener's language and the richest format. */
  transcripts?: TranscriptRef[];
  chapters?: ManifestResource<ChaptersFormat>;
  /** Show notes as HTML, as written: untrusted, to be sanitised or shown as text. */
  notes?: string;
  /** As written, and readable by `Date.parse` (ISO 8601 or RFC 2822): kept unconverted so a date-only value is not shifted by time zones. */
  date?: string;
  /** Absolute `http(s):` URL of the episode's page. */
  link?: string;
}

export interface ManifestResult {
  /** Missing when nothing playable came out (then a problem is `fatal`). */
  manifest?: EpisodeManifest;
  problems: Problem[];
}

/** Audio is fetched by the media element; only web URLs are portable and safe there. */
const safeAudioUrl = (raw: unknown, base?: string): string | undefined => safeLinkUrl(raw, base);

const MIME = /^[a-z]+\/[a-z0-9.+-]+$/;

/** Our format names as the `*-type` attributes take them, and the MIME types RSS feeds use for them. */
const TRANSCRIPT_TYPES: Record<string, TranscriptFormat> = {
  json: 'json',
  vtt: 'vtt',
  srt: 'srt',
  lines: 'lines',
  text: 'text',
  'podlove-json': 'podlove-json',
  pst: 'pst',
  html: 'html',
  'application/json': 'json',
  'text/vtt': 'vtt',
  'application/x-subrip': 'srt',
  'application/srt': 'srt',
  'text/srt': 'srt',
  'text/html': 'html',
  // Plain text: paragraphs, or timestamped lines when the file has timestamps (see plain-text.ts).
  'text/plain': 'text',
  'application/x-srt': 'srt',
  'application/vtt': 'vtt',
};
const CHAPTER_TYPES: Record<string, ChaptersFormat> = {
  json: 'json',
  'psc-json': 'psc-json',
  psc: 'psc',
  vtt: 'vtt',
  'application/json+chapters': 'json',
  'application/json': 'json',
  'text/vtt': 'vtt',
  'application/xml': 'psc',
  'text/xml': 'psc',
};

/** Reads a manifest: parsed JSON, or its text. Never throws. Problems are codes; the player reads manifests through this. */
export function readEpisodeManifest(value: unknown, baseUrl?: string): ManifestResult {
  const problems: Problem[] = [];
  try {
    const root = typeof value === 'string' ? readJsonInto(value, problems) : value;
    if (problems.some((each) => each.fatal)) return { problems };
    if (!isObject(root)) {
      problems.push(problem('manifest-not-object', { value: quote(root) }, { fatal: true }));
      return { problems };
    }
    return read(root, baseUrl, problems);
  } catch (error) {
    // Only reachable from values that are not plain JSON (getters, proxies set from script).
    problems.push(problem('file-unreadable', { detail: String(error) }, { fatal: true }));
    return { problems };
  }
}

/**
 * `readEpisodeManifest` for programs: each problem also has `where` ("audio[0]", "file")
 * and `message`, in English.
 */
export function parseEpisodeManifest(
  value: unknown,
  baseUrl?: string,
): Omit<ManifestResult, 'problems'> & { problems: DescribedProblem[] } {
  const result = readEpisodeManifest(value, baseUrl);
  return { ...result, problems: result.problems.map(withEnglish) };
}

function read(root: JsonObject, base: string | undefined, problems: Problem[]): ManifestResult {
  const audio = readAudio(root['audio'], base, problems);
  if (audio.length === 0) {
    problems.push(problem('no-audio', {}, { path: 'audio', fatal: true }));
    return { problems };
  }
  const manifest: EpisodeManifest = { audio };
  const set = <K extends keyof EpisodeManifest>(key: K, item: EpisodeManifest[K] | undefined): void => {
    if (item !== undefined) manifest[key] = item;
  };
  set('title', text(root, 'title', problems));
  set('show', text(root, 'show', problems));
  set('artwork', url(root, 'artwork', base, safeImageUrl, 'image-address-unusable', problems));
  set('duration', duration(root['duration'], problems));
  set('transcript', resource(root['transcript'], 'transcript', base, TRANSCRIPT_TYPES, problems));
  set('transcripts', transcripts(root['transcripts'], base, problems));
  set('chapters', resource(root['chapters'], 'chapters', base, CHAPTER_TYPES, problems));
  set('notes', text(root, 'notes', problems));
  set('date', date(root, problems));
  set('link', url(root, 'link', base, safeLinkUrl, 'link-address-unusable', problems));
  return { manifest, problems };
}

function readJsonInto(source: string, problems: Problem[]): unknown {
  const { value, problems: found } = readJson(source);
  problems.push(...found);
  return value;
}

/** A string, an `{src, type}` object, or a list of either: alternatives, best first. */
function readAudio(value: unknown, base: string | undefined, problems: Problem[]): AudioSource[] {
  if (isAbsent(value)) return [];
  const list = Array.isArray(value) ? value : [value];
  const sources: AudioSource[] = [];
  list.forEach((item, i) => {
    const where = Array.isArray(value) ? `audio[${i}]` : 'audio';
    const entry: JsonObject = isObject(item) ? item : { src: item };
    const srcWhere = isObject(item) ? `${where}.src` : where;
    const src = safeAudioUrl(entry['src'], base);
    if (!src) {
      const written = isAbsent(entry['src']) ? undefined : entry['src'];
      problems.push(problem('audio-address-unusable', { value: quote(written) }, { path: srcWhere }));
      return;
    }
    const source: AudioSource = { src };
    const type = entry['type'];
    if (typeof type === 'string' && MIME.test(type.trim().toLowerCase())) source.type = type.trim().toLowerCase();
    else if (!isAbsent(type)) problems.push(problem('mime-type-invalid', { value: quote(type) }, { path: `${where}.type` }));
    sources.push(source);
  });
  return sources;
}

/**
 * A transcript or chapters entry. A one-line string is a URL; a string that looks like
 * file content (several lines, or starting with `WEBVTT`, `{`, `[` or `<`) is inline data.
 * `{url, type}` is a URL with a format hint; any other object or array is inline data.
 */
function resource<F extends string>(
  value: unknown,
  where: DataResource,
  base: string | undefined,
  types: Record<string, F>,
  problems: Problem[],
): ManifestResource<F> | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string') {
    if (looksLikeContent(value)) return { data: value };
    const href = safeLinkUrl(value, base);
    if (!href) problems.push(problem('data-address-unusable', { value: quote(value) }, { path: where }));
    return href ? { url: href } : undefined;
  }
  if (isObject(value) && typeof value['url'] === 'string') {
    const href = safeLinkUrl(value['url'], base);
    if (!href) {
      problems.push(problem('data-address-unusable', { value: quote(value['url']) }, { path: `${where}.url` }));
      return undefined;
    }
    const type = formatOf(value['type'], types);
    if (type === null)
      problems.push(
        problem(
          'format-name-unknown',
          { value: quote(value['type']), resource: where, known: formatNames(types) },
          { path: `${where}.type` },
        ),
      );
    return type ? { url: href, type } : { url: href };
  }
  if (typeof value === 'object') return { data: value };
  problems.push(problem('data-value-invalid', { value: quote(value) }, { path: where }));
  return undefined;
}

const LANGUAGE_TAG = /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/i;

/** `[{ url, type, language, rel }]` (or plain URLs); entries without a usable URL are skipped. */
function transcripts(value: unknown, base: string | undefined, problems: Problem[]): TranscriptRef[] | undefined {
  if (isAbsent(value)) return undefined;
  if (!Array.isArray(value)) {
    problems.push(problem('transcripts-not-list', { value: quote(value) }, { path: 'transcripts' }));
    return undefined;
  }
  const list: TranscriptRef[] = [];
  value.forEach((item, i) => {
    const where = `transcripts[${i}]`;
    const entry: JsonObject = isObject(item) ? item : { url: item };
    const url = safeLinkUrl(entry['url'], base);
    if (!url) {
      const written = isAbsent(entry['url']) ? undefined : entry['url'];
      problems.push(problem('transcript-address-unusable', { value: quote(written) }, { path: isObject(item) ? `${where}.url` : where }));
      return;
    }
    const ref: TranscriptRef = { url };
    const type = formatOf(entry['type'], TRANSCRIPT_TYPES);
    if (type) ref.type = type;
    else if (type === null)
      problems.push(
        problem(
          'format-name-unknown',
          { value: quote(entry['type']), resource: 'transcript', known: formatNames(TRANSCRIPT_TYPES) },
          { path: `${where}.type` },
        ),
      );
    const language = entry['language'];
    if (typeof language === 'string' && LANGUAGE_TAG.test(language.trim())) ref.language = language.trim();
    else if (!isAbsent(language)) problems.push(problem('language-tag-invalid', { value: quote(language) }, { path: `${where}.language` }));
    if (typeof entry['rel'] === 'string' && entry['rel'].trim()) ref.rel = entry['rel'].trim();
    list.push(ref);
  });
  return list.length > 0 ? list : undefined;
}

/** Our transcript format for a MIME type or format name: `undefined` when not given, `null` when unknown. */
export const transcriptFormatOf = (type: unknown): TranscriptFormat | undefined | null => formatOf(type, TRANSCRIPT_TYPES);

/** Our chapters format for a MIME type or format name, like `transcriptFormatOf`. */
export const chaptersFormatOf = (type: unknown): ChaptersFormat | undefined | null => formatOf(type, CHAPTER_TYPES);

/** The names the `*-type` attributes take, for messages (the MIME types are accepted silently). */
const formatNames = (types: Record<string, string>): string[] => Object.keys(types).filter((key) => !key.includes('/'));

/** `undefined` when not given, `null` when given but unknown. */
function formatOf<F extends string>(value: unknown, types: Record<string, F>): F | undefined | null {
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'string') return null;
  const key = value.split(';', 1)[0]!.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(types, key) ? types[key]! : null;
}

function looksLikeContent(value: string): boolean {
  const start = value.replace(/^\uFEFF/, '').trimStart();
  return /[\r\n]/.test(value.trim()) || /^(?:WEBVTT|[{[<])/.test(start);
}

/** Text fields; a number is accepted as text (a show called 1984), anything else reported. */
function text(root: JsonObject, key: string, problems: Problem[]): string | undefined {
  const value = root[key];
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (!isAbsent(value)) problems.push(problem('not-text', { value: quote(value) }, { path: key }));
  return undefined;
}

function url(
  root: JsonObject,
  key: string,
  base: string | undefined,
  safe: (raw: unknown, base?: string) => string | undefined,
  unusable: 'image-address-unusable' | 'link-address-unusable',
  problems: Problem[],
): string | undefined {
  const value = root[key];
  if (isAbsent(value)) return undefined;
  const href = safe(value, base);
  if (!href) problems.push(problem(unusable, { value: quote(value) }, { path: key }));
  return href;
}

function duration(value: unknown, problems: Problem[]): number | undefined {
  if (isAbsent(value)) return undefined;
  const seconds = parseTime(value);
  if (seconds !== undefined && seconds > 0 && seconds <= TIME_LIMIT) return seconds;
  problems.push(problem('duration-invalid', { value: quote(value) }, { path: 'duration' }));
  return undefined;
}

function date(root: JsonObject, problems: Problem[]): string | undefined {
  const value = root['date'];
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value.trim()))) return value.trim();
  problems.push(problem('date-invalid', { value: quote(value) }, { path: 'date' }));
  return undefined;
}

/** Missing, `null` and `""` all mean "not given": publishers leave template fields empty. */
const isAbsent = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
