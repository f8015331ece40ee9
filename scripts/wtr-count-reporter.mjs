// Writes the browser suite's pass/fail counts for scripts/run-tests.mjs, which prints
// the one summary line CI reads. Counts are kept per browser session (one test file in one
// browser) and summed, with a breakdown per browser. A session that failed without a
// failing test (a browser that did not launch, a page that did not start, a file that did
// not load, a run that timed out) counts as at least one failure, never as nothing.
// Each failure is also named (file, test, first line of the error), so that the end of
// the CI log, often all that is kept, says which test failed and not only how many.
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

const firstLine = (text) =>
  String(text ?? '')
    .split('\n')[0]
    .trim()
    .slice(0, 300);

function countSuite(suite, counts, where) {
  const path = suite.name ? [...where, suite.name] : where;
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else {
      counts.failed++;
      counts.failures.push(`${[...path, test.name].join(' › ')}: ${firstLine(test.error?.message) || 'failed'}`);
    }
  }
  for (const child of suite.suites) countSuite(child, counts, path);
}

const testFileName = (session) => relative(process.cwd(), session.testFile ?? '') || 'a test file';

export function countSession(session) {
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  const where = [`${session.browser?.name ?? 'browser'} ${testFileName(session)}`];
  if (session.testResults) countSuite(session.testResults, counts, where);
  // Errors outside any test (uncaught, a failed import, a launch or timeout error).
  for (const error of session.errors ?? []) {
    counts.failed++;
    counts.failures.push(`${where[0]}: ${firstLine(error?.message ?? error)}`);
  }
  if (!session.passed && counts.failed === 0) {
    counts.failed = 1;
    counts.failures.push(`${where[0]}: the session failed without a failing test`);
  }
  return counts;
}

export function countReporter(name) {
  return {
    onTestRunFinished({ sessions }) {
      const total = { passed: 0, failed: 0, skipped: 0 };
      const failures = [];
      /** Each test file with a failure and its own counts: scripts/run-tests.mjs runs it again. */
      const failedFiles = [];
      const browsers = {};
      for (const session of sessions) {
        const counts = countSession(session);
        const browser = (browsers[session.browser?.name ?? 'unknown'] ??= { passed: 0, failed: 0, skipped: 0 });
        for (const key of Object.keys(total)) {
          total[key] += counts[key];
          browser[key] += counts[key];
        }
        failures.push(...counts.failures);
        if (counts.failed > 0) failedFiles.push({ file: testFileName(session), ...counts });
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(`.test-results/${name}.json`, JSON.stringify({ ...total, failures, failedFiles, browsers }));
    },
  };
}
