import { isBytes, type Bytes } from '../core/decode-text.js';
import { describeUrl } from '../core/describe-url.js';
import { readChapters, readTranscript } from '../core/formats/index.js';
import { message, problem, type FileRef, type Message, type Problem } from '../core/message.js';
import type { ChaptersFormat, ParseResult, RawChapter, RawSegment, TranscriptFormat } from '../core/model.js';
import { isModelShaped, readModelChapters, readModelSegments } from '../core/model-items.js';
import { dropTimesPastLimit } from '../core/times-past-limit.js';
import { fetchText, FetchError } from './fetch-text.js';

export type DataKind = 'transcript' | 'chapters';

/** The outcome of loading one data file: what could be used, what was skipped, or why nothing could. */
export interface LoadedData<T> {
  items: T[];
  problems: Problem[];
  /** The transcript has no times at all (plain text, HTML without `<time>`): to read and search, never highlighted. */
  untimed?: true;
  /** Set when nothing usable came out: what to show and to put in the `error` event. */
  error?: Message;
}

type Item<K extends DataKind> = K extends 'transcript' ? RawSegment : RawChapter;
type Format<K extends DataKind> = K extends 'transcript' ? TranscriptFormat : ChaptersFormat;

/**
 * Data set as a JS property: file text, the file's bytes (an `ArrayBuffer` or `Uint8Array`,
 * decoded as a fetched file is), parsed JSON of any supported format, or items already in
 * the player's own model. Every kind is checked as a file is: items in the model's shape
 * are rebuilt field by field, their links and images pass the URL checks (relative ones
 * resolve against `baseUrl`: the episode file's address for its inline arrays, else the
 * page's), and what cannot be used is reported by its path.
 */
export function dataFromValue<K extends DataKind>(kind: K, value: unknown, format?: Format<K>, baseUrl?: string): LoadedData<Item<K>> {
  const ref: FileRef = { resource: kind };
  try {
    if (isModelShaped(kind, value)) {
      const base = baseUrl ?? globalThis.document?.baseURI;
      const result = kind === 'transcript' ? readModelSegments(value) : readModelChapters(value, base);
      return usable(kind, result as ParseResult<Item<K>>, ref);
    }
    const text = typeof value === 'string' || isBytes(value) ? value : JSON.stringify(value ?? null);
    return parsed(kind, text, ref, { format });
  } catch (error) {
    // Only values that are not plain data get here (a getter that throws, a cycle, a BigInt).
    const reason = problem('file-unreadable', { detail: error instanceof Error ? error.message : String(error) }, { fatal: true });
    return { items: [], problems: [reason], error: message('file-unusable', { ...ref, problem: reason }) };
  }
}

export async function dataFromUrl<K extends DataKind>(
  kind: K,
  url: string,
  format: Format<K> | undefined,
  signal: AbortSignal,
): Promise<LoadedData<Item<K>>> {
  try {
    const file = await fetchText(url, kind, signal);
    return parsed(kind, file.text, { resource: kind, file: describeUrl(url) }, { url: file.url, contentType: file.contentType, format });
  } catch (error) {
    if (error instanceof FetchError) return { items: [], problems: [], error: error.detail };
    throw error;
  }
}

function parsed<K extends DataKind>(
  kind: K,
  text: string | Bytes,
  ref: FileRef,
  options: { url?: string; contentType?: string; format?: Format<K> | undefined },
): LoadedData<Item<K>> {
  const result =
    kind === 'transcript'
      ? readTranscript(text, options as { format?: TranscriptFormat })
      : readChapters(text, options as { format?: ChaptersFormat });
  return usable(kind, result as ParseResult<Item<K>> & { untimed?: true }, ref);
}

/** What the player can use of a reader's result: times past the limit dropped; an error when nothing is left. */
function usable<K extends DataKind>(kind: K, result: ParseResult<Item<K>> & { untimed?: true }, ref: FileRef): LoadedData<Item<K>> {
  const fatal = result.problems.find((each) => each.fatal);
  const limited = fatal ? { items: [], problems: [] } : dropTimesPastLimit(kind, result.items);
  const problems = [...result.problems, ...limited.problems];
  const items = limited.items;
  if (fatal || items.length === 0) {
    // Entries that were all past the time limit: the first says why nothing is left.
    const allPast = result.items.length > 0 ? limited.problems[0] : undefined;
    const reason = fatal ?? (allPast ? { ...allPast, fatal: true } : problem('nothing-found', { resource: kind }, { fatal: true }));
    return { items: [], problems, error: message('file-unusable', { ...ref, problem: reason }) };
  }
  return result.untimed ? { items, problems, untimed: true } : { items, problems };
}
