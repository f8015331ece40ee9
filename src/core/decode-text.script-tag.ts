/**
 * `decode-text.ts` in the script-tag file: the common case (`utf8-text.ts`) at once, and every
 * other one from the `encodings` module (`decode-text.ts` itself, built apart), which the
 * player loads before it reads bytes that need it (`data/decode-bytes.ts`).
 */
import type * as Whole from './decode-text.js';
import { loadedModule } from '../lazy.js';
import { utf8Text } from './utf8-text.js';

export { isBytes, type Bytes } from './utf8-text.js';
export { repairWideText } from './wide-text.js';

export const decodeText: typeof Whole.decodeText = (bytes, contentType) =>
  utf8Text(bytes, contentType) ??
  loadedModule('encodings')?.decodeText(bytes, contentType) ??
  // Only bytes handed to a reader without `decode-bytes.ts` get here: read as browsers read text by default.
  new TextDecoder().decode(bytes);
