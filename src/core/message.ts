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

  // — XML (feeds). A structural error is fatal and carries the Problem's line and column;
  //   entity slips are read as written and reported where they are.
  'xml-not-xml': { found: Quoted };
  /** The text ends inside an element (`open`: a feed cut off), or inside a tag, comment or the like (`within`). */
  'xml-unexpected-end': { open?: string; openedAtLine?: number; within?: 'tag' | 'comment' | 'cdata' | 'instruction' | 'doctype' };
  'xml-mismatched-tag': { expected: string; found: string; openedAtLine: number };
  'xml-unexpected': { found: Quoted; expected?: 'tag-end' | 'equals' | 'quote' | 'tag-name' | 'attribute-name' };
  'xml-text-outside-root': Record<string, never>;
  'xml-undefined-entity': { entity: string };
  'xml-bare-ampersand': Record<string, never>;
  // — values a feed or a tag names by its own field names (`itunes:image`, `WXXX`)
  'url-unusable': { field: string; value: Quoted };
  'value-unusable': { field: string; value: Quoted };
  // — RSS feeds
  'feed-not-rss': { root: string };
  'feed-no-items': Record<string, never>;
  'feed-item-not-found': { item: Quoted; count: number };
  'feed-item-no-audio': { title?: string };
  'feed-transcript-type-unknown': { type: Quoted };
  // — loading a feed (`file` as `describeUrl` names it, quoted)
  'feed-blocked': { file: string; origin?: string };
  'feed-unreachable': { file: string };
  'feed-http-error': { file: string; status: number };
  'feed-timeout': { file: string; seconds: number };
  'feed-too-large': { file: string; megabytes: number };
  // — ID3 chapters inside an MP3
  'id3-version-unsupported': { version: number };
  'id3-truncated': { bytes: number; announced: number };
  'id3-frame-unreadable': { frame: string; reason: 'compressed' | 'encrypted' | 'size' };
  'id3-image-too-large': { kilobytes: number; limit: number };
  'id3-image-not-raster': { mime: Quoted };
  // — loading them with Range requests
  'embedded-chapters-no-range': { file: string };
  'embedded-chapters-blocked': { file: string };
  'embedded-chapters-http-error': { file: string; status: number };
  'embedded-chapters-tag-too-large': { file: string; megabytes: number; limit: number };
  'embedded-chapters-timeout': { file: string; seconds: number };
}

export type MessageCode = keyof MessageParams;

/** One message: a code and the parameters that code takes. */
export type Message = { [C in MessageCode]: { code: C; params: MessageParams[C] } }[MessageCode];

export function message<C extends MessageCode>(code: C, params: MessageParams[C]): Message {
  return { code, params } as Message;
}

/**
 * Something wrong in an input file, where it is: `line` (and `column`) for text formats (1-based),
 * `path` for JSON (`chapters[3].startTime`), neither for the file as a whole. A fatal
 * problem means nothing usable came out of the file.
 */
export type Problem = Message & { line?: number; column?: number; path?: string; fatal?: boolean };

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
