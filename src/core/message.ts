/**
 * What the player has to tell a listener or a publisher, as a code with parameters —
 * never as a sentence. Core, data and audio code build these; `src/i18n/` turns them
 * into sentences in the listener's language (`describeMessage`). So a parser says
 * `{ code: 'end-before-start', params: { start: 12, end: 3 } }`, and English reads "the
 * end time 00:00:03.000 is before the start time 00:00:12.000, so it was ignored".
 *
 * Adding a message: add its code and parameters to `MessageParams` (the compiler then
 * asks every language in `src/i18n/` for its sentence, and the catalogue test for a sample).
 */

/** A value from a file as a message quotes it: its kind, and for scalars the value as written (shortened). */
export type Quoted = { kind: 'text' | 'number' | 'boolean'; text: string } | { kind: 'null' | 'list' | 'object' | 'nothing' | 'other' };

/** Which of the player's inputs a message is about. */
export type Resource = 'audio' | 'transcript' | 'chapters' | 'episode' | 'feed';

/** The inputs the format parsers read. */
export type DataResource = 'transcript' | 'chapters';

/** What a skipped entry of a file was, for "…, so this segment was skipped". */
export type EntryKind = 'segment' | 'chapter' | 'entry' | 'item';

/**
 * A file a message names: which input it is, and its file name as a person names it
 * (`describeUrl`: unquoted, since each language quotes in its own way). Without `file`
 * the data was given inline (an attribute, a property, a `<script>` in the page).
 */
export interface FileRef {
  resource: Resource;
  file?: string;
}

/**
 * Every message and its parameters. Times are seconds and sizes bytes (the language
 * formats them); values from files are `Quoted`; field names (`startTime`) and format
 * examples (`<pst:item start="…">`) are written as the file has them, in no language.
 */
export interface MessageParams {
  // — a file as a whole
  'file-empty': Record<string, never>;
  'file-not-text': Record<string, never>;
  'file-too-large': { megabytes: number };
  'file-unreadable': { detail: string };
  'more-problems': { count: number };
  'format-unknown': { resource: DataResource };
  'nothing-found': { resource: DataResource; example?: string };
  'web-page': Record<string, never>;
  // — JSON (`line` of the problem is where the syntax breaks)
  'json-invalid': { detail?: string; column?: number; atEnd?: boolean };
  'json-is-markup': Record<string, never>;
  'json-single-quotes': Record<string, never>;
  'list-missing': { field: string; example: string };
  'not-a-list': { entry: EntryKind; example: string };
  'entry-not-object': { entry: EntryKind };
  // — timed entries
  'field-missing': { field: string; entry: EntryKind };
  'field-not-time': { field: string; value: Quoted; entry: EntryKind };
  'start-missing': { entry: EntryKind };
  'start-not-time': { value: Quoted; entry: EntryKind };
  'end-not-time': { field: string; value: Quoted };
  'end-before-start': { start: number; end: number };
  'time-unreadable': { value: Quoted };
  'no-timed-text': { entry: EntryKind };
  'segments-without-text': { count: number; total: number };
  /** A time past the player's limit (`TIME_LIMIT`, in `hours`); `text` is the entry's text or title, to find it by. */
  'start-past-limit': { entry: EntryKind; text: Quoted; hours: number };
  /** The entry is kept; its end or word times past the limit are dropped. */
  'times-past-limit': { entry: EntryKind; text: Quoted; hours: number };
  // — data given in the player's own model (`Segment[]`, `Chapter[]`)
  'words-not-list': { value: Quoted };
  'word-unusable': Record<string, never>;
  // — cue files and timestamped lines
  'text-outside-cue': Record<string, never>;
  'cue-timing-invalid': { value: Quoted };
  'text-before-first-time': Record<string, never>;
  // — addresses in files
  'image-address-unusable': { value: Quoted };
  'link-address-unusable': { value: Quoted };
  // — the episode description
  'manifest-not-object': { value: Quoted };
  'no-audio': Record<string, never>;
  'audio-address-unusable': { value: Quoted };
  'mime-type-invalid': { value: Quoted };
  'data-address-unusable': { value: Quoted };
  'format-name-unknown': { value: Quoted; resource: DataResource; known: string[] };
  'data-value-invalid': { value: Quoted };
  'not-text': { value: Quoted };
  'duration-invalid': { value: Quoted };
  'date-invalid': { value: Quoted };
  'transcripts-not-list': { value: Quoted };
  /** `value` is `nothing` when the entry has no address at all. */
  'transcript-address-unusable': { value: Quoted };
  'language-tag-invalid': { value: Quoted };
  // — loading a file: whole sentences naming the file
  'file-unusable': FileRef & { problem: Problem };
  'file-not-json': FileRef & { problem: Problem };
  'fetch-timeout': FileRef & { seconds: number };
  'fetch-network': FileRef;
  'fetch-http': FileRef & { status: number; statusText?: string };
  'fetch-too-large': FileRef & { bytes: number; limit: number };
  'load-cancelled': FileRef;
  'load-failed': FileRef & { detail: string };
  'no-episode-source': Record<string, never>;
  // — playing the audio
  'audio-aborted': { file: string };
  'audio-unsupported': { file: string };
  'audio-network': { file: string };
  'audio-undecodable': { file: string };
  'audio-unseekable': { file: string };
  /** The lock screen's code, a file beside the script, could not be fetched (`detail` names it): playing is unaffected. */
  'lock-screen-failed': { detail: string };
  'play-blocked': { file: string };
  /** A `play()` that had not started yet was cut short: by `pause()`, or by a new source. */
  'play-interrupted': { file: string; by: 'pause' | 'new-source' | 'removed' };
  /** `play()` with no audio to play. */
  'play-no-source': Record<string, never>;
  // — WebVTT's signature (formats: files as the specs write them)
  /** The file is read as WebVTT (its name, type or content says so) but does not start with `WEBVTT`. */
  'vtt-signature-missing': { found: Quoted };

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
  // — loading a feed (`file` as `describeUrl` names it; each language quotes it)
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

/** Where in a file a problem is, and whether it left nothing usable. */
export interface ProblemAt {
  /** 1-based line, for text formats (and JSON syntax errors). */
  line?: number;
  /** 1-based column on that line, where it is known (XML). */
  column?: number;
  /** JSON path, `chapters[3].startTime`. */
  path?: string;
  /** Nothing usable came out of the file. */
  fatal?: boolean;
}

/**
 * Something wrong in an input file, where it is: `line` (and `column`) for text formats (1-based),
 * `path` for JSON (`chapters[3].startTime`), neither for the file as a whole. A fatal
 * problem means nothing usable came out of the file.
 */
export type Problem = Message & ProblemAt;

export function problem<C extends MessageCode>(code: C, params: MessageParams[C], at: ProblemAt = {}): Problem {
  return { code, params, ...at } as Problem;
}

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
