import { isBytes, type Bytes } from '../core/decode-text.js';
import { describeUrl } from '../core/describe-url.js';
import { readChapters, readTranscript } from '../core/formats/index.js';
import { message, problem, type FileRef, type Message, type Problem } from '../core/message.js';
import type { ChaptersFormat, RawChapter, RawSegment, TranscriptFormat } from '../core/model.js';
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
 * the player's own model.
 */
export function dataFromValue<K extends DataKind>(kind: K, value: unknown, format?: Format<K>): LoadedData<Item<K>> {
  if (Array.isArray(value) && value.length > 0 && value.every((item) => isModelItem(kind, item))) {
    return { items: value as Item<K>[], problems: [] };
  }
  const text = typeof value === 'string' || isBytes(value) ? value : JSON.stringify(value ?? null);
  return parsed(kind, text, { resource: kind }, { format });
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
  const items = result.items as Item<K>[];
  const fatal = result.problems.find((each) => each.fatal);
  if (fatal || items.length === 0) {
    const reason = fatal ?? problem('nothing-found', { resource: kind }, { fatal: true });
    return { items: [], problems: result.problems, error: message('file-unusable', { ...ref, problem: reason }) };
  }
  return 'untimed' in result && result.untimed ? { items, problems: result.problems, untimed: true } : { items, problems: result.problems };
}

function isModelItem(kind: DataKind, item: unknown): boolean {
  if (typeof item !== 'object' || item === null) return false;
  const record = item as Record<string, unknown>;
  const timed = typeof record.start === 'number' && Number.isFinite(record.start);
  return kind === 'transcript'
    ? timed && typeof record.text === 'string'
    : timed && typeof record.title === 'string' && typeof record.toc === 'boolean';
}
