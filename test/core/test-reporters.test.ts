import assert from 'node:assert/strict';
import type { TestEvent } from '../../scripts/node-count-reporter.mjs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { countSession } from '../../scripts/wtr-count-reporter.mjs';
import nodeCountReporter from '../../scripts/node-count-reporter.mjs';
import { withSecondRun } from '../../scripts/second-run.mjs';

// CI keeps the end of the log; these reporters make that end name each failed test.

describe('the browser suite’s counts', () => {
  it('names each failed test with its browser, file, suites and the first line of its error', () => {
    const counts = countSession({
      browser: { name: 'firefox' },
      testFile: join(process.cwd(), 'test/components/network.test.ts'),
      passed: false,
      errors: [],
      testResults: {
        name: '',
        tests: [],
        suites: [
          {
            name: 'the player',
            suites: [],
            tests: [
              { name: 'plays', passed: true, skipped: false },
              { name: 'seeks', passed: false, skipped: false, error: { message: 'expected 3 to be 4\n  at stack' } },
              { name: 'later', passed: false, skipped: true },
            ],
          },
        ],
      },
    });
    assert.deepEqual({ passed: counts.passed, failed: counts.failed, skipped: counts.skipped }, { passed: 1, failed: 1, skipped: 1 });
    assert.deepEqual(counts.failures, ['firefox test/components/network.test.ts › the player › seeks: expected 3 to be 4']);
  });

  it('names a session that failed outside any test', () => {
    const counts = countSession({ browser: { name: 'webkit' }, testFile: 'x.test.ts', passed: false, errors: [] });
    assert.equal(counts.failed, 1);
    assert.match(counts.failures[0] ?? '', /^webkit x\.test\.ts: the session failed without a failing test$/);
    const errored = countSession({
      browser: { name: 'webkit' },
      testFile: 'x.test.ts',
      passed: false,
      errors: [{ message: 'Browser timed out' }],
    });
    assert.deepEqual(errored.failures, ['webkit x.test.ts: Browser timed out']);
  });
});

describe('the Node suites’ counts', () => {
  it('names each failed test with its file and the assertion’s message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'counts-'));
    const previous = { cwd: process.cwd(), name: process.env.NODE_COUNTS_NAME };
    async function* events(): AsyncGenerator<TestEvent> {
      const file = join(previous.cwd, 'test/core/time.test.ts');
      yield { type: 'test:pass', data: { name: 'reads', file, details: { type: 'test' } } };
      yield {
        type: 'test:fail',
        data: {
          name: 'writes',
          file,
          details: { type: 'test', error: { message: 'wrapped', cause: { message: 'Expected 1\nactual 2' } } },
        },
      };
      yield { type: 'test:fail', data: { name: 'a suite', file, details: { type: 'suite', error: { failureType: 'subtestsFailed' } } } };
    }
    process.chdir(dir);
    process.env.NODE_COUNTS_NAME = 'reporter-test';
    try {
      for await (const _ of nodeCountReporter(events())) void _;
    } finally {
      process.chdir(previous.cwd);
      if (previous.name === undefined) delete process.env.NODE_COUNTS_NAME;
      else process.env.NODE_COUNTS_NAME = previous.name;
    }
    const written: unknown = JSON.parse(readFileSync(join(dir, '.test-results/reporter-test.json'), 'utf8'));
    // The file is named from the directory the run started in (here the temporary one).
    const file = relative(dir, join(previous.cwd, 'test/core/time.test.ts'));
    assert.deepEqual(written, { passed: 1, failed: 1, skipped: 0, failures: [`${file} › writes: Expected 1`] });
  });
});

describe('a failed browser test file run again', () => {
  const counts = {
    passed: 400,
    failed: 2,
    skipped: 3,
    failures: ['firefox a.test.ts › plays: no pause', 'firefox b.test.ts › seeks: off by 3'],
  };
  const firstRun = { passed: 9, failed: 1, skipped: 1, failures: ['firefox a.test.ts › plays: no pause'] };

  it('replaces the first run when every test passed the second time, and names the failure as flaky', () => {
    const { counts: after, flaky } = withSecondRun(counts, firstRun, { passed: 10, failed: 0, skipped: 1, failures: [] });
    assert.deepEqual(after, { passed: 401, failed: 1, skipped: 3, failures: ['firefox b.test.ts › seeks: off by 3'] });
    assert.deepEqual(flaky, ['firefox a.test.ts › plays: no pause']);
  });

  it('keeps the failure when the second run failed too, ran nothing or did not finish', () => {
    for (const secondRun of [
      { passed: 9, failed: 1, skipped: 1, failures: ['firefox a.test.ts › plays: no pause'] },
      { passed: 0, failed: 0, skipped: 0, failures: [] },
      undefined,
    ]) {
      const { counts: after, flaky } = withSecondRun(counts, firstRun, secondRun);
      assert.deepEqual(after, counts);
      assert.deepEqual(flaky, []);
    }
  });
});
