import { enMessages } from './en-messages.js';
import { enWords } from './en-words.js';
import type { Strings } from './strings.js';

export type { Strings } from './strings.js';

/**
 * The player's English: its words (`en-words.ts`) and its sentences of errors and notices
 * (`en-messages.ts`), the language every other is checked against.
 */
export const en: Strings = { ...enWords, messages: enMessages };
