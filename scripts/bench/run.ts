/**
 * `npm run bench` (after `npm run build`): measures the built player beside Hyperaudio Lite
 * 2.6.4 and Podlove Web Player 5.13.0 on the same generated episodes and audio in headless
 * Chromium, prints the goals table and rewrites the generated section of BENCHMARKS.md.
 * See BENCHMARKS.md for what each figure means.
 *
 *   node --import tsx scripts/bench/run.ts [--quick] [--only=ours,show,playing,seeking]
 *
 * `--quick` takes fewer samples of everything (for iterating: about a minute and a half);
 * `--only` measures only the parts named. Either leaves BENCHMARKS.md as it is: only a full
 * run writes it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { minifySync } from 'vite';
import { parseTranscript } from '../../src/core/formats/index.js';
import { analyseBundle, ranFromCoverage } from './bundle.js';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';
import {
  gzipBytes,
  measureIdle,
  measurePlaying,
  measureSeeking,
  openSettled,
  type Baseline,
  type OpenPage,
  type ShowRun,
} from './compare.js';
import { markdownSection, summary, type BenchReport, type FileKind, type LoadedFile } from './compare-report.js';
import { EPISODES, makeEpisode, type Episode } from './episode.js';
import { median } from './format.js';
import { benchKit, type BenchKit, type FirstRender } from './page.js';
import { AUDIO_URL, buildPages, hyperaudioSourcePath, PLAYERS, type PlayerId } from './pages.js';
import { writeSection, type SizeResult } from './report.js';
import { fileResource, serve, silentWav, type Server } from './serve.js';
import { prng } from './transcript.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

const PARTS = ['ours', 'show', 'playing', 'seeking'] as const;
type Part = (typeof PARTS)[number];

interface Settings {
  /** Ours alone: parse runs in Node, first renders per size, frames while playing, seeks. */
  parseRuns: number;
  renderRuns: number;
  playStarts: number;
  /** Samples per start while playing: the player wakes for each visible change, a few times a second. */
  playFrames: number;
  frameSeeks: number;
  /** Seeks each followed by a moment at rest. */
  restingSeeks: number;
  /** Side by side: page loads per player and episode, 5 s windows of playing, far seeks. */
  showRuns: number;
  playWindows: number;
  farSeeks: number;
}
const FULL: Settings = {
  parseRuns: 5,
  renderRuns: 5,
  playStarts: 3,
  playFrames: 40,
  frameSeeks: 200,
  restingSeeks: 40,
  showRuns: 3,
  playWindows: 3,
  farSeeks: 15,
};
const QUICK: Settings = {
  parseRuns: 2,
  renderRuns: 2,
  playStarts: 1,
  playFrames: 20,
  frameSeeks: 60,
  restingSeeks: 15,
  showRuns: 1,
  playWindows: 1,
  farSeeks: 6,
};

/** Every in-page loop of the ours-alone part stops at its budget whatever its count; the whole run at the watchdog. */
const LOOP_BUDGET_MS = 30_000;
/** After each resting seek: long enough for the lines that come near and their words (made spans 150 ms after the last draw, when idle). */
const RESTING_SEEK_MS = 500;
const WATCHDOG_MS = 15 * 60_000;

function distFile(name: string): Buffer {
  const path = join(ROOT, 'dist', name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (\`npm run bench\` does)`);
  return readFileSync(path);
}

const begun = Date.now();
const progress = (text: string) => process.stderr.write(`bench: ${((Date.now() - begun) / 1000).toFixed(0).padStart(3)} s  ${text}\n`);

function parseTimeMs(json: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = parseTranscript(json);
    times.push(performance.now() - start);
    const fatal = result.problems.find((problem) => problem.fatal);
    if (fatal || result.items.length === 0) throw new Error(`the parser rejected the bench's transcript: ${fatal?.message}`);
  }
  return median(times);
}

/** Calls a method of the ours-alone kit installed in the page, typed. */
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
async function openBenchPage(browser: Browser, url: string): Promise<Page> {
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

/** Ours alone on one episode: first render with the text in hand, then frames while playing and after seeks. */
async function measureOurs(browser: Browser, origin: string, episode: Episode, json: string, settings: Settings): Promise<SizeResult> {
  const parseMs = parseTimeMs(json, settings.parseRuns);
  const empty = await openBenchPage(browser, `${origin}/empty.html`);
  const emptyHeap = await call(empty, 'heapAfterGc');
  await empty.context().close();

  const renders: FirstRender[] = [];
  let page: Page | undefined;
  try {
    for (let run = 0; run < settings.renderRuns; run++) {
      await page?.context().close();
      page = await openBenchPage(browser, `${origin}/index.html`);
      await call(page, 'setupPlayer', AUDIO_URL);
      renders.push(await call(page, 'loadTranscript', `/data/${episode.name}.transcript.json`));
    }
    // The last page goes on: heap, nodes, then the per-frame measurements.
    const heapBytes = (await call(page!, 'heapAfterGc')) - emptyHeap;
    const domNodes = await call(page!, 'countNodes');
    const random = prng(episode.words);
    const at = () => random() * episode.duration;
    // Playback first, on the page as loaded; then the seeks, which may leave lines rendered all over.
    const starts = Array.from({ length: settings.playStarts }, () => at() * 0.98);
    const playing = await call(page!, 'measurePlayback', starts, settings.playFrames, LOOP_BUDGET_MS);
    const seeks = await call(page!, 'measureSeeks', Array.from({ length: settings.frameSeeks }, at), LOOP_BUDGET_MS);
    const restingSeeks = await call(
      page!,
      'measureSeeks',
      Array.from({ length: settings.restingSeeks }, at),
      LOOP_BUDGET_MS,
      RESTING_SEEK_MS,
    );
    const heapEndBytes = (await call(page!, 'heapAfterGc')) - emptyHeap;
    const domNodesEnd = await call(page!, 'countNodes');
    const byTotal = [...renders].sort((a, b) => a.totalMs - b.totalMs);
    return {
      episode: episode.name,
      label: episode.label,
      words: episode.words,
      fileBytes: Buffer.byteLength(json),
      parseMs,
      firstRender: byTotal[Math.floor(byTotal.length / 2)]!,
      playing,
      seeks,
      restingSeeks,
      heapBytes,
      heapEndBytes,
      domNodes,
      domNodesEnd,
    };
  } finally {
    await page?.context().close();
  }
}

/** Far from each other: each seek lands at least a tenth of the episode away from the one before. */
function farPositions(count: number, duration: number, seed: number): number[] {
  const random = prng(seed);
  const positions: number[] = [];
  let last = 0;
  while (positions.length < count) {
    const next = (0.02 + random() * 0.96) * duration;
    if (Math.abs(next - last) < duration / 10) continue;
    positions.push(next);
    last = next;
  }
  return positions;
}

function kindOf(player: PlayerId, path: string): FileKind {
  if (path.startsWith('/data/')) return 'data';
  if (path.endsWith('.html')) return player === 'hyperaudio' ? 'data' : 'page'; // Hyperaudio's transcript is the page
  return 'code';
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args.find((arg) => arg.startsWith('--only='));
  const unknown = args.filter((arg) => arg !== '--quick' && !arg.startsWith('--only='));
  if (unknown.length > 0) throw new Error(`unknown arguments: ${unknown.join(' ')} (use --quick and --only=${PARTS.join(',')})`);
  const parts = new Set<Part>(only ? (only.slice('--only='.length).split(',') as Part[]) : PARTS);
  for (const part of parts) if (!PARTS.includes(part)) throw new Error(`--only: no part named ${part} (parts: ${PARTS.join(', ')})`);
  const settings = quick ? QUICK : FULL;
  const writes = !quick && !only;

  const loadAtStart = os.loadavg()[0]!;
  const startedAt = Date.now();
  const iife = distFile('transcript-player.iife.js');
  // The script tag and the modules it imports from beside itself, as a site would copy them.
  const scripts = new Map(
    readdirSync(join(ROOT, 'dist'))
      .filter((name) => /^transcript-player\..+\.js$/.test(name))
      .map((name) => [name, distFile(name)] as const),
  );
  const esm = distFile('transcript-player.js');
  const episodes = EPISODES.map(makeEpisode);
  const [, threeHours, tenHours] = episodes as [Episode, Episode, Episode];
  // Hyperaudio Lite ships its script unminified; minified with the same minifier as our build, as a site would serve it.
  const hyperaudio = minifySync('hyperaudio-lite.js', readFileSync(hyperaudioSourcePath(), 'utf8'));
  if (hyperaudio.errors.length > 0)
    throw new Error(`minifying Hyperaudio Lite failed: ${hyperaudio.errors.map((e) => e.message).join('; ')}`);
  const audio = silentWav(Math.max(...episodes.map((episode) => episode.duration)) + 60);
  const pages = buildPages(episodes, scripts, hyperaudio.code, audio);
  pages.resources.set(
    '/index.html',
    fileResource(
      '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script src="/transcript-player.iife.js"></script><body></body>',
      'text/html',
    ),
  );
  const resource = (path: string) =>
    pages.resources.get(path) ??
    pages.folders.reduce<ReturnType<(typeof pages.folders)[0]>>((found, folder) => found ?? folder(path), undefined);

  const server: Server = await serve(pages.resources, pages.folders);
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const watchdog = setTimeout(() => {
    console.error(`bench: still running after ${WATCHDOG_MS / 60_000} minutes, giving up`);
    void browser.close().finally(() => process.exit(1));
  }, WATCHDOG_MS);
  try {
    const report: BenchReport = {
      date: new Date(),
      machine: '',
      load: [loadAtStart, NaN],
      quick,
      episodes: episodes.map((episode) => ({
        name: episode.name,
        label: episode.label,
        lines: episode.lines.length,
        words: episode.words,
        chapters: episode.chapters.length,
        duration: episode.duration,
      })),
      bundle: analyseBundle(join(ROOT, 'dist', 'transcript-player.iife.js')),
    };

    if (parts.has('ours')) {
      const sizes: SizeResult[] = [];
      for (const episode of episodes) {
        progress(`ours alone, ${episode.label}…`);
        const json = Buffer.concat([...resource(`/data/${episode.name}.transcript.json`)!.read(0, Number.MAX_SAFE_INTEGER)]).toString();
        sizes.push(await measureOurs(browser, server.origin, episode, json, settings));
      }
      report.ours = { sizes, gzip: { iife: gzipSync(iife, { level: 9 }).length, esm: gzipSync(esm, { level: 9 }).length } };
    }

    const sideBySide = parts.has('show') || parts.has('playing') || parts.has('seeking');
    let baseline: Baseline = { mainThreadMs: 0, cpuMs: 0, heapBytes: 0 };
    if (sideBySide) {
      progress('an empty page, for the baseline…');
      const empty = await openSettled(browser, server, 'empty', 'none');
      baseline = { mainThreadMs: empty.show.mainThreadMs, cpuMs: empty.show.cpuMs, heapBytes: empty.show.heapBytes };
      report.baseline = { ...baseline, idle: await measureIdle(empty) };
      await empty.page.context().close();
      if (parts.has('playing')) {
        progress('an <audio> element alone, playing…');
        const audio = await openSettled(browser, server, 'audio', 'none', baseline);
        const { playing } = await measurePlaying(audio, farPositions(1, threeHours.duration * 0.95, 5)); // steady: one window is enough
        report.baseline.audio = playing;
        await audio.page.context().close();
      }
    }

    // Runs go round the players, so a change in the machine's load falls on all of them alike.
    // The last run of the 3-hour page goes on to play, the last of the 10-hour page to seek.
    const show: Record<string, Record<PlayerId, ShowRun[]>> = {};
    const playing: NonNullable<BenchReport['playing']> = {} as never;
    const seeking: NonNullable<BenchReport['seeking']> = {} as never;
    const bytes: Record<PlayerId, LoadedFile[]> = {} as never;
    const plan: { episode: Episode; goOn: 'playing' | 'seeking' }[] = [];
    if (parts.has('show') || parts.has('playing')) plan.push({ episode: threeHours, goOn: 'playing' });
    if (parts.has('show') || parts.has('seeking')) plan.push({ episode: tenHours, goOn: 'seeking' });
    for (const { episode, goOn } of plan) {
      const runs = (show[episode.name] = { ours: [], hyperaudio: [], podlove: [] } as Record<PlayerId, ShowRun[]>);
      const runCount = parts.has('show') ? settings.showRuns : 1;
      for (let run = 0; run < runCount; run++) {
        for (const player of PLAYERS) {
          progress(`${player}, ${episode.label}: page load ${run + 1} of ${runCount}…`);
          const open: OpenPage = await openSettled(browser, server, player, episode, baseline);
          try {
            runs[player].push(open.show);
            if (episode === threeHours && run === 0) {
              const sizes = gzipBytes(resource, open.show.loaded);
              bytes[player] = open.show.loaded.map((path) => ({ path, kind: kindOf(player, path), gzip: sizes.get(path) ?? NaN }));
            }
            if (run === runCount - 1 && goOn === 'playing' && parts.has('playing')) {
              progress(`${player}, ${episode.label}: playing…`);
              const starts = farPositions(settings.playWindows, episode.duration * 0.95, 5);
              playing[player] = await measurePlaying(open, starts);
            }
            if (run === runCount - 1 && goOn === 'seeking' && parts.has('seeking')) {
              progress(`${player}, ${episode.label}: seeking…`);
              seeking[player] = await measureSeeking(open, farPositions(settings.farSeeks, episode.duration, 11));
            }
          } finally {
            await open.page.context().close();
          }
        }
      }
    }
    if (parts.has('show')) {
      report.show = show;
      report.bytes = bytes;
      progress(`ours, ${threeHours.label}: what of the script runs before the first interaction…`);
      report.bundle = await bundleWithWhatRan(browser, server, threeHours);
    }
    if (parts.has('playing')) report.playing = playing;
    if (parts.has('seeking')) report.seeking = seeking;

    const cpus = os.cpus();
    report.machine =
      `Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ` +
      `${os.type()} ${os.release()}; Node ${process.version}; Chromium ${browser.version()} (headless).`;
    report.load[1] = os.loadavg()[0]!;
    progress(`done in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
    console.log(`\n${summary(report)}`);
    if (writes) {
      writeSection(join(ROOT, 'BENCHMARKS.md'), markdownSection(report));
      console.log('\nWrote BENCHMARKS.md.');
    } else {
      console.log(`\n${markdownSection(report)}\n\nBENCHMARKS.md left as it was: only a full run (no --quick, no --only) writes it.`);
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

/**
 * The script-tag file by module, with what of each ran on the page of `episode` from
 * navigation until it settled, before any interaction: Chromium's block coverage, in a page
 * load of its own (coverage slows a page down, so no timing is taken from it).
 */
async function bundleWithWhatRan(browser: Browser, server: Server, episode: Episode) {
  const file = join(ROOT, 'dist', 'transcript-player.iife.js');
  const startCoverage = async (cdp: CDPSession) => {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.startPreciseCoverage', { callCount: false, detailed: true });
  };
  const open = await openSettled(browser, server, 'ours', episode, undefined, startCoverage);
  try {
    const { result } = await open.cdp.send('Profiler.takePreciseCoverage');
    const scripts = result.filter((script) => script.url.endsWith('/transcript-player.iife.js'));
    if (scripts.length !== 1) throw new Error(`coverage: ${scripts.length} copies of the script-tag file on the page`);
    const length = readFileSync(file, 'utf8').length;
    return analyseBundle(file, ranFromCoverage(length, scripts[0]!.functions, episode.label));
  } finally {
    await open.page.context().close();
  }
}
