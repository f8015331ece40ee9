// A node:test reporter that writes pass/fail counts for scripts/run-tests.mjs, to
// .test-results/<NODE_COUNTS_NAME or core>.json. Suites are containers, not tests, so only
// leaf tests are counted.
import { mkdirSync, writeFileSync } from 'node:fs';

export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    if (data.details?.type === 'suite') {
      // A suite that fails outside its tests (a throwing hook or file) is a failure too.
      if (event.type === 'test:fail' && data.details?.error?.failureType !== 'subtestsFailed') counts.failed++;
      continue;
    }
    if (data.skip !== undefined || data.todo !== undefined) counts.skipped++;
    else if (event.type === 'test:pass') counts.passed++;
    else counts.failed++;
  }
  mkdirSync('.test-results', { recursive: true });
  writeFileSync(`.test-results/${process.env.NODE_COUNTS_NAME || 'core'}.json`, JSON.stringify(counts));
  yield '';
}
