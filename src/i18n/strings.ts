import type { MessageCode, MessageParams, Quoted, Resource } from '../core/message.js';

/**
 * A message's sentence in one language. `strings` is the language the sentence is made
 * in, for the phrases it shares (a nested problem's place, a quoted value).
 */
export type Sentence<C extends MessageCode> = (params: MessageParams[C], strings: Strings) => string;

/** One sentence for every message code: the compiler asks each language for each new code. */
export type Sentences = { [C in MessageCode]: Sentence<C> };

/** Everything the player says, in one language. Another language is another file of this shape. */
export interface Strings {
  play: string;
  pause: string;
  skipBack: (seconds: number) => string;
  skipForward: (seconds: number) => string;
  speed: string;
  seek: string;
  elapsed: string;
  total: string;
  chapters: string;
  transcript: string;
  chapterLink: (title: string) => string;
  chapterFallback: (n: number) => string;
  loading: string;
  buffering: string;
  noTranscript: string;
  playFromHere: string;
  searchTranscript: string;
  matchCount: (current: number, total: number) => string;
  noMatches: string;
  previousMatch: string;
  nextMatch: string;
  backToCurrent: string;
  share: string;
  shareQuote: string;
  showNotes: string;
  chapterAnnouncement: (title: string) => string;
  linkCopied: string;
  linkNotCopied: (link: string) => string;
  download: string;
  resumeAt: (time: string) => string;
  /** The notice under a panel: some entries of that input's file were skipped. */
  skipped: (count: number, resource: Resource) => string;
  timePhrase: (hours: number, minutes: number, seconds: number) => string;
  timeOf: (elapsed: string, total: string) => string;
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
