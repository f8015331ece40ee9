import { loadModule } from '../lazy.js';
import type { FileRef, Message } from '../core/message.js';
import { loadFailed, subject } from './en-phrases.js';
import { enWords } from './en-words.js';
import type { Sentences, Strings } from './strings.js';

/**
 * English as a player has it: its words at once, its sentences of errors and notices
 * (`en-messages.ts`, two thirds of the script tag's English) fetched with the rest of
 * `en.ts` the first time one is asked for. Most pages never have anything to say, and so never fetch them.
 */
let complete: Strings | undefined;
let loading: Promise<Strings> | undefined;
/** The sentences could not be fetched: a sentence is then its code and parameters. */
let failed = false;
const arrivals = new Set<() => void>();

/** Each sentence starts the fetch and is empty until it has come: the player then renders again. */
const awaited = new Proxy({} as Sentences, {
  get: (_, code) => {
    // The one sentence at hand: a file beside the script could not be loaded (perhaps this one).
    if (code === 'load-failed') return loadFailed;
    return typeof code === 'string'
      ? (params: Message['params']) => {
          if (failed) return unworded(code, params);
          void loadEnglish().catch(() => undefined);
          return '';
        }
      : undefined;
  },
});
const partial: Strings = { ...enWords, messages: awaited };

/**
 * The file, the code and what it is about, when no sentence could be fetched: "The
 * transcript file "ep.json": fetch-http (status: 404)".
 */
function unworded(code: string, params: Message['params']): string {
  const { resource, file, ...rest } = params as Partial<FileRef> & Record<string, unknown>;
  const about = Object.entries(rest)
    .filter(([, value]) => ['string', 'number'].includes(typeof value))
    .map(([key, value]) => `${key}: ${String(value)}`);
  const what = about.length > 0 ? `${code} (${about.join(', ')})` : code;
  return resource ? `${subject({ resource, ...(file === undefined ? {} : { file }) })}: ${what}` : what;
}

/** English now: whole once its sentences have come, else its words with sentences on their way. */
export function englishNow(): Strings {
  return complete ?? partial;
}

/** Whether these strings have their sentences (every language but English before they come). */
export function hasSentences(strings: Strings): boolean {
  return strings !== partial;
}

/** The whole of English, fetching its sentences if they have not come. Tried again after a failure. */
export function loadEnglish(): Promise<Strings> {
  if (complete) return Promise.resolve(complete);
  loading ??= loadModule('en').then(
    (module) => {
      complete = module.en;
      failed = false;
      for (const listener of arrivals) listener();
      return complete;
    },
    (error: unknown) => {
      loading = undefined;
      // Said once: players render the codes instead of waiting for sentences that do not come.
      if (!failed) {
        failed = true;
        for (const listener of arrivals) listener();
      }
      throw error;
    },
  );
  return loading;
}

/** Settles once English's sentences asked for so far have come, or could not be fetched. */
export function sentencesOnTheirWay(): Promise<unknown> {
  return loading ? loading.catch(() => undefined) : Promise.resolve();
}

/** Calls `listener` when English's sentences have come (or could not be fetched); returns what stops it. */
export function onEnglishArrived(listener: () => void): () => void {
  arrivals.add(listener);
  return () => arrivals.delete(listener);
}
