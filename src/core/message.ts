/**
 * What the player has to tell a listener or a publisher, as a code with parameters —
 * never as a sentence. Core, data and audio code build these; `src/i18n/` turns them
 * into sentences in the listener's language (`describeMessage`). So a parser says
 * `{ code: 'end-before-start', params: { start: 12, end: 3 } }`, and English reads "the
 * end time 00:00:03.000 is before the start time 00:00:12.000, so it was ignored".
 *
 * Adding a message: add its code and parameters to `MessageParams` (the compiler then
 * asks every language in `src/i18n/` for its sentence).
 */

/** A value from a file as a message quotes it: its kind, and for scalars the value as written (shortened). */
export type Quoted = { kind: 'text' | 'number' | 'boolean'; text: string } | { kind: 'null' | 'list' | 'object' | 'nothing' | 'other' };

/** Which of the player's inputs a message is about. */
export type Resource = 'audio' | 'transcript' | 'chapters' | 'episode' | 'feed';

/** What a skipped entry of a file was, for "…, so this segment was skipped". */
export type EntryKind = 'segment' | 'chapter' | 'entry' | 'item' | 'source';

/**
 * Every message and its parameters. Times are seconds (the language formats them);
 * `file` is a file name as a person names it (`describeUrl`), already quoted.
 */
export interface MessageParams {
  // — files as a whole
  'file-empty': Record<string, never>;
  'file-not-text': Record<string, never>;
  'file-too-large': { megabytes: number };
  'file-unreadable': { detail: string };
  'more-problems': { count: number };
  // — JSON
  'json-invalid': { detail: string; line?: number; column?: number; atEnd?: boolean };
  'json-single-quotes': Record<string, never>;
  // — timed entries
  'field-missing': { field: string; entry: EntryKind };
  'field-not-time': { field: string; value: Quoted; entry: EntryKind };
  'end-not-time': { field: string; value: Quoted };
  'end-before-start': { start: number; end: number };
  // — WebVTT's signature (formats: files as the specs write them)
  /** The file is read as WebVTT (its name, type or content says so) but does not start with `WEBVTT`. */
  'vtt-signature-missing': { found: Quoted };
}

export type MessageCode = keyof MessageParams;

/** One message: a code and the parameters that code takes. */
export type Message = { [C in MessageCode]: { code: C; params: MessageParams[C] } }[MessageCode];

export function message<C extends MessageCode>(code: C, params: MessageParams[C]): Message {
  return { code, params } as Message;
}

/**
 * Something wrong in an input file, where it is: `line` for text formats (1-based),
 * `path` for JSON (`chapters[3].startTime`), neither for the file as a whole. A fatal
 * problem means nothing usable came out of the file.
 */
export type Problem = Message & { line?: number; path?: string; fatal?: boolean };

/** How a value is quoted in a message. Never throws (unlike `JSON.stringify` on a BigInt or a cycle). */
export function quote(value: unknown, max = 40): Quoted {
  if (value === undefined) return { kind: 'nothing' };
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'list' };
  if (typeof value === 'string') {
    const written = JSON.stringify(value);
    return { kind: 'text', text: written.length > max ? `${written.slice(0, max - 4)}..."` : written };
  }
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: typeof value as 'number' | 'boolean', text: String(value) };
  if (typeof value === 'object') return { kind: 'object' };
  return { kind: 'other' };
}
