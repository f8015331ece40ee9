/**
 * `npm run bench` (after `npm run build`): measures the built player with word-level
 * transcripts of 1,000, 30,000 and 100,000 words in headless Chromium, prints one table
 * and rewrites the generated section of BENCHMARKS.md. See BENCHMARKS.md for what each
 * figure means. `node --import tsx scripts/bench/run.ts 1000` measures only the sizes
 * given and leaves BENCHMARKS.md alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseTranscript } from '../../src/core/formats/index.js';
import { benchKit, type BenchKit, type FirstRender } from './page.js';
import { detailTables, markdownSection, median, summary, writeSection, type Report, type SizeResult } from './report.js';
import { fileResource, serve, silentWav, type Resource } from './serve.js';
import { makeTranscript, prng, type Transcript } from './transcript.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_SIZES = [1_000, 30_000, 100_000];
const PARSE_RUNS = 5;
const RENDER_RUNS = 5;
const SEEKS = 300;
const PLAY_STARTS = 4;
const PLAY_FRAMES = 250;
/** Every in-page loop stops at its budget whatever its count; the whole run at the watchdog. */
const LOOP_BUDGET_MS = 30_000;
const WATCHDOG_MS = 280_000;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--autoplay-policy=no-user-gesture-required',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--js-flags=--expose-gc', // gc() before reading the heap
  '--enable-precise-memory-info', // performance.memory unrounded
];

function chromiumPath(): string {
  const path = process.env['CHROME_PATH'] || '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: install it (apt-get install chromium) or set CHROME_PATH`);
  return path;
}

function distFile(name: string): Buffer {
  const path = join(ROOT, 'dist', name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (\`npm run bench\` does)`);
  return readFileSync(path);
}

function parseTimeMs(transcript: Transcript): number {
  const runs: number[] = [];
  for (let i = 0; i < PARSE_RUNS; i++) {
    const start = performance.now();
    const result = parseTranscript(transcript.json);
    runs.push(performance.now() - start);
    const fatal = result.problems.find((problem) => problem.fatal);
    if (fatal || result.items.length === 0)
      throw new Error(`the parser rejected the ${transcript.words}-word transcript: ${fatal?.message}`);
  }
  return median(runs);
}

/** Calls a method of the kit installed in the page, typed. */
function call<K extends keyof BenchKit>(page: Page, name: K, ...args: Parameters<BenchKit[K]>): Promise<Awaited<ReturnType<BenchKit[K]>>> {
  return page.evaluate(
    ({ name, args }) => (window as unknown as { bench: Record<string, (...a: unknown[]) => unknown> }).bench[name]!(...args),
    { name, args: args },
  ) as Promise<Awaited<ReturnType<BenchKit[K]>>>;
}

/**
 * A page of its own browser context, so its renderer holds nothing of earlier pages (a
 * page left by navigation can stay alive in the back/forward cache and inflate the heap).
 */
async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  // tsx keeps function names with a `__name` helper, which the page lacks.
  await page.addInitScript(`window.__name = (fn) => fn; window.bench = (${benchKit.toString()})();`);
  await page.goto(url);
  if (!(await call(page, 'environment')).crossOriginIsolated) {
    throw new Error('the page is not cross-origin isolated, so performance.now() would be too coarse');
  }
  return page;
}

async function measureSize(browser: Browser, origin: string, transcript: Transcript, parseMs: number): Promise<SizeResult> {
  const words = transcript.words;
  const empty = await openPage(browser, `${origin}/empty.html`);
  const emptyHeap = await call(empty, 'heapAfterGc');
  await empty.context().close();

  const renders: FirstRender[] = [];
  let page: Page | undefined;
  try {
    for (let run = 0; run < RENDER_RUNS; run++) {
      await page?.context().close();
      page = await openPage(browser, `${origin}/index.html`);
      await call(page, 'setupPlayer', '/silence.wav');
      renders.push(await call(page, 'loadTranscript', `/transcripts/${words}.json`));
    }
    // The last page goes on: heap, nodes, then the per-frame measurements.
    const heapBytes = (await call(page!, 'heapAfterGc')) - emptyHeap;
    const domNodes = await call(page!, 'countNodes');
    const random = prng(words);
    const at = () => random() * transcript.duration;
    // Playback first, on the page as loaded; then the seeks, which may leave lines rendered all over.
    const starts = Array.from({ length: PLAY_STARTS }, () => at() * 0.98);
    const playing = await call(page!, 'measurePlayback', starts, PLAY_FRAMES, LOOP_BUDGET_MS);
    const seeks = await call(page!, 'measureSeeks', Array.from({ length: SEEKS }, at), LOOP_BUDGET_MS);
    // Again at the end: lines rendered on the way may have stayed.
    const heapEndBytes = (await call(page!, 'heapAfterGc')) - emptyHeap;
    const domNodesEnd = await call(page!, 'countNodes');
    const byTotal = [...renders].sort((a, b) => a.totalMs - b.totalMs);
    return {
      words,
      fileBytes: Buffer.byteLength(transcript.json),
      parseMs,
      firstRender: byTotal[Math.floor(byTotal.length / 2)]!,
      playing,
      seeks,
      heapBytes,
      heapEndBytes,
      domNodes,
      domNodesEnd,
    };
  } finally {
    await page?.context().close();
  }
}

async function main(): Promise<void> {
  const requested = process.argv.slice(2).map(Number);
  const sizes = requested.length > 0 ? requested : DEFAULT_SIZES;
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0))
    throw new Error(`sizes must be word counts, got ${process.argv.slice(2).join(' ')}`);

  const loadAtStart = os.loadavg()[0]!;
  const iife = distFile('transcript-player.iife.js');
  const esm = distFile('transcript-player.js');
  const transcripts = sizes.map((words) => makeTranscript(words, words));
  // Parse in Node first, with the CPU to itself.
  const parseMs = transcripts.map(parseTimeMs);

  const resources = new Map<string, Resource>([
    [
      '/index.html',
      fileResource('<!doctype html><meta charset="utf-8"><script src="/transcript-player.iife.js"></script><body></body>', 'text/html'),
    ],
    ['/empty.html', fileResource('<!doctype html><meta charset="utf-8"><body></body>', 'text/html')],
    ['/transcript-player.iife.js', fileResource(iife, 'text/javascript')],
    // Longer than the longest transcript, so the player clamps nothing to the audio's end.
    ['/silence.wav', silentWav(Math.max(...transcripts.map((t) => t.duration)) + 60)],
    ...transcripts.map((t): [string, Resource] => [`/transcripts/${t.words}.json`, fileResource(t.json, 'application/json')]),
  ]);

  const server = await serve(resources);
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const watchdog = setTimeout(() => {
    console.error(`bench: still running after ${WATCHDOG_MS / 1000} s, giving up`);
    void browser.close().finally(() => process.exit(1));
  }, WATCHDOG_MS);
  try {
    const results: SizeResult[] = [];
    for (const [i, transcript] of transcripts.entries()) {
      process.stderr.write(`bench: ${transcript.words.toLocaleString('en-US')} words…\n`);
      results.push(await measureSize(browser, server.origin, transcript, parseMs[i]!));
    }
    const cpus = os.cpus();
    const report: Report = {
      date: new Date(),
      machine:
        `Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ` +
        `${os.type()} ${os.release()}; Node ${process.version}; Chromium ${browser.version()} (headless).`,
      load: [loadAtStart, os.loadavg()[0]!],
      sizes: results,
      gzip: { iife: gzipSync(iife, { level: 9 }).length, esm: gzipSync(esm, { level: 9 }).length },
    };
    console.log(`\n${summary(report)}`);
    if (requested.length === 0) {
      writeSection(join(ROOT, 'BENCHMARKS.md'), markdownSection(report));
      console.log('\nWrote BENCHMARKS.md.');
    } else {
      console.log(`\n${detailTables(report)}\n\nBENCHMARKS.md left as it was: only a full run (no sizes given) writes it.`);
    }
  } finally {
    clearTimeout(watchdog);
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
