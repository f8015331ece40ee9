/**
 * `json-error-at.ts` in the script-tag file, which reads only JSON that is valid on most
 * pages: where an error is comes from the `json-errors` module (`json-error-at.ts` itself,
 * built apart). Until it has come, a broken file's problem says only that it is not JSON;
 * the player then loads the module and reads the file again (`data/prepare-text.ts`), so
 * what it shows is what the whole module says.
 */
import type * as Whole from './json-error-at.js';
import { loadedModule } from '../lazy.js';
import { problem } from './message.js';

export type { JsonErrorAt } from './json-error-at.js';

export const invalidJson: typeof Whole.invalidJson = (source, engineMessage) =>
  loadedModule('json-errors')?.invalidJson(source, engineMessage) ?? problem('json-invalid', {}, { fatal: true });

export const jsonErrorAt: typeof Whole.jsonErrorAt = (text) => loadedModule('json-errors')?.jsonErrorAt(text);
