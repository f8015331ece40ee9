import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Strings } from '../i18n/en.js';
import { englishNow, hasSentences, loadEnglish, onEnglishArrived, sentencesOnTheirWay } from '../i18n/english-at-hand.js';
import { pickLanguage } from '../i18n/pick-language.js';
import { isKnownLanguage, loadTranslation, onTranslationAdded, translationNow } from '../i18n/translations.js';

export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  /** The element's own `lang` attribute, when set. */
  language?: string | undefined;
}

/** How long a player stays unseen waiting for its language before it shows English meanwhile. */
const LANGUAGE_WAIT_MS = 3000;

/**
 * The one place a player's words come from: the language of the element's `lang`, else
 * of its nearest ancestor with one, else of the page; every part is handed `strings`
 * from here, so a language is one file in `src/i18n/`. Read again on each update (the
 * attribute, or an ancestor's, may change), which costs one `closest()`.
 *
 * English is always at hand; another language is imported the first time a player asks
 * for it. Until it arrives, the player is laid out but unseen (`shown` is false), so
 * neither eyes nor screen readers meet English that is about to change — at most for
 * `LANGUAGE_WAIT_MS`, then English shows until the language comes (or for good, if it
 * cannot be fetched). A language switched later keeps the old words until the new arrive.
 */
export class LocalizationController implements ReactiveController {
  /** The language asked for (a lower-case tag), which `strings` are once it has arrived. */
  language = 'en';
  private words: Strings = englishNow();
  /** False while the first language is on its way: render the player unseen. */
  shown = true;
  /** Settles when the language asked for has arrived, has failed, or has been waited for long enough. */
  settled: Promise<void> = Promise.resolve();

  private stopListening: (() => void) | undefined;
  private stopWaitingForEnglish: (() => void) | undefined;
  /** A language is on its way and not yet given up on. */
  private waiting = false;
  /** Whether a language has been chosen yet: only the first one is waited for unseen. */
  private chosen = false;

  constructor(private readonly host: LocalizedHost) {
    host.addController(this);
  }

  /** Settles once the sentences of errors a render asked for have come (English fetches them on use). */
  get sentences(): Promise<unknown> {
    return sentencesOnTheirWay();
  }

  /** The words of the player's language. */
  get strings(): Strings {
    // A server renderer calls no controller hook: the element's own `lang` is read here, so the
    // declarative shadow root is in the language the browser's first render will have (when it
    // is at hand on the server: English, or a language added there).
    if (isServer) this.resolve();
    return this.words;
  }

  hostConnected(): void {
    // A translation added by the page may be this player's language, or change it.
    this.stopListening = onTranslationAdded(() => {
      this.language = '';
      this.host.requestUpdate();
    });
    // English's sentences of errors come when first asked for: the player then says them.
    this.stopWaitingForEnglish = onEnglishArrived(() => {
      if (hasSentences(this.words)) return;
      this.language = '';
      this.host.requestUpdate();
    });
    this.resolve();
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.stopWaitingForEnglish?.();
  }

  hostUpdate(): void {
    this.resolve();
  }

  private resolve(): void {
    // Server rendering has neither ancestors nor a document: the element's own `lang`, else English.
    const server = typeof document === 'undefined';
    const own = this.host.language ?? (server ? undefined : this.host.closest('[lang]')?.getAttribute('lang'));
    const language = pickLanguage([own, server ? undefined : document.documentElement.lang], isKnownLanguage);
    if (language === this.language) return;
    this.language = language;
    const first = !this.chosen;
    this.chosen = true;
    const ready = translationNow(language);
    if (ready) {
      this.words = ready;
      this.shown = true;
      this.waiting = false;
      this.settled = Promise.resolve();
      return;
    }
    // On the server nothing is waited for: the page hydrates into its language.
    if (server) return;
    if (first) this.shown = false;
    this.waiting = true;
    this.settled = this.waitFor(language);
  }

  /**
   * Calls `use` with the player's words: at once, or, while its language is on its way,
   * when it has come. For sentences that leave the player (the `error` event's message).
   */
  withStrings(use: (strings: Strings) => void): void {
    if (this.waiting) void this.settled.then(() => this.withStrings(use));
    else if (hasSentences(this.strings)) use(this.strings);
    else
      void loadEnglish().then(
        (english) => use(hasSentences(this.words) ? this.words : english),
        () => use(this.words),
      );
  }

  private waitFor(language: string): Promise<void> {
    const arrived = loadTranslation(language).then(
      (strings) => {
        if (this.language === language) this.words = strings;
      },
      // A language that cannot be fetched leaves the player in English rather than without words.
      () => undefined,
    );
    const waited = new Promise<void>((resolve) => setTimeout(resolve, LANGUAGE_WAIT_MS));
    void arrived.then(() => this.language === language && this.host.requestUpdate());
    return Promise.race([arrived, waited]).then(() => {
      if (this.language !== language) return;
      this.waiting = false;
      if (this.shown) return;
      this.shown = true;
      this.host.requestUpdate();
    });
  }
}
