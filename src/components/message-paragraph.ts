import { html, nothing } from 'lit';
import type { Message } from '../core/message.js';
import { describeMessage } from '../i18n/describe.js';
import type { Strings } from '../i18n/strings.js';

/**
 * An error (`role="alert"`) or a notice, in the player's words. Nothing until its sentence
 * is at hand: English fetches its sentences the first time one is asked for, and an alert
 * that appears whole is announced whole.
 */
export function renderMessage(strings: Strings, message: Message | undefined, kind: 'error' | 'notice' = 'error') {
  const text = message ? describeMessage(strings, message) : '';
  if (!text) return nothing;
  return kind === 'error'
    ? html`<p class="error" part="error" role="alert">${text}</p>`
    : html`<p class="notice" part="notice">${text}</p>`;
}
