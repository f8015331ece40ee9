import { message } from '../core/message.js';
import { describeMessage } from '../i18n/describe.js';
import type { Strings } from '../i18n/strings.js';

/**
 * What a transcript feature (search, download, quoting) says when its file, loaded on first
 * use, could not be fetched: the error names the file (`lazy-modules.script-tag.ts`), so a
 * site that copied only the script learns which file is missing.
 */
export function moduleFailure(strings: Strings, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return describeMessage(strings, message('load-failed', { resource: 'transcript', detail }));
}
