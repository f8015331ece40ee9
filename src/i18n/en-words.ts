import type { Resource } from '../core/message.js';
import { formatNumber, spokenDuration } from './intl.js';
import { FILE, value } from './en-phrases.js';
import type { Words } from './strings.js';

const number = (n: number): string => formatNumber('en', n);

/**
 * The player's English words: its controls, labels and notices. Its sentences of problems
 * are `en-messages.ts`; `en.ts` is both.
 */
export const enWords: Words = {
  locale: 'en',
  player: 'Podcast player',
  play: 'Play',
  pause: 'Pause',
  skipBack: (seconds: number) => `Skip back ${seconds} seconds`,
  skipForward: (seconds: number) => `Skip forward ${seconds} seconds`,
  speed: 'Playback speed',
  speedOption: (rate: number) => `${number(rate)}×`,
  seek: 'Seek',
  elapsed: 'Elapsed',
  total: 'Total',
  chapters: 'Chapters',
  transcript: 'Transcript',
  chapterLink: (title: string) => `Open the link for “${title}” (new tab)`,
  chapterFallback: (n: number) => `Chapter ${n}`,
  loading: 'Loading…',
  buffering: 'Buffering…',
  loadingAudio: 'Loading audio…',
  unknownTime: 'unknown',
  noTranscript: 'No transcript for this episode.',
  playFromHere: 'Press Enter to play from this line.',
  untimedTranscript: 'This transcript has no times, so it does not follow the audio: read and search it as text.',
  searchTranscript: 'Search transcript',
  matchCount: (current: number, total: number) => `${number(current)} of ${number(total)}`,
  noMatches: 'No matches',
  previousMatch: 'Previous match',
  nextMatch: 'Next match',
  backToCurrent: 'Back to current',
  share: 'Copy link to this moment',
  shareQuote: 'Copy link to this quote',
  showNotes: 'Show notes',
  transcriptLanguage: 'Language',
  languageUnstated: 'Language not stated',
  chapterAnnouncement: (title: string) => `Chapter: ${title}`,
  linkCopied: 'Link copied.',
  linkNotCopied: (link: string) => `Copy this link: ${link}`,
  download: 'Download audio',
  resumeAt: (time: string) => `Resume at ${time}`,
  skipped: (count: number, resource: Resource) =>
    `${number(count)} ${count === 1 ? 'entry' : 'entries'} of the ${FILE[resource]} could not be read and ${count === 1 ? 'was' : 'were'} skipped.`,
  ignored: (count: number) =>
    `${number(count)} ${count === 1 ? 'field' : 'fields'} of the episode description could not be used and ${count === 1 ? 'was' : 'were'} ignored.`,
  timePhrase: (hours: number, minutes: number, seconds: number) => spokenDuration('en', hours, minutes, seconds),
  timeOf: (elapsed: string, total: string) => `${elapsed} of ${total}`,
  labelled: (label: string, text: string) => `${label}: ${text}`,
  line: (line: number, column?: number) => `line ${line}${column === undefined ? '' : `, column ${column}`}`,
  value,
  downloadTranscript: 'Download transcript',
  transcriptFile: (format: 'txt' | 'vtt' | 'srt') =>
    ({ txt: 'Text (.txt)', vtt: 'WebVTT subtitles (.vtt)', srt: 'SRT subtitles (.srt)' })[format],
};
