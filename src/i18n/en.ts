/** The player's English UI strings. Another language is another file of this shape. */
export const en = {
  play: 'Play',
  pause: 'Pause',
  skipBack: (seconds: number) => `Skip back ${seconds} seconds`,
  skipForward: (seconds: number) => `Skip forward ${seconds} seconds`,
  speed: 'Playback speed',
  seek: 'Seek',
  elapsed: 'Elapsed',
  total: 'Total',
  chapters: 'Chapters',
  transcript: 'Transcript',
  chapterLink: (title: string) => `Open the link for “${title}” (new tab)`,
  chapterFallback: (n: number) => `Chapter ${n}`,
  loading: 'Loading…',
  buffering: 'Buffering…',
  noTranscript: 'No transcript for this episode.',
  playFromHere: 'Press Enter to play from this line.',
  searchTranscript: 'Search transcript',
  matchCount: (current: number, total: number) => `${current} of ${total}`,
  noMatches: 'No matches',
  previousMatch: 'Previous match',
  nextMatch: 'Next match',
  backToCurrent: 'Back to current',
  share: 'Copy link to this moment',
  shareQuote: 'Copy link to this quote',
  showNotes: 'Show notes',
  chapterAnnouncement: (title: string) => `Chapter: ${title}`,
  linkCopied: 'Link copied.',
  linkNotCopied: (link: string) => `Copy this link: ${link}`,
  download: 'Download audio',
  resumeAt: (time: string) => `Resume at ${time}`,
  skipped: (count: number, subject: string) =>
    `${count} ${count === 1 ? 'entry' : 'entries'} of the ${subject} could not be read and ${count === 1 ? 'was' : 'were'} skipped.`,
  timePhrase: (hours: number, minutes: number, seconds: number) =>
    [
      hours ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '',
      minutes ? `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` : '',
      seconds || !(hours || minutes) ? `${seconds} ${seconds === 1 ? 'second' : 'seconds'}` : '',
    ]
      .filter(Boolean)
      .join(' '),
  timeOf: (elapsed: string, total: string) => `${elapsed} of ${total}`,
};

export type Strings = typeof en;
