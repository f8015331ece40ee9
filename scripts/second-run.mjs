// A browser test file with a failure is run once more, alone, in the same engine, and its
// second run replaces its first in the counts only when every test in it passed. A broken
// test fails both runs and still fails CI; one that fails only now and then (audio under a
// busy machine's load, mostly) no longer turns CI red, and is named in the summary as
// flaky, with its first failure, so that it can be fixed rather than hidden.

/** More files than this failing at once is a broken build, not flakiness: no second run. */
export const MOST_FILES_RUN_AGAIN = 3;

/**
 * The suite's counts with one file's failed first run replaced by its second, and the
 * failures that turned out flaky; the counts are unchanged when the second run failed too.
 */
export function withSecondRun(counts, firstRun, secondRun) {
  const passedAgain = secondRun !== undefined && secondRun.failed === 0 && secondRun.passed > 0;
  if (!passedAgain) return { counts, flaky: [] };
  return {
    counts: {
      ...counts,
      passed: counts.passed - firstRun.passed + secondRun.passed,
      failed: counts.failed - firstRun.failed,
      skipped: counts.skipped - firstRun.skipped + secondRun.skipped,
      failures: counts.failures.filter((failure) => !firstRun.failures.includes(failure)),
    },
    flaky: firstRun.failures,
  };
}
