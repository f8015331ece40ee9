import { parseEpisodeManifest, type EpisodeManifest } from '../core/episode-manifest.js';
import type { Problem } from '../core/model.js';
import { describeUrl } from './describe-url.js';
import { FetchError, fetchText } from './fetch-text.js';
import { describeProblem } from './load-data.js';

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
  /** Set when there is no manifest: the whole sentence to show and to put in the `error` event. */
  error?: string;
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
  try {
    if (source.url) {
      const subject = `The episode file ${describeUrl(source.url)}`;
      let text: string;
      let base: string;
      try {
        const file = await fetchText(source.url, 'episode', signal);
        text = file.text;
        base = file.url;
      } catch (error) {
        if (signal?.aborted) return { problems: [], error: `${subject} was not loaded: loading was cancelled.` };
        if (error instanceof FetchError) return { problems: [], error: error.message };
        return { problems: [], error: `${subject} could not be loaded (${String(error)}).` };
      }
      return readManifest(text, subject, base);
    }
    if (typeof source.inlineJson === 'string') {
      const base = source.baseUrl ?? globalThis.document?.baseURI;
      return readManifest(source.inlineJson, 'The inline episode data', base);
    }
    return {
      problems: [],
      error:
        'There is no episode description: give the episode attribute the URL of a JSON file, ' +
        'or put the JSON inside the element in a <script type="application/json">.',
    };
  } catch (error) {
    return { problems: [], error: `The episode description could not be read (${String(error)}).` };
  }
}

/** Parses and checks the text of a description; `subject` names it in messages ("The episode file \"ep.json\""). */
export function readManifest(text: string, subject: string, baseUrl?: string): LoadedManifest {
  const json = parseJson(text, subject);
  if ('error' in json) return { problems: [], error: json.error };
  const result = parseEpisodeManifest(json.value, baseUrl);
  const fatal = result.problems.find((problem) => problem.fatal);
  if (!result.manifest || fatal) {
    const reason = fatal ? describeProblem(fatal) : 'it describes no playable episode';
    return { problems: result.problems, error: `${subject} could not be used: ${reason}.` };
  }
  return baseUrl === undefined
    ? { manifest: result.manifest, problems: result.problems }
    : { manifest: result.manifest, problems: result.problems, baseUrl };
}

function parseJson(text: string, subject: string): { value: unknown } | { error: string } {
  const source = text.replace(/^\uFEFF/, '');
  const start = source.trimStart();
  if (start === '') return { error: `${subject} is empty.` };
  if (start.startsWith('<')) {
    return {
      error: `${subject} is not JSON but a web page or XML (it starts with "<"): check the address, a missing file is often answered with a page.`,
    };
  }
  try {
    return { value: JSON.parse(source) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = positionOf(source);
    return { error: `${subject} is not valid JSON${where ? ` at ${where}` : ''}: ${cleanJsonError(message)}.` };
  }
}

/**
 * Line and column of a JSON syntax error. Engines disagree (V8 gives an offset, or none for
 * an unexpected token; Firefox a line and column; Safari nothing), so the text is scanned
 * again here to find the first offending character.
 */
export function positionOf(text: string): string | undefined {
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return offset >= text.length ? `line ${line}, column ${column} (the end)` : `line ${line}, column ${column}`;
}

/** The offset of the first character that makes `text` invalid JSON, or `undefined` if it is valid. */
function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxAt(i);
  };
  const space = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const string = (): void => {
    i++;
    while (i < text.length) {
      const char = text[i]!;
      if (char === '"') {
        i++;
        return;
      }
      if (char === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[\da-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 5;
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i]!)) i++;
        else fail();
      } else if (char < ' ') fail();
      else i++;
    }
    fail();
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (close === '}') {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail();
      }
    }
    if (char === '"') return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (!number || number[0] === '' || number[0] === '-') fail();
    i += number![0].length;
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return undefined;
  } catch (error) {
    return error instanceof SyntaxAt ? error.offset : undefined; // RangeError: nested too deep to scan
  }
}

class SyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

/** The engine's message without its prefix, position and quoted source, which the caller words itself. */
function cleanJsonError(message: string): string {
  const cleaned = message
    .replace(/^JSON(?:\.parse:| Parse error:)\s*/i, '')
    .replace(/,\s*".*" is not valid JSON$/s, '')
    .replace(/\s*(?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/i, '')
    .replace(/\s*at line \d+ column \d+ of the JSON data/i, '')
    .replace(/\s*in JSON$/i, '')
    .replace(/[.\s]+$/, '');
  return (cleaned || 'it could not be read').replace(/^\w/, (first) => first.toLowerCase());
}
