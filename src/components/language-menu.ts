import { html, nothing } from 'lit';
import type { TranscriptLanguage } from '../core/transcript-choice.js';
import type { Strings } from '../i18n/strings.js';
import { dispatchRequest } from './requests.js';

export interface LanguageMenuState {
  strings: Strings;
  /** The languages the episode has transcripts in; the menu shows from two. */
  languages: readonly TranscriptLanguage[];
  /** The key of the language shown. */
  current: string | undefined;
}

/**
 * The transcript's language, as a native `<select>` with a visible label: reachable with
 * Tab, operated with the arrow keys and type-ahead, its name and value read by screen
 * readers in every engine. Each language is named in itself (`Deutsch`, `español`), as
 * listeners look for their own, and marked with its `lang` so it is pronounced so.
 */
export function renderLanguageMenu({ strings, languages, current }: LanguageMenuState) {
  if (languages.length < 2) return nothing;
  const changed = (event: Event) => {
    const select = event.target as HTMLSelectElement;
    dispatchRequest(select, { type: 'transcript-language', language: select.value });
  };
  return html`<label class="language-menu">
    <span>${strings.transcriptLanguage}</span>
    <select part="transcript-language" @change=${changed}>
      ${languages.map(
        (language) =>
          html`<option value=${language.key} lang=${language.tag ?? nothing} .selected=${language.key === current}>
            ${language.tag ? languageName(language.tag) : strings.languageUnstated}
          </option>`,
      )}
    </select>
  </label>`;
}

/** A language's name in that language, capitalised as a menu entry; the tag itself where the browser knows no name. */
export function languageName(tag: string): string {
  try {
    const primary = tag.split('-', 1)[0]!;
    const name = new Intl.DisplayNames([primary], { type: 'language' }).of(primary);
    if (name && name.toLowerCase() !== primary.toLowerCase()) return name.charAt(0).toLocaleUpperCase(primary) + name.slice(1);
  } catch {
    // An ill-formed tag, or an engine without Intl.DisplayNames.
  }
  return tag;
}
