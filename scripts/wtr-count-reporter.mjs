// Writes the browser suite's pass/fail counts for scripts/run-tests.mjs, which prints
// the one summary line CI reads. Counts are kept per browser session (one test file in one
// browser) and summed, with a breakdown per browser. A session that failed without a
// failing test (a browser that did not launch, a page that did not start, a file that did
// not load, a run that timed out) counts as at least one failure, never as nothing.
import { mkdirSync, writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

export function countSession(session) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  if (session.testResults) countSuite(session.testResults, counts);
  // Errors outside any test (uncaught, a failed import, a launch or timeout error).
  counts.failed += session.errors?.length ?? 0;
  if (!session.passed && counts.failed === 0) counts.failed = 1;
  return counts;
}

export function countReporter(name) {
  return {
    onTestRunFinished({ sessions }) {
      const total = { passed: 0, failed: 0, skipped: 0 };
      const browsers = {};
      for (const session of sessions) {
        const counts = countSession(session);
        const browser = (browsers[session.browser?.name ?? 'unknown'] ??= { passed: 0, failed: 0, skipped: 0 });
        for (const key of Object.keys(total)) {
          total[key] += counts[key];
          browser[key] += counts[key];
        }
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(`.test-results/${name}.json`, JSON.stringify({ ...total, browsers }));
    },
  };
}
