import type { ReactiveControllerHost } from 'lit';
import { preferredLanguages } from '../core/choose-transcript.js';
import type { EpisodeManifest, ManifestResource } from '../core/episode-manifest.js';
import type { TranscriptFormat } from '../core/model.js';
import { languageKey, TranscriptChoice, type TranscriptLanguage } from '../core/transcript-choice.js';

export interface TranscriptLanguagesHost extends ReactiveControllerHost, HTMLElement {
  /** The element's own `lang`, when set. */
  language?: string | undefined;
}

/** Where the listener's choice is kept: with the resume position. */
export interface LanguageMemory {
  remembered(): string | undefined;
  remember(language: string): void;
}

/**
 * The episode's transcripts in several languages, for the player: which one its
 * transcript resource loads, the next one when that fails, and the language menu.
 * The listener's languages are the player's `lang` (or its ancestors'), the page's, then
 * the browser's; a language picked in the menu comes first and is remembered.
 */
export class TranscriptLanguages {
  private readonly choice = new TranscriptChoice();

  constructor(
    private readonly host: TranscriptLanguagesHost,
    private readonly memory: LanguageMemory,
  ) {}

  /** On every update, once the episode (and so the resume entry) is known. */
  update(manifest: EpisodeManifest | undefined): void {
    // A server renderer has neither a page nor a browser: the element's own language, the rest on hydration.
    const server = typeof document === 'undefined';
    const own = this.host.language ?? (server ? undefined : this.host.closest('[lang]')?.getAttribute('lang'));
    const languages = server
      ? preferredLanguages(own, undefined, [])
      : preferredLanguages(own, document.documentElement.lang, navigator.languages);
    this.choice.update(manifest?.transcripts, languages, this.memory.remembered());
  }

  /** The transcript to load: the one chosen among several, else the one the episode names. */
  source(manifest: EpisodeManifest | undefined): ManifestResource<TranscriptFormat> | undefined {
    const chosen = this.choice.current;
    if (!chosen) return manifest?.transcript;
    return chosen.type ? { url: chosen.url, type: chosen.type } : { url: chosen.url };
  }

  /** The chosen transcript failed to load: true when the next is being tried (nothing to report yet). */
  retry(): boolean {
    const tried = this.choice.current;
    if (!tried || !this.choice.failedToLoad(tried.url)) return false;
    this.host.requestUpdate();
    return true;
  }

  /** The listener picked a language in the menu. */
  pick(language: string): void {
    this.memory.remember(language);
    if (this.choice.pick(language)) this.host.requestUpdate();
  }

  /** What the menu offers (from two languages), and the key of the one shown. */
  get menu(): { languages: TranscriptLanguage[]; language: string | undefined } {
    const current = this.choice.current;
    return { languages: this.choice.languages, language: current && languageKey(current) };
  }
}
