import { describeUrl } from '../core/describe-url.js';
import { readEpisodeManifest, type EpisodeManifest } from '../core/episode-manifest.js';
import { message, problem, type FileRef, type Message, type Problem } from '../core/message.js';
import { readJson } from '../core/read-json.js';
import { FetchError, fetchText } from './fetch-text.js';

/** Where an episode description comes from: the `episode` attribute's URL, or an inline `<script type="application/json">`. */
export interface ManifestSource {
  url?: string;
  inlineJson?: string;
  /** Base for the relative URLs of inline JSON; defaults to the page's `document.baseURI`. */
  baseUrl?: string;
}

/** The outcome of loading an episode description. */
export interface LoadedManifest {
  /** Missing when nothing playable came out; then `error` says why. */
  manifest?: EpisodeManifest;
  /** Set when there is no manifest: what to show and to put in the `error` event. */
  error?: Message;
  /** What was dropped or could not be used, for the notice (and the fatal one, when there is one). */
  problems: Problem[];
  /** What relative URLs were resolved against (the file's final URL, or the page's): the base for the show notes' links. */
  baseUrl?: string;
}

/**
 * Fetches (`url`) or reads (`inlineJson`, used when there is no `url`) an episode
 * description and checks it. Never throws: a failed fetch, a cancelled one, bad JSON and
 * unusable content all come back as `error`. After `signal` aborts, the result is only a
 * "cancelled" error, to be ignored by the caller that aborted.
 */
export async function loadManifest(source: ManifestSource, signal?: AbortSignal): Promise<LoadedManifest> {
  const ref: FileRef = source.url ? { resource: 'episode', file: describeUrl(source.url) } : { resource: 'episode' };
  try {
    if (source.url) {
      let text: string;
      let base: string;
      try {
        const file = await fetchText(source.url, 'episode', signal);
        text = file.text;
        base = file.url;
      } catch (error) {
        if (signal?.aborted) return { problems: [], error: message('load-cancelled', ref) };
        if (error instanceof FetchError) return { problems: [], error: error.detail };
        return { problems: [], error: message('load-failed', { ...ref, detail: String(error) }) };
      }
      return readManifest(text, ref, base);
    }
    if (typeof source.inlineJson === 'string') {
      const base = source.baseUrl ?? globalThis.document?.baseURI;
      return readManifest(source.inlineJson, ref, base);
    }
    return { problems: [], error: message('no-episode-source', {}) };
  } catch (error) {
    return { problems: [], error: message('load-failed', { ...ref, detail: String(error) }) };
  }
}

/** Parses and checks the text of a description; `ref` names it in messages (the episode file "ep.json", or inline data). */
export function readManifest(text: string, ref: FileRef, baseUrl?: string): LoadedManifest {
  const json = readJson(text);
  const unreadable = json.problems.find((each) => each.fatal);
  if (unreadable) return { problems: [], error: message('file-not-json', { ...ref, problem: unreadable }) };
  const result = readEpisodeManifest(json.value, baseUrl);
  const fatal = result.problems.find((each) => each.fatal);
  if (!result.manifest || fatal) {
    const reason = fatal ?? problem('no-audio', {}, { path: 'audio', fatal: true });
    return { problems: result.problems, error: message('file-unusable', { ...ref, problem: reason }) };
  }
  return baseUrl === undefined
    ? { manifest: result.manifest, problems: result.problems }
    : { manifest: result.manifest, problems: result.problems, baseUrl };
}
