import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { en, type Strings } from '../i18n/en.js';
import { pickLanguage, stringsFor, type Language } from '../i18n/pick-language.js';

export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  /** The element's own `lang` attribute, when set. */
  language?: string | undefined;
}

/**
 * The one place a player's words come from: the language of the element's `lang`, else
 * of its nearest ancestor with one, else of the page; every part is handed `strings`
 * from here, so a language is one file in `src/i18n/`. Read again on each update (the
 * attribute, or an ancestor's, may change), which costs one `closest()`.
 */
export class LocalizationController implements ReactiveController {
  language: Language = 'en';
  private words: Strings = en;

  /** The words of the player's language. */
  get strings(): Strings {
    // A server renderer calls no controller hook: the element's own `lang` is read here, so the
    // declarative shadow root is in the language the browser's first render will have.
    if (isServer) this.resolve();
    return this.words;
  }

  constructor(private readonly host: LocalizedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.resolve();
  }

  hostUpdate(): void {
    this.resolve();
  }

  private resolve(): void {
    // Server rendering has neither ancestors nor a document: the element's own `lang`, else English.
    const server = typeof document === 'undefined';
    const own = this.host.language ?? (server ? undefined : this.host.closest('[lang]')?.getAttribute('lang'));
    const language = pickLanguage(own, server ? undefined : document.documentElement.lang);
    if (language === this.language) return;
    this.language = language;
    this.words = stringsFor(language);
  }
}
