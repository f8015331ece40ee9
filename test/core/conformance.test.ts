/**
 * A ratchet on agreement with other projects' test suites (WPT WebVTT, vtt.js, pysrt, …):
 * runs the shared runner (`conformance/run.mjs`, kept outside the repository with the
 * suites) on this checkout and fails when fewer files agree than `peer-suites.json` records.
 * Skips, saying so, where the suites are not next to the checkout.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FLOOR = JSON.parse(readFileSync(new URL('peer-suites.json', import.meta.url), 'utf8')) as { agree: number; of: number };
const RUNNER = [join(ROOT, '..', 'shared', 'conformance', 'run.mjs'), '/work/shared/conformance/run.mjs'].find((path) => existsSync(path));

describe('peer suites', () => {
  it(`agree on at least ${FLOOR.agree} of ${FLOOR.of} files`, (t) => {
    if (!RUNNER) {
      t.skip('no shared/conformance next to the checkout (or at /work/shared): the peer suites were not run');
      return;
    }
    const run = spawnSync(process.execPath, ['--import', 'tsx', RUNNER], {
      cwd: ROOT,
      env: { ...process.env, PROJECT: ROOT },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const tally = /peer suites: (\d+) of (\d+) agree/.exec(run.stdout);
    assert.ok(tally, `the runner printed no tally (exit ${run.status}): ${run.stderr.slice(0, 500)}`);
    const [agree, of] = [Number(tally[1]), Number(tally[2])];
    const failing = run.stdout.split('\n').filter((line) => line.startsWith('FAIL '));
    assert.ok(
      agree >= FLOOR.agree,
      `${agree} of ${of} agree, below the ${FLOOR.agree} recorded in test/core/peer-suites.json. Disagreeing:\n${failing.join('\n')}`,
    );
    if (agree > FLOOR.agree) t.diagnostic(`${agree} of ${of} agree now: raise "agree" in test/core/peer-suites.json to ${agree}`);
  });
});
