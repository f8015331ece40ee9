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

import type { ChaptersFormat, Problem, TranscriptFormat } from './model.js';
import { parseTime } from './time.js';
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

type JsonObject = Record<string, unknown>;

/** Audio is fetched by the media element; only web URLs are portable and safe there. */
const safeAudioUrl = (raw: unknown, base?: string): string | undefined => safeLinkUrl(raw, base);

const MIME = /^[a-z]+\/[a-z0-9.+-]+$/;

/** Our format names as the `*-type` attributes take them, and the MIME types RSS feeds use for them. */
const TRANSCRIPT_TYPES: Record<string, TranscriptFormat> = {
  json: 'json',
  vtt: 'vtt',
  srt: 'srt',
  lines: 'lines',
  'podlove-json': 'podlove-json',
  pst: 'pst',
  html: 'html',
  'application/json': 'json',
  'text/vtt': 'vtt',
  'application/x-subrip': 'srt',
  'application/srt': 'srt',
  'text/srt': 'srt',
  'text/html': 'html',
  'text/plain': 'lines',
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

/** Reads a manifest: parsed JSON, or its text. Never throws. */
export function parseEpisodeManifest(value: unknown, baseUrl?: string): ManifestResult {
  const problems: Problem[] = [];
  try {
    const root = typeof value === 'string' ? readJson(value, problems) : value;
    if (problems.some((problem) => problem.fatal)) return { problems };
    if (!isObject(root)) {
      problems.push({ where: 'file', message: `an episode description must be a JSON object, not ${kind(root)}`, fatal: true });
      return { problems };
    }
    return read(root, baseUrl, problems);
  } catch (error) {
    // Only reachable from values that are not plain JSON (getters, proxies set from script).
    problems.push({ where: 'file', message: `the episode description could not be read (${String(error)})`, fatal: true });
    return { problems };
  }
}

function read(root: JsonObject, base: string | undefined, problems: Problem[]): ManifestResult {
  const audio = readAudio(root['audio'], base, problems);
  if (audio.length === 0) {
    problems.push({ where: 'audio', message: 'there is no usable audio: give the http(s) URL of the episode file', fatal: true });
    return { problems };
  }
  const manifest: EpisodeManifest = { audio };
  const set = <K extends keyof EpisodeManifest>(key: K, item: EpisodeManifest[K] | undefined): void => {
    if (item !== undefined) manifest[key] = item;
  };
  set('title', text(root, 'title', problems));
  set('show', text(root, 'show', problems));
  set('artwork', url(root, 'artwork', base, safeImageUrl, 'an http(s) or image', problems));
  set('duration', duration(root['duration'], problems));
  set('transcript', resource(root['transcript'], 'transcript', base, TRANSCRIPT_TYPES, problems));
  set('transcripts', transcripts(root['transcripts'], base, problems));
  set('chapters', resource(root['chapters'], 'chapters', base, CHAPTER_TYPES, problems));
  set('notes', text(root, 'notes', problems));
  set('date', date(root, problems));
  set('link', url(root, 'link', base, safeLinkUrl, 'an http(s)', problems));
  return { manifest, problems };
}

function readJson(source: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    problems.push({ where: 'file', message: `the episode description is not valid JSON (${detail})`, fatal: true });
    return undefined;
  }
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
      const what = isAbsent(entry['src']) ? 'there is no address' : `${show(entry['src'])} is not an http(s) address`;
      problems.push({ where: srcWhere, message: `${what} of an audio file, so this source was skipped` });
      return;
    }
    const source: AudioSource = { src };
    const type = entry['type'];
    if (typeof type === 'string' && MIME.test(type.trim().toLowerCase())) source.type = type.trim().toLowerCase();
    else if (!isAbsent(type))
      problems.push({ where: `${where}.type`, message: `${show(type)} is not a MIME type such as "audio/mpeg", so it was ignored` });
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
  where: string,
  base: string | undefined,
  types: Record<string, F>,
  problems: Problem[],
): ManifestResource<F> | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string') {
    if (looksLikeContent(value)) return { data: value };
    const href = safeLinkUrl(value, base);
    if (!href) problems.push({ where, message: `${show(value)} is not an http(s) address, so it was not loaded` });
    return href ? { url: href } : undefined;
  }
  if (isObject(value) && typeof value['url'] === 'string') {
    const href = safeLinkUrl(value['url'], base);
    if (!href) {
      problems.push({ where: `${where}.url`, message: `${show(value['url'])} is not an http(s) address, so it was not loaded` });
      return undefined;
    }
    const type = formatOf(value['type'], types);
    if (type === null)
      problems.push({
        where: `${where}.type`,
        message: `${show(value['type'])} is not a known ${where} format (${formatNames(types)}), so the format is detected from the file`,
      });
    return type ? { url: href, type } : { url: href };
  }
  if (typeof value === 'object') return { data: value };
  problems.push({ where, message: `expected a URL or inline data, not ${kind(value)}, so it was ignored` });
  return undefined;
}

const LANGUAGE_TAG = /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/i;

/** `[{ url, type, language, rel }]` (or plain URLs); entries without a usable URL are skipped. */
function transcripts(value: unknown, base: string | undefined, problems: Problem[]): TranscriptRef[] | undefined {
  if (isAbsent(value)) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ where: 'transcripts', message: `expected a list of transcripts, not ${kind(value)}, so it was ignored` });
    return undefined;
  }
  const list: TranscriptRef[] = [];
  value.forEach((item, i) => {
    const where = `transcripts[${i}]`;
    const entry: JsonObject = isObject(item) ? item : { url: item };
    const url = safeLinkUrl(entry['url'], base);
    if (!url) {
      const what = isAbsent(entry['url']) ? 'there is no address' : `${show(entry['url'])} is not an http(s) address`;
      problems.push({ where: isObject(item) ? `${where}.url` : where, message: `${what} of a transcript, so this entry was skipped` });
      return;
    }
    const ref: TranscriptRef = { url };
    const type = formatOf(entry['type'], TRANSCRIPT_TYPES);
    if (type) ref.type = type;
    else if (type === null)
      problems.push({
        where: `${where}.type`,
        message: `${show(entry['type'])} is not a known transcript format (${formatNames(TRANSCRIPT_TYPES)}), so the format is detected from the file`,
      });
    const language = entry['language'];
    if (typeof language === 'string' && LANGUAGE_TAG.test(language.trim())) ref.language = language.trim();
    else if (!isAbsent(language))
      problems.push({
        where: `${where}.language`,
        message: `${show(language)} is not a language tag such as "en" or "de-AT", so it was ignored`,
      });
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
const formatNames = (types: Record<string, string>): string =>
  Object.keys(types)
    .filter((key) => !key.includes('/'))
    .join(', ');

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
  if (!isAbsent(value)) problems.push({ where: key, message: `expected text, not ${kind(value)}, so it was ignored` });
  return undefined;
}

function url(
  root: JsonObject,
  key: string,
  base: string | undefined,
  safe: (raw: unknown, base?: string) => string | undefined,
  what: string,
  problems: Problem[],
): string | undefined {
  const value = root[key];
  if (isAbsent(value)) return undefined;
  const href = safe(value, base);
  if (!href) problems.push({ where: key, message: `${show(value)} is not ${what} address, so it was ignored` });
  return href;
}

function duration(value: unknown, problems: Problem[]): number | undefined {
  if (isAbsent(value)) return undefined;
  const seconds = parseTime(value);
  if (seconds !== undefined && seconds > 0) return seconds;
  problems.push({
    where: 'duration',
    message: `${show(value)} is not a length of time (seconds, or a clock time such as "1:02:03"), so it was ignored`,
  });
  return undefined;
}

function date(root: JsonObject, problems: Problem[]): string | undefined {
  const value = root['date'];
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value.trim()))) return value.trim();
  problems.push({ where: 'date', message: `${show(value)} is not a date (such as "2024-05-01"), so it was ignored` });
  return undefined;
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Missing, `null` and `""` all mean "not given": publishers leave template fields empty. */
const isAbsent = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A value as quoted in a message, short. Never throws (unlike `JSON.stringify` on a BigInt or a cycle). */
function show(value: unknown): string {
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value);
    return quoted.length > 60 ? `${quoted.slice(0, 57)}..."` : quoted;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return kind(value);
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return `a ${typeof value}`;
}
