import type { Strings } from './en.js';

/**
 * What the element passes as `subject` to `skipped` is English ('transcript file'); until
 * it passes a key, the known ones are translated here (as genitives: "der Kapiteldatei").
 */
const SUBJECTS: Record<string, string> = {
  'transcript file': 'der Transkriptdatei',
  'chapters file': 'der Kapiteldatei',
  transcript: 'des Transkripts',
  chapters: 'der Kapitel',
};

const unit = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The player's German UI strings. */
export const de: Strings = {
  play: 'Abspielen',
  pause: 'Pause',
  skipBack: (seconds: number) => `${seconds} Sekunden zurück`,
  skipForward: (seconds: number) => `${seconds} Sekunden vor`,
  speed: 'Wiedergabegeschwindigkeit',
  seek: 'Wiedergabeposition',
  elapsed: 'Verstrichen',
  total: 'Gesamtdauer',
  chapters: 'Kapitel',
  transcript: 'Transkript',
  chapterLink: (title: string) => `Link zu „${title}“ öffnen (neuer Tab)`,
  chapterFallback: (n: number) => `Kapitel ${n}`,
  loading: 'Wird geladen …',
  buffering: 'Wird gepuffert …',
  noTranscript: 'Zu dieser Folge gibt es kein Transkript.',
  playFromHere: 'Eingabetaste drücken, um ab dieser Zeile abzuspielen.',
  searchTranscript: 'Transkript durchsuchen',
  matchCount: (current: number, total: number) => `${current} von ${total}`,
  noMatches: 'Keine Treffer',
  previousMatch: 'Vorheriger Treffer',
  nextMatch: 'Nächster Treffer',
  backToCurrent: 'Zurück zur aktuellen Stelle',
  share: 'Link zu dieser Stelle kopieren',
  shareQuote: 'Link zu diesem Zitat kopieren',
  showNotes: 'Shownotes',
  chapterAnnouncement: (title: string) => `Kapitel: ${title}`,
  linkCopied: 'Link kopiert.',
  linkNotCopied: (link: string) => `Diesen Link kopieren: ${link}`,
  download: 'Audio herunterladen',
  resumeAt: (time: string) => `Weiter bei ${time}`,
  skipped: (count: number, subject: string) =>
    `${unit(count, 'Eintrag', 'Einträge')} ${SUBJECTS[subject] ?? `aus „${subject}“`} ${
      count === 1 ? 'konnte nicht gelesen werden und wurde' : 'konnten nicht gelesen werden und wurden'
    } übersprungen.`,
  // Zero seconds are left out after a larger unit ("1 Stunde", not "1 Stunde 0 Sekunden").
  timePhrase: (hours: number, minutes: number, seconds: number) =>
    [
      hours ? unit(hours, 'Stunde', 'Stunden') : '',
      minutes ? unit(minutes, 'Minute', 'Minuten') : '',
      seconds || (!hours && !minutes) ? unit(seconds, 'Sekunde', 'Sekunden') : '',
    ]
      .filter(Boolean)
      .join(' '),
  timeOf: (elapsed: string, total: string) => `${elapsed} von ${total}`,
};
