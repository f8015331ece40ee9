// Types of second-run.mjs for the TypeScript that tests it.
export interface FileCounts {
  passed: number;
  failed: number;
  skipped: number;
  failures: string[];
}
export const MOST_FILES_RUN_AGAIN: number;
export function withSecondRun<T extends FileCounts>(
  counts: T,
  firstRun: FileCounts,
  secondRun: FileCounts | undefined,
): { counts: T; flaky: string[] };
