import type { Problem as MessageProblem } from '../message.js';
import type { Problem } from '../model.js';

/**
 * The problems the formats readers report in the message shape (`message.ts`), as the
 * `{ where, message }` problems the parse results still carry, with their English. When the
 * readers' results carry message-shaped problems and `src/i18n/` renders them, this file goes:
 * its sentences move to `en.ts`/`de.ts` and the calls to `legacyProblem` are dropped.
 */
type FormatsProblem = Extract<MessageProblem, { code: 'vtt-signature-missing' }>;

export function legacyProblem(problem: FormatsProblem): Problem {
  const where = problem.line !== undefined ? `line ${problem.line}` : (problem.path ?? 'file');
  return { where, message: english(problem), ...(problem.fatal ? { fatal: true } : {}) };
}

function english(problem: FormatsProblem): string {
  switch (problem.code) {
    case 'vtt-signature-missing': {
      const found = problem.params.found;
      const shown = found.kind === 'text' && found.text !== '""' ? `it starts with ${found.text}` : 'its first line is empty';
      return `a WebVTT file must start with the line WEBVTT, but ${shown}, so it was not read`;
    }
  }
}
