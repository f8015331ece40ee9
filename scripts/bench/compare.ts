/**
 * The side-by-side measurements: ours, Hyperaudio Lite and Podlove Web Player on the same
 * episode pages, each read from outside over the DevTools protocol (`Performance.getMetrics`:
 * main-thread task time, layouts, style recalculations, JS heap), so every player is measured
 * the same way whatever it is built with. See BENCHMARKS.md for what each figure means.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Episode } from './episode.js';
import { pageUrl, type PlayerId } from './pages.js';
import { playerKit, type PlayerKit, type ShowTiming } from './player-kit.js';
import type { Resource, Server } from './serve.js';

export type Metrics = Record<string, number>;

/** How long the main thread must stay (nearly) idle for a page to count as settled. */
const QUIET_MS = 1000;
/** "Nearly": less than this much task time during that second (the bench's own polling costs a little). */
const QUIET_TASK_MS = 25;
const POLL_MS = 100;
const SETTLE_TIMEOUT_MS = 60_000;

export interface ShowRun extends ShowTiming {
  /** Navigation until the quiet second began. */
  settledAtMs: number;
  /** Main-thread task time from navigation until settled, less the empty page's. */
  mainThreadMs: number;
  /** The same as CPU time (`ThreadTime`), which other processes holding the CPU do not inflate. */
  cpuMs: number;
  /** JS heap after a garbage collection once settled, less the empty page's. */
  heapBytes: number;
  domNodes: number;
  layouts: number;
  /** Requests answered before settling (no input has happened). */
  loaded: string[];
}

export interface Baseline {
  mainThreadMs: number;
  cpuMs: number;
  heapBytes: number;
}

export interface PlayWindow {
  taskMs: number;
  layouts: number;
  styleRecalcs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  /** Main-thread CPU time (`ThreadTime`): unlike task time, it does not grow when other processes hold the CPU. */
  cpuMs: number;
  /** Media time that passed during the window, to show the player really played. */
  playedSeconds: number;
}

export interface SeekSample {
  taskMs: number;
  layouts: number;
}

export interface OpenPage {
  page: Page;
  cdp: CDPSession;
  show: ShowRun;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function readMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
}
const taskMs = (metrics: Metrics) => (metrics['TaskDuration'] ?? NaN) * 1000;

/** Calls a method of the kit installed in the page. */
export function kit<K extends keyof PlayerKit>(
  page: Page,
  name: K,
  ...args: PlayerKit[K] extends (...a: infer A) => unknown ? A : never
): Promise<PlayerKit[K] extends (...a: never[]) => infer R ? Awaited<R> : never> {
  return page.evaluate(
    ({ name, args }) => {
      const installed = (window as unknown as { playerKit?: Record<string, (...a: unknown[]) => unknown> }).playerKit;
      if (!installed) throw new Error('the bench kit is not installed in this page');
      return installed[name]!(...args);
    },
    { name, args },
  ) as never;
}

/**
 * Opens a page in a fresh browser context (nothing shared with earlier pages), with the
 * kit installed before any of the page's scripts, and waits until its transcript lines have
 * been painted and the main thread has been quiet for a second.
 */
export async function openSettled(
  browser: Browser,
  server: Server,
  player: PlayerId | 'empty' | 'audio',
  episode: Episode | 'none',
  baseline?: Baseline,
  /** Called before the page is opened: to start Chromium's coverage, say (its timings are then not the page's own). */
  beforeOpening?: (cdp: CDPSession) => Promise<void>,
): Promise<OpenPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`${player}: page error: ${error.message}`));
  // tsx keeps function names with a `__name` helper, which the page lacks. Only the top
  // frame gets the kit: Podlove's player lives in a frame of its own.
  await page.addInitScript(
    `if (window === window.top) { window.__name = (fn) => fn; window.playerKit = (${playerKit.toString()})(${JSON.stringify(player)}); }`,
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await beforeOpening?.(cdp);
  server.takeLog();
  const url = pageUrl(player, episode);
  const started = Date.now();
  await page.goto(server.origin + url, { waitUntil: 'commit' });

  let show: Pick<ShowTiming, 'linesOnScreenMs' | 'readyMs'> | undefined;
  const samples: { at: number; task: number; cpu: number }[] = [];
  let settled: { at: number; task: number; cpu: number } | undefined;
  while (!settled) {
    if (Date.now() - started > SETTLE_TIMEOUT_MS) throw new Error(`${player} ${url}: not settled after ${SETTLE_TIMEOUT_MS / 1000} s`);
    await sleep(POLL_MS);
    show ??= await kit(page, 'show').catch(() => undefined); // the context may still be in the making
    const metrics = await readMetrics(cdp);
    samples.push({ at: Date.now(), task: taskMs(metrics), cpu: (metrics['ThreadTime'] ?? NaN) * 1000 });
    if (!show) continue;
    const last = samples[samples.length - 1]!;
    const windowStart = samples.find((sample) => sample.at >= last.at - QUIET_MS);
    if (windowStart && last.at - windowStart.at >= QUIET_MS - POLL_MS && last.task - windowStart.task < QUIET_TASK_MS)
      settled = windowStart;
  }
  if (!(await kit(page, 'environment')).crossOriginIsolated)
    throw new Error('the page is not cross-origin isolated, so performance.now() would be too coarse');
  const loaded = server
    .takeLog()
    .filter((request) => !request.ranged && request.status === 200)
    .map((request) => request.path);
  await collectGarbage(cdp);
  const after = await readMetrics(cdp);
  return {
    page,
    cdp,
    show: {
      ...show!,
      ...(await kit(page, 'shifts')),
      settledAtMs: settled.at - started,
      mainThreadMs: settled.task - (baseline?.mainThreadMs ?? 0),
      cpuMs: settled.cpu - (baseline?.cpuMs ?? 0),
      heapBytes: (after['JSHeapUsedSize'] ?? NaN) - (baseline?.heapBytes ?? 0),
      domNodes: await kit(page, 'countNodes'),
      layouts: after['LayoutCount'] ?? NaN,
      loaded,
    },
  };
}

async function until(page: Page, what: string, condition: (time: number) => boolean, timeoutMs = 15_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const time = await kit(page, 'time');
    if (condition(time)) return time;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (position ${time.toFixed(2)} s)`);
    await sleep(100);
  }
}

/** Starts playback and waits until the position moves: the audio has loaded and plays. */
export async function startPlaying(page: Page): Promise<void> {
  await kit(page, 'connect');
  await kit(page, 'play');
  const first = await until(page, 'the playback to start', (time) => time > 0.2);
  await until(page, 'the playback to advance', (time) => time > first + 0.2);
}

async function seekTo(page: Page, seconds: number, playing: boolean): Promise<void> {
  await kit(page, 'seek', seconds);
  await until(page, `the seek to ${seconds.toFixed(1)} s`, (time) => time >= seconds - 0.5 && time < seconds + (playing ? 5 : 0.5));
}

function windowOf(before: Metrics, after: Metrics, played: number): PlayWindow {
  const delta = (name: string) => (after[name] ?? NaN) - (before[name] ?? NaN);
  return {
    taskMs: delta('TaskDuration') * 1000,
    layouts: delta('LayoutCount'),
    styleRecalcs: delta('RecalcStyleCount'),
    scriptMs: delta('ScriptDuration') * 1000,
    layoutMs: delta('LayoutDuration') * 1000,
    styleMs: delta('RecalcStyleDuration') * 1000,
    cpuMs: delta('ThreadTime') * 1000,
    playedSeconds: played,
  };
}

export const PLAY_WINDOW_MS = 5000;
const PLAY_SETTLE_MS = 2000;

/**
 * Playing: for each start, a seek there while playing, two seconds for the jump to settle
 * (scroll animations included), then one 5-second window. Then paused: the same window
 * after a pause.
 */
export async function measurePlaying(open: OpenPage, starts: number[]): Promise<{ playing: PlayWindow[]; paused: PlayWindow }> {
  const { page, cdp } = open;
  await startPlaying(page);
  const playing: PlayWindow[] = [];
  for (const start of starts) {
    await seekTo(page, start, true);
    await sleep(PLAY_SETTLE_MS);
    await collectGarbage(cdp);
    const [before, from] = [await readMetrics(cdp), await kit(page, 'time')];
    await sleep(PLAY_WINDOW_MS);
    const [after, to] = [await readMetrics(cdp), await kit(page, 'time')];
    const window = windowOf(before, after, to - from);
    if (window.playedSeconds < 4 || window.playedSeconds > 6) {
      throw new Error(`the position moved ${window.playedSeconds.toFixed(2)} s during a 5 s window of playback: not playing in real time`);
    }
    playing.push(window);
  }
  await kit(page, 'pause');
  return { playing, paused: await measureIdle(open) };
}

/**
 * Garbage left by what came before (a seek's new lines, the load) is collected now rather
 * than in the next window: a full collection of a large DOM takes a few hundred
 * milliseconds and comes at a moment of the browser's choosing, often a few seconds after
 * activity stops, which would land it in a paused window by chance.
 */
async function collectGarbage(cdp: CDPSession): Promise<void> {
  await cdp.send('HeapProfiler.collectGarbage');
  await sleep(50);
  await cdp.send('HeapProfiler.collectGarbage');
}

/** A 5-second window after 2 s of settling and a garbage collection, with no input: what the page does on its own. */
export async function measureIdle({ page, cdp }: OpenPage): Promise<PlayWindow> {
  await sleep(PLAY_SETTLE_MS);
  await collectGarbage(cdp);
  const [before, from] = [await readMetrics(cdp), await kit(page, 'time')];
  await sleep(PLAY_WINDOW_MS);
  const [after, to] = [await readMetrics(cdp), await kit(page, 'time')];
  return windowOf(before, after, to - from);
}

export const SEEK_WINDOW_MS = 1000;

/**
 * Far seeks while paused: each one, then a second for what it causes (the new lines, the
 * scroll, a scroll animation), its main-thread task time read over that second.
 */
export async function measureSeeking(open: OpenPage, times: number[]): Promise<SeekSample[]> {
  const { page, cdp } = open;
  await startPlaying(page);
  await kit(page, 'pause');
  await sleep(500);
  const samples: SeekSample[] = [];
  for (const time of times) {
    const before = await readMetrics(cdp);
    await kit(page, 'seek', time);
    await sleep(SEEK_WINDOW_MS);
    const after = await readMetrics(cdp);
    samples.push({ taskMs: taskMs(after) - taskMs(before), layouts: (after['LayoutCount'] ?? NaN) - (before['LayoutCount'] ?? NaN) });
    await seekTo(page, time, false); // it did land there
  }
  return samples;
}

/** Gzip size (level 9) of each path's full body, as the server has it. */
export function gzipBytes(resources: (path: string) => Resource | undefined, paths: string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const path of new Set(paths)) {
    const resource = resources(path);
    if (!resource) continue;
    sizes.set(path, gzipSync(Buffer.concat([...resource.read(0, resource.size)]), { level: 9 }).length);
  }
  return sizes;
}
