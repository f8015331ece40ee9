// A node:test reporter that writes pass/fail counts for scripts/run-tests.mjs, to
// .test-results/<NODE_COUNTS_NAME or core>.json. Suites are containers, not tests, so only
// leaf tests are counted. Each failure is also named (file, test, first line of the error)
// for the summary at the end of `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

function describeFailure(data) {
  const error = data.details?.error;
  // node:test wraps what the test threw; the cause is the assertion's own message.
  const message = String(error?.cause?.message ?? error?.message ?? 'failed')
    .split('\n')[0]
    .trim()
    .slice(0, 300);
  const file = data.file ? relative(process.cwd(), data.file) : 'a test file';
  return `${file} › ${data.name}: ${message}`;
}

export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    if (data.details?.type === 'suite') {
      // A suite that fails outside its tests (a throwing hook or file) is a failure too.
      if (event.type === 'test:fail' && data.details?.error?.failureType !== 'subtestsFailed') {
        counts.failed++;
        counts.failures.push(describeFailure(data));
      }
      continue;
    }
    if (data.skip !== undefined || data.todo !== undefined) counts.skipped++;
    else if (event.type === 'test:pass') counts.passed++;
    else {
      counts.failed++;
      counts.failures.push(describeFailure(data));
    }
  }
  mkdirSync('.test-results', { recursive: true });
  writeFileSync(`.test-results/${process.env.NODE_COUNTS_NAME || 'core'}.json`, JSON.stringify(counts));
  yield '';
}
