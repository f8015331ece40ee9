// Writes the browser suite's pass/fail counts for scripts/run-tests.mjs, which prints
// the one summary line CI reads. A test file that fails to load counts as a failure.
import { mkdirSync, writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

export function countReporter(name) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        if (session.errors?.length) counts.failed += session.errors.length;
        if (!session.testResults && !session.passed) counts.failed++;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(`.test-results/${name}.json`, JSON.stringify(counts));
    },
  };
}
