import { message, problem, type FileRef, type Message, type Problem } from '../core/message.js';
import type { ParseResult, RawChapter, RawSegment } from '../core/model.js';
import { isModelShaped, readModelChapters, readModelSegments } from '../core/model-items.js';
import { dropTimesPastLimit } from '../core/times-past-limit.js';

export type DataKind = 'transcript' | 'chapters';

/** The outcome of loading one data file: what could be used, what was skipped, or why nothing could. */
export interface LoadedData<T> {
  items: T[];
  problems: Problem[];
  /** The transcript has no times at all (plain text, HTML without `<time>`): to read and search, never highlighted. */
  untimed?: true;
  /** Set when nothing usable came out: what to show and to put in the `error` event. */
  error?: Message;
  /**
   * A long transcript's first lines only: where the whole file is guessed to end, in seconds,
   * from the file's size and how far its first bytes go. Never set on a whole file.
   */
  estimatedEnd?: number;
}

export type Item<K extends DataKind> = K extends 'transcript' ? RawSegment : RawChapter;

/**
 * Items a page hands over already in the player's own model (`Segment[]`, `Chapter[]`),
 * checked as a file is: rebuilt field by field, links and images through the URL checks
 * (relative ones against `baseUrl`, else the page's address). Undefined for any other
 * value, which is a file's content for the parsers (`load-data.ts`). Kept apart from them:
 * the element reads these at once, in the update that sets them, as a server-rendered
 * player needs to hydrate.
 */
export function dataFromModel<K extends DataKind>(kind: K, value: unknown, baseUrl?: string): LoadedData<Item<K>> | undefined {
  const ref: FileRef = { resource: kind };
  try {
    if (!isModelShaped(kind, value)) return undefined;
    const base = baseUrl ?? globalThis.document?.baseURI;
    const result = kind === 'transcript' ? readModelSegments(value) : readModelChapters(value, base);
    return usable(kind, result as ParseResult<Item<K>>, ref);
  } catch (error) {
    return unreadable(ref, error);
  }
}

/** A value that is not plain data (a getter that throws, a cycle, a BigInt): nothing can be read. */
export function unreadable<T>(ref: FileRef, error: unknown): LoadedData<T> {
  const reason = problem('file-unreadable', { detail: error instanceof Error ? error.message : String(error) }, { fatal: true });
  return { items: [], problems: [reason], error: message('file-unusable', { ...ref, problem: reason }) };
}

/** What the player can use of a reader's result: times past the limit dropped; an error when nothing is left. */
export function usable<K extends DataKind>(kind: K, result: ParseResult<Item<K>> & { untimed?: true }, ref: FileRef): LoadedData<Item<K>> {
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
