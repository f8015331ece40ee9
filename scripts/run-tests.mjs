// `npm test`: type-check, lint, check the package's sources (custom-elements.json, README's
// TypeScript), build, then every suite, then one line summing them all, the form CI reads:
// `tests: N passed, N failed`. Each suite writes its counts to .test-results/.
//
// The browser suite runs once per engine installed here (Chromium, Firefox, WebKit), each in
// its own Web Test Runner process; engines that are missing are named with their install
// line and skipped. `npm test -- --browsers firefox,webkit` (or BROWSERS=…) runs fewer;
// REQUIRE_ALL_BROWSERS=1 (CI) counts a missing engine as a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { MOST_FILES_RUN_AGAIN, withSecondRun } from './second-run.mjs';
import { coreTestFiles } from './test-core.mjs';
import { BUILD_TESTS, SOURCE_TESTS } from './test-package.mjs';
import { detectEngines, requestedEngines } from './wtr-browsers.mjs';

const browsersArg = process.argv.findIndex((arg) => arg === '--browsers' || arg.startsWith('--browsers='));
if (browsersArg >= 0) {
  const arg = process.argv[browsersArg];
  process.env.BROWSERS = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (process.argv[browsersArg + 1] ?? '');
}
const requested = requestedEngines();
const engines = detectEngines().filter((engine) => requested.includes(engine.name));
/** A hung browser must not eat CI's time: each engine's run is stopped after this. */
const ENGINE_TIMEOUT_MS = 10 * 60 * 1000;

const suites = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  // custom-elements.json is current and complete, and README's TypeScript compiles. Before
  // the build, which rewrites custom-elements.json: after it, a stale committed file would pass.
  nodeSuite('package-sources', SOURCE_TESTS),
  // The browser suite also tests the built script-tag file, so build it first.
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  nodeSuite('core', coreTestFiles()),
  // The built package: `podcast-transcript-player/core` in Node and in a consumer's bundle.
  nodeSuite('package-build', BUILD_TESTS),
  ...engines
    .filter((engine) => engine.available)
    .map((engine) => ({
      name: `browser-${engine.name}`,
      command: ['npx', 'web-test-runner'],
      env: { BROWSERS: engine.name, WTR_COUNTS_NAME: `browser-${engine.name}` },
      timeout: ENGINE_TIMEOUT_MS,
      // A file with a failure runs once more, alone (scripts/second-run.mjs).
      runFailedFilesAgain: true,
    })),
  // End-to-end: the built dist/ files in real pages, driven by key presses and clicks
  // (scripts/e2e/run.ts; writes .test-results/e2e.json).
  { name: 'e2e', command: ['node', '--import', 'tsx', 'scripts/e2e/run.ts'] },
  // The demo a new user starts (`npm start`): every format and error case on its pages, in
  // the dev server, as one check.
  { name: 'demo', command: ['node', '--import', 'tsx', 'scripts/check-demo-pages.ts'], check: true },
];
const skippedEngines = engines.filter((engine) => !engine.available);

/** A node:test run whose counts land in .test-results/<name>.json (its log beside them). */
function nodeSuite(name, files) {
  return {
    name,
    command: [
      'node',
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-count-reporter.mjs',
      `--test-reporter-destination=.test-results/${name}.log`,
      ...files,
    ],
    env: { NODE_COUNTS_NAME: name },
  };
}

/** One browser test file, alone, in the suite's engine; its counts, or undefined. */
function runFileAgain(suite, file) {
  const name = `${suite.name}-again`;
  const countsFile = `.test-results/${name}.json`;
  rmSync(countsFile, { force: true });
  console.log(`\n=== ${suite.name}: ${file} once more, alone ===`);
  const [command, ...args] = suite.command;
  const result = spawnSync(command, [...args, '--files', file], {
    stdio: 'inherit',
    env: { ...process.env, ...suite.env, WTR_COUNTS_NAME: name },
    timeout: suite.timeout,
    killSignal: 'SIGINT',
  });
  if (result.status !== 0 || !existsSync(countsFile)) return undefined;
  return JSON.parse(readFileSync(countsFile, 'utf8'));
}

rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results');
const totals = { passed: 0, failed: 0, skipped: 0 };
/** Which tests failed, named again at the end: a CI log is often kept only by its tail. */
const failures = [];
/** Failures whose file passed when run again alone: named at the end, to be fixed. */
const flaky = [];
let broken = false;
const lines = [];
const started = Date.now();
for (const suite of suites) {
  console.log(`\n=== ${suite.name} ===`);
  const [command, ...args] = suite.command;
  const suiteStarted = Date.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...suite.env },
    timeout: suite.timeout,
    killSignal: 'SIGINT',
  });
  const seconds = ((Date.now() - suiteStarted) / 1000).toFixed(0);
  if (result.error?.code === 'ETIMEDOUT') console.log(`${suite.name}: stopped after ${suite.timeout / 60000} minutes`);
  const countsFile = `.test-results/${suite.name}.json`;
  if (suite.check) {
    if (result.status === 0) totals.passed++;
    else {
      totals.failed++;
      failures.push(`${suite.name}: the check failed (exit ${result.status}); its output is above`);
    }
    lines.push(`${suite.name}: ${result.status === 0 ? 'passed' : 'failed'} (${seconds} s)`);
    console.log(lines.at(-1));
    continue;
  }
  if (suite.name === 'typecheck' || suite.name === 'lint' || suite.name === 'build') {
    if (result.status !== 0) {
      totals.failed++;
      failures.push(`${suite.name}: failed (exit ${result.status}); its output is above`);
      broken = true;
    }
    continue;
  }
  if (!existsSync(countsFile)) {
    lines.push(`${suite.name}: no results were written (exit ${result.status}); counted as one failure (${seconds} s)`);
    console.log(lines.at(-1));
    totals.failed++;
    failures.push(lines.at(-1));
    broken = true;
    continue;
  }
  let counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  let status = result.status;
  let suiteFlaky = 0;
  const failedFiles = counts.failedFiles ?? [];
  if (suite.runFailedFilesAgain && failedFiles.length > 0 && failedFiles.length <= MOST_FILES_RUN_AGAIN) {
    const flakyBefore = flaky.length;
    for (const firstRun of failedFiles) {
      const secondRun = runFileAgain(suite, firstRun.file);
      const merged = withSecondRun(counts, firstRun, secondRun);
      counts = merged.counts;
      flaky.push(...merged.flaky.map((failure) => `${suite.name}: ${failure}`));
      console.log(`${suite.name}: ${firstRun.file} ${merged.flaky.length ? 'passed when run again alone' : 'failed again'}`);
    }
    if (counts.failed === 0) status = 0;
    suiteFlaky = flaky.length - flakyBefore;
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  failures.push(...(counts.failures ?? []).map((failure) => `${suite.name}: ${failure}`));
  if (status !== 0 && counts.failed === 0) {
    totals.failed++;
    failures.push(
      `${suite.name}: exited ${status ?? result.signal} with no failing test${result.error ? ` (${result.error.message})` : ''}`,
    );
    broken = true;
  }
  const flakyNote = suiteFlaky ? `, ${suiteFlaky} flaky (passed when run again)` : '';
  lines.push(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${flakyNote} (${seconds} s)`);
  console.log(lines.at(-1));
}
const ran = engines.filter((engine) => engine.available).map((engine) => engine.name);
console.log(`\n${lines.join('\n')}`);
console.log(`browsers run: ${ran.join(', ') || 'none'}`);
for (const engine of skippedEngines) {
  console.log(`browser skipped: ${engine.name} (${engine.reason}); to run it: ${engine.install}`);
  if (process.env.REQUIRE_ALL_BROWSERS === '1') {
    console.log(`  REQUIRE_ALL_BROWSERS=1: the missing ${engine.name} counts as a failure`);
    totals.failed++;
    failures.push(`browser-${engine.name}: not installed (${engine.reason})`);
  }
}
console.log(`total time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (flaky.length) {
  console.log(`\nflaky (${flaky.length}; failed, then passed when its file ran again alone; counted as passed):`);
  for (const failure of flaky) console.log(`  ~ ${failure}`);
}
if (failures.length) {
  const shown = 30;
  console.log(`\nfailed (${failures.length}):`);
  for (const failure of failures.slice(0, shown)) console.log(`  ✗ ${failure}`);
  if (failures.length > shown) console.log(`  … and ${failures.length - shown} more, above`);
}
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || broken ? 1 : 0);
