import type { Problem } from '../../src/core/message.js';
import { withEnglish } from '../../src/i18n/english.js';

/** Problems as the English catalogue words them, in the `{ where, message, fatal }` shape the tests compare. */
export function inEnglish(problems: readonly Problem[]): { where: string; message: string; fatal?: true }[] {
  return problems.map((problem) => {
    const { where, message } = withEnglish(problem);
    return { where, message, ...(problem.fatal ? { fatal: true as const } : {}) };
  });
}
