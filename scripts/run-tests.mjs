// `npm test`: type-check, build, then every suite, then one line summing them all, the form
// CI reads: `tests: N passed, N failed`. Each suite writes its counts to .test-results/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const suites = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  // The browser suite also tests the built script-tag file, so build it first.
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  {
    name: 'core',
    command: [
      'node', '--import', 'tsx', '--test',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-count-reporter.mjs', '--test-reporter-destination=.test-results/core.log',
      ...listTests(),
    ],
  },
  { name: 'browser', command: ['npx', 'web-test-runner'] },
];

function listTests() {
  const out = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'test/core'], { encoding: 'utf8' });
  return out.stdout.split('\n').filter((file) => file.endsWith('.test.ts'));
}

rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results');
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;
for (const suite of suites) {
  console.log(`\n=== ${suite.name} ===`);
  const [command, ...args] = suite.command;
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const countsFile = `.test-results/${suite.name}.json`;
  if (suite.name === 'typecheck' || suite.name === 'build') {
    if (result.status !== 0) {
      totals.failed++;
      broken = true;
    }
    continue;
  }
  if (!existsSync(countsFile)) {
    console.log(`${suite.name}: no results were written (exit ${result.status}); counted as one failure`);
    totals.failed++;
    broken = true;
    continue;
  }
  const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (result.status !== 0 && counts.failed === 0) {
    totals.failed++;
    broken = true;
  }
  console.log(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || broken ? 1 : 0);
