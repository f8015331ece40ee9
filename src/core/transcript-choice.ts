import { chooseTranscript } from './choose-transcript.js';
import type { TranscriptRef } from './episode-manifest.js';

/** A language the transcript menu offers: its key (the primary subtag, `''` when not stated) and the tag as written. */
export interface TranscriptLanguage {
  key: string;
  tag?: string;
}

/** `de-AT` → `de`: regions do not split a language (as `chooseTranscript` counts them). */
export const languageKey = (ref: TranscriptRef): string => (ref.language?.trim().toLowerCase() ?? '').split('-', 1)[0]!;

/**
 * Which of an episode's transcripts to show (`transcripts` in an episode file, every
 * `<podcast:transcript>` of a feed): the language the listener picked (now or on an
 * earlier visit) first, then theirs (`lang`, the page's, the browser's), then the richest
 * format (`chooseTranscript`). When one fails to load, the next in that order is tried.
 * Plain state, recomputed only when what it depends on changes.
 */
export class TranscriptChoice {
  private list: readonly TranscriptRef[] = [];
  private preferred = '';
  private remembered: string | undefined;
  /** Picked in the menu during this visit: wins over what was remembered. */
  private picked: string | undefined;
  private readonly failed = new Set<string>();
  private lastFailed: TranscriptRef | undefined;
  private ranked: TranscriptRef[] = [];

  /** The transcripts, and the listener's languages most wanted first; on every update of the player. */
  update(list: readonly TranscriptRef[] | undefined, preferred: readonly string[], remembered: string | undefined): void {
    const transcripts = list ?? [];
    const languages = preferred.join(',');
    if (transcripts === this.list && languages === this.preferred && remembered === this.remembered) return;
    if (transcripts !== this.list) {
      this.failed.clear();
      this.lastFailed = undefined;
    }
    this.list = transcripts;
    this.preferred = languages;
    this.remembered = remembered;
    this.rank(preferred);
  }

  /** The transcript to load: the best that has not failed; when all have, the last tried (its error is what the listener sees). */
  get current(): TranscriptRef | undefined {
    return this.ranked.find((ref) => !this.failed.has(ref.url)) ?? this.lastFailed;
  }

  /** The languages to choose from, in the publisher's order; a menu is worth showing from two. */
  get languages(): TranscriptLanguage[] {
    const seen = new Map<string, TranscriptLanguage>();
    for (const ref of this.list) {
      const key = languageKey(ref);
      if (!seen.has(key)) seen.set(key, ref.language ? { key, tag: ref.language.trim() } : { key });
    }
    return [...seen.values()];
  }

  /** The language the listener picks; true when another transcript is to be shown. */
  pick(key: string): boolean {
    const before = this.current;
    this.picked = key;
    // A language picked again gets another chance: the network may be back.
    for (const ref of this.list) if (languageKey(ref) === key) this.failed.delete(ref.url);
    this.rank(this.preferred ? this.preferred.split(',') : []);
    return this.current !== before;
  }

  /** The transcript at `url` could not be loaded; true when there is another to try. */
  failedToLoad(url: string): boolean {
    this.failed.add(url);
    this.lastFailed = this.list.find((ref) => ref.url === url);
    return this.ranked.some((ref) => !this.failed.has(ref.url));
  }

  private rank(preferred: readonly string[]): void {
    const { ranked } = chooseTranscript(this.list, preferred);
    const first = this.picked ?? this.remembered;
    // The picked language first, its transcripts in their order of richness; the rest as ranked.
    this.ranked =
      first === undefined
        ? ranked
        : [...ranked.filter((ref) => languageKey(ref) === first), ...ranked.filter((ref) => languageKey(ref) !== first)];
  }
}
