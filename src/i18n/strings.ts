import type { MessageCode, MessageParams, Quoted, Resource } from '../core/message.js';

/**
 * A message's sentence in one language. `strings` is the language the sentence is made
 * in, for the phrases it shares (a nested problem's place, a quoted value).
 */
export type Sentence<C extends MessageCode> = (params: MessageParams[C], strings: Strings) => string;

/** One sentence for every message code: the compiler asks each language for each new code. */
export type Sentences = { [C in MessageCode]: Sentence<C> };

/**
 * Everything the player says, in one language. Another language is another file of this
 * shape (`src/i18n/`), or a table given to `TranscriptPlayer.addTranslation`. Numbers,
 * dates and durations are formatted with `Intl` in `locale`.
 */
export interface Strings {
  /** The BCP 47 locale `Intl` formats numbers, dates and durations in (`fr`, `pt-BR`). */
  locale: string;
  /** The name of the player's region, when the page gives the element no `aria-label`. */
  player: string;
  play: string;
  pause: string;
  skipBack: (seconds: number) => string;
  skipForward: (seconds: number) => string;
  speed: string;
  /** A speed in the speed menu: "1.5×". */
  speedOption: (rate: number) => string;
  seek: string;
  elapsed: string;
  total: string;
  chapters: string;
  transcript: string;
  chapterLink: (title: string) => string;
  chapterFallback: (n: number) => string;
  loading: string;
  buffering: string;
  /** Play was pressed and the audio is on its way: in the time display, and as the busy play button's name. */
  loadingAudio: string;
  /** A time as words when it is past what the player shows (`TIME_LIMIT`). */
  unknownTime: string;
  noTranscript: string;
  playFromHere: string;
  /** Above a transcript without times (plain text): it is there to read; nothing lights up. */
  untimedTranscript: string;
  searchTranscript: string;
  matchCount: (current: number, total: number) => string;
  noMatches: string;
  previousMatch: string;
  nextMatch: string;
  backToCurrent: string;
  share: string;
  shareQuote: string;
  showNotes: string;
  /** The label of the transcript's language menu. */
  transcriptLanguage: string;
  /** The menu entry of a transcript whose language the publisher did not state. */
  languageUnstated: string;
  chapterAnnouncement: (title: string) => string;
  linkCopied: string;
  linkNotCopied: (link: string) => string;
  download: string;
  resumeAt: (time: string) => string;
  /** The notice under a panel: some entries of that input's file were skipped. */
  skipped: (count: number, resource: Resource) => string;
  /** The notice under the player: some fields of the episode description were ignored. */
  ignored: (count: number) => string;
  /** A time as words for screen readers ("3 minutes, 20 seconds"): `spokenDuration` formats it with `Intl`. */
  timePhrase: (hours: number, minutes: number, seconds: number) => string;
  timeOf: (elapsed: string, total: string) => string;
  /** A label before what it labels, with the language's punctuation: "Elapsed: 3 minutes", "line 3: …". */
  labelled: (label: string, text: string) => string;
  /** Where a problem is in a text file: "line 12". */
  line: (line: number, column?: number) => string;
  /** A value from a file in a sentence: as written for text, numbers and booleans, else its kind ("a list"). */
  value: (value: Quoted) => string;
  /** The transcript panel's download menu, and each file it offers (by extension). */
  downloadTranscript: string;
  transcriptFile: (format: 'txt' | 'vtt' | 'srt') => string;
  /** Errors and notices, by code. */
  messages: Sentences;
}

/** A language's words without its sentences of errors and notices (`messages`). */
export type Words = Omit<Strings, 'messages'>;
