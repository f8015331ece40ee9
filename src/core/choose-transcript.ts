/**
 * Which transcript to show when an episode has several (`<podcast:transcript>` in a feed,
 * `transcripts` in an episode file): the listener's language first, then the richest
 * format. Captions (`rel="captions"`) are as good a transcript as any.
 */

import type { TranscriptRef } from './episode-manifest.js';
import type { TranscriptFormat } from './model.js';

export interface TranscriptChoice {
  /** The one to show; missing only when there is none. */
  chosen?: TranscriptRef;
  /** Every transcript, best first (the chosen one first): when one fails to load, try the next in its language. */
  ranked: TranscriptRef[];
  /** The best transcript of each language (regions together), the chosen one's first: a language menu, when there are two or more. */
  languages: TranscriptRef[];
}

/** Word times and speakers first (JSON, VTT), then plain cues (SRT), then text with few or no times. */
const RICHNESS: Record<TranscriptFormat, number> = { json: 6, vtt: 5, 'podlove-json': 4, srt: 3, html: 2, pst: 2, lines: 1, text: 0 };

const languageKey = (ref: TranscriptRef): string => ref.language?.trim().toLowerCase() ?? '';
const primary = (tag: string): string => tag.split('-', 1)[0]!;

/**
 * `preferred` is the listener's languages, most wanted first (see `preferredLanguages`).
 * A transcript in the first of them wins over a richer one in the second. Regions do not
 * split a language (the words spoken are the same): `de`, `de-AT` and `de-DE` count as one,
 * richest first, and the exact tag only breaks a tie.
 */
export function chooseTranscript(transcripts: readonly TranscriptRef[], preferred: readonly string[]): TranscriptChoice {
  const wanted = preferred.map((tag) => tag.trim().toLowerCase()).filter(Boolean);
  const rank = (ref: TranscriptRef): { language: number; exact: number } => {
    const key = languageKey(ref);
    const index = key ? wanted.findIndex((tag) => primary(tag) === primary(key)) : -1;
    if (index < 0) return { language: wanted.length, exact: 1 };
    return { language: index, exact: wanted[index] === key ? 0 : 1 };
  };
  const ranked = transcripts
    .map((ref, index) => ({ ref, index, ...rank(ref), richness: ref.type ? RICHNESS[ref.type] : 0 }))
    .sort((a, b) => a.language - b.language || b.richness - a.richness || a.exact - b.exact || a.index - b.index)
    .map((entry) => entry.ref);
  const languages: TranscriptRef[] = [];
  const seen = new Set<string>();
  for (const ref of ranked) {
    const language = primary(languageKey(ref));
    if (seen.has(language)) continue;
    seen.add(language);
    languages.push(ref);
  }
  return ranked[0] ? { chosen: ranked[0], ranked, languages } : { ranked, languages };
}

/**
 * The listener's languages, most wanted first, from the sources in order of authority:
 * e.g. `preferredLanguages(element.lang, document.documentElement.lang, navigator.languages)`.
 * Empty and repeated tags are dropped.
 */
export function preferredLanguages(...sources: (string | readonly string[] | null | undefined)[]): string[] {
  const tags: string[] = [];
  for (const source of sources) {
    for (const tag of typeof source === 'string' ? [source] : (source ?? [])) {
      const trimmed = tag.trim();
      if (trimmed && !tags.some((known) => known.toLowerCase() === trimmed.toLowerCase())) tags.push(trimmed);
    }
  }
  return tags;
}
