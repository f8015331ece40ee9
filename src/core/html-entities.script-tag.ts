/**
 * `html-entities.ts` in the script-tag file: the common names (`common-entities.ts`) at once,
 * and the whole table from the `entities` module (`html-entities.ts` itself, built apart),
 * which the player loads before it reads a text that has another (`data/prepare-text.ts`).
 */
import type * as Whole from './html-entities.js';
import { loadedModule } from '../lazy.js';
import { COMMON_REFERENCES, isCommonLegacyName } from './common-entities.js';

export const namedReference: typeof Whole.namedReference = (name) => {
  const whole = loadedModule('entities');
  return whole ? whole.namedReference(name) : COMMON_REFERENCES.get(name);
};

export const isLegacyName: typeof Whole.isLegacyName = (name) => {
  const whole = loadedModule('entities');
  return whole ? whole.isLegacyName(name) : isCommonLegacyName(name);
};

export const LONGEST_NAME: typeof Whole.LONGEST_NAME = 8;
