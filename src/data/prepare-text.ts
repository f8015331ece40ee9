import { hasRareEntity } from '../core/common-entities.js';
import { message, type FileRef, type Message } from '../core/message.js';
import { utf8Text, type Bytes } from '../core/utf8-text.js';
import type { LazyName } from '../lazy-modules.js';
import { loadedModule, loadModule } from '../lazy.js';
import type { LoadedData } from './usable-data.js';

/*
 * What the player loads for the rare file before it reads it: a decoder for text that is not
 * UTF-8 (`encodings`), the whole table of named character references (`entities`), and where
 * a JSON file's error is (`json-errors`). The script-tag file has only the common cases
 * (`*.script-tag.ts` beside `core/decode-text.ts`, `html-entities.ts`, `json-error-at.ts`);
 * other builds have everything, and the loads here cost them nothing.
 */

/** A file's bytes as text: valid UTF-8 at once, any other once the decoder has come. Throws when it cannot be had. */
export async function decodeBytes(bytes: Bytes, contentType?: string): Promise<string> {
  return utf8Text(bytes, contentType) ?? (await loadModule('encodings')).decodeText(bytes, contentType);
}

/** Whether `text` reads as it should with the named references at hand. */
export const entitiesAtHand = (text: string): boolean => loadedModule('entities') !== undefined || !hasRareEntity(text);

/** Whether `data` is a JSON file that is not valid, read before the module that says where its error is had come. */
export const jsonErrorUnplaced = (data: LoadedData<unknown>): boolean =>
  loadedModule('json-errors') === undefined && data.problems.some((each) => each.code === 'json-invalid');

/**
 * Loads `name` for the file `ref`: undefined once it is here, else the message the player
 * shows (its detail names the module's address, as `lazy-modules.script-tag.ts` words it:
 * a site that copied only the main script learns which file is missing).
 */
export async function loadFor(ref: FileRef, name: LazyName): Promise<Message | undefined> {
  try {
    await loadModule(name);
    return undefined;
  } catch (error) {
    return loadFailed(ref, error);
  }
}

/** The player's message for a module that `ref` needs and that could not be fetched. */
export const loadFailed = (ref: FileRef, error: unknown): Message =>
  message('load-failed', { ...ref, detail: error instanceof Error ? error.message : String(error) });
