/**
 * End-to-end tests of the built player, driven as a listener drives it:
 *
 *   npm run build && node --import tsx scripts/e2e/run.ts [name filter] [--update]
 *
 * Serves the repository root with its own static server (HTTP Range, real Content-Types;
 * no Vite: the pages load dist/transcript-player.iife.js), launches Chromium with
 * playwright-core (CHROME_PATH, else /usr/bin/chromium; no autoplay switch: audio starts
 * from real key presses and clicks) and runs the cases of test/e2e/cases.ts, each in fresh
 * browser contexts and each bounded in time. Prints `✓ name` / `✗ name: reason` /
 * `- name (skipped: why)`, writes {"passed","failed","skipped","failures"} to .test-results/e2e.json
 * for scripts/run-tests.mjs, and exits 1 when a case failed. The browser and the server are
 * always stopped. Screenshots go to .test-results/e2e-<width>.png.
 *
 * The `pixels:` cases (test/e2e/screenshot-cases.ts; `npm run test:screenshots` runs only them)
 * compare screenshots with test/screenshots/baselines/ (test/e2e/pixels.ts); `--update` (or
 * UPDATE_SCREENSHOTS=1; `npm run test:screenshots:update`) rewrites the baselines that differ instead of failing, and, when every `pixels:` case ran,
 * removes baselines no case takes any more.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { cases } from '../../test/e2e/cases.js';
import { Skip, instrument, type CaseContext, type PageOptions } from '../../test/e2e/helpers.js';
import { Baselines } from '../../test/e2e/pixels.js';
import { PIXEL_CASE_PREFIX } from '../../test/e2e/screenshot-cases.js';
import { startStaticServer, type StaticServer } from './static-server.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const resultsDir = join(root, '.test-results');
const BUNDLE = 'dist/transcript-player.iife.js';
/** No case may take longer than this; its pages are closed when it does. */
const CASE_TIMEOUT_MS = 90_000;
const LAUNCH_TIMEOUT_MS = 60_000;

const args = process.argv.slice(2);
const update = args.includes('--update') || process.env.UPDATE_SCREENSHOTS === '1';
const filter = args.find((arg) => !arg.startsWith('--'));
const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--update');
if (unknown.length) {
  console.error(`e2e: unknown option ${unknown.join(' ')} (usage: run.ts [name filter] [--update])`);
  process.exit(2);
}
const selected = filter ? cases.filter((c) => c.name.toLowerCase().includes(filter.toLowerCase())) : cases;
const everyPixelCase = cases.filter((c) => c.name.startsWith(PIXEL_CASE_PREFIX)).every((c) => selected.includes(c));
const counts = { passed: 0, failed: 0, skipped: 0, failures: [] as string[] };

/** Counts a failure and prints it; the summary of `npm test` names it again at the end. */
function fail(line: string): void {
  counts.failed++;
  counts.failures.push(line);
  console.log(`✗ ${line}`);
}

function writeCounts(): void {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'e2e.json'), JSON.stringify(counts));
}

const oneLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function runCase(
  browser: Browser,
  server: StaticServer,
  baselines: Baselines,
  name: string,
  run: (context: CaseContext) => Promise<void>,
): Promise<'pass' | 'fail' | 'skip'> {
  const contexts: BrowserContext[] = [];
  const notes: string[] = [];
  const pageErrors: string[] = [];
  const started = Date.now();
  const context: CaseContext = {
    origin: server.origin,
    root,
    resultsDir,
    note: (message) => notes.push(message),
    baselines,
    async newPage(options: PageOptions = {}) {
      const browserContext = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        deviceScaleFactor: 1,
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        ...(options.locale ? { locale: options.locale } : {}),
        ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
        ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
        ...(options.reducedMotion !== undefined ? { reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference' } : {}),
      });
      contexts.push(browserContext);
      browserContext.setDefaultTimeout(15_000);
      await instrument(browserContext);
      const page = await browserContext.newPage();
      page.on('pageerror', (error) => pageErrors.push(oneLine(error)));
      return page;
    },
  };
  let outcome: { kind: 'pass' } | { kind: 'fail'; reason: string } | { kind: 'skip'; reason: string };
  try {
    await withTimeout(run(context), CASE_TIMEOUT_MS, 'the case');
    outcome = pageErrors.length ? { kind: 'fail', reason: `uncaught exception in the page: ${pageErrors.join(' | ')}` } : { kind: 'pass' };
  } catch (error) {
    outcome = error instanceof Skip ? { kind: 'skip', reason: error.message } : { kind: 'fail', reason: oneLine(error) };
    if (outcome.kind === 'fail' && pageErrors.length) outcome.reason += ` (uncaught in the page: ${pageErrors.join(' | ')})`;
  } finally {
    await Promise.all(contexts.map((c) => withTimeout(c.close(), 10_000, 'closing a context').catch(() => undefined)));
  }
  const seconds = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (outcome.kind === 'pass') {
    counts.passed++;
    console.log(`✓ ${name} (${seconds})`);
  } else if (outcome.kind === 'skip') {
    counts.skipped++;
    console.log(`- ${name} (skipped: ${outcome.reason})`);
  } else {
    fail(`${name}: ${outcome.reason} (${seconds})`);
  }
  for (const line of notes) console.log(`    ${line}`);
  return outcome.kind;
}

async function main(): Promise<void> {
  const started = Date.now();
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  const failAll = (reason: string) => {
    for (const c of selected) fail(`${c.name}: ${reason}`);
  };
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let baselines: Baselines | undefined;
  try {
    if (selected.length === 0) throw new Error(`no case matches "${filter}"`);
    if (!existsSync(join(root, BUNDLE))) {
      failAll(`${BUNDLE} is missing: run \`npm run build\` first`);
      return;
    }
    if (!existsSync(executablePath)) {
      failAll(`no Chromium at ${executablePath} (set CHROME_PATH, or: sudo apt-get install chromium)`);
      return;
    }
    mkdirSync(resultsDir, { recursive: true });
    // The bundle is read once, so a rebuild elsewhere on the machine cannot empty it mid-run.
    // The demo page as a site embeds the player: the built script-tag file in place of
    // the module that Vite serves from src/ in `npm start`.
    server = await startStaticServer(root, [BUNDLE, 'index.html'], (file, text) => {
      if (file !== 'index.html') return text;
      const module = '<script type="module" src="/src/index.ts"></script>';
      if (!text.includes(module)) throw new Error(`index.html no longer loads ${module}: update scripts/e2e/run.ts`);
      return text.replace(module, `<script src="/${BUNDLE}"></script>`);
    });
    browser = await chromium.launch({
      executablePath,
      headless: true,
      timeout: LAUNCH_TIMEOUT_MS,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        // The same pixels on every Linux machine: no hinting and no subpixel (LCD) text from
        // the machine's fontconfig settings, and colours in sRGB whatever the display profile.
        '--font-render-hinting=none',
        '--disable-lcd-text',
        '--force-color-profile=srgb',
      ],
    });
    baselines = new Baselines(
      root,
      join(root, 'test', 'screenshots', 'baselines'),
      join(resultsDir, 'screenshots'),
      update,
      `Chromium ${browser.version()}`,
    );
    console.log(
      `e2e: ${browser.version()} on ${server.origin}, ${selected.length} case(s)${update ? ', updating screenshot baselines' : ''}`,
    );
    const pixelOutcomes: string[] = [];
    for (const c of selected) {
      const outcome = await runCase(browser, server, baselines, c.name, c.run);
      if (c.name.startsWith(PIXEL_CASE_PREFIX)) pixelOutcomes.push(outcome);
    }
    // Which baselines nothing takes any more can be told only when every screenshot was taken.
    if (everyPixelCase && pixelOutcomes.length > 0 && pixelOutcomes.every((outcome) => outcome === 'pass')) {
      if (update)
        for (const file of baselines.removeUnused())
          console.log(`removed the baseline test/screenshots/baselines/${file}: no screenshot has its name any more`);
      else {
        const unused = baselines.unused();
        if (unused.length)
          fail(`baselines no screenshot takes any more: ${unused.join(', ')} (npm run test:screenshots:update removes them)`);
      }
    }
  } catch (error) {
    const reason = `the e2e runner failed: ${oneLine(error)}`;
    if (counts.passed + counts.failed + counts.skipped === 0) failAll(reason);
    else fail(reason);
  } finally {
    await (browser ? withTimeout(browser.close(), 15_000, 'closing the browser').catch(() => undefined) : undefined);
    await (server ? withTimeout(server.close(), 5_000, 'stopping the server').catch(() => undefined) : undefined);
    writeCounts();
    for (const line of baselines?.summary() ?? []) console.log(line);
    console.log(
      `e2e: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }
}

await main();
process.exit(counts.failed > 0 ? 1 : 0);
