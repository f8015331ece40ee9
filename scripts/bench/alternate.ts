/**
 * Two or more builds of the script-tag file, loaded in turn on the same bench page in one
 * browser: what a change did to showing a long episode, measured where the machine's hour
 * cannot tell the builds apart (a full `npm run bench` moves about 2× between hours).
 *
 *   node --import tsx scripts/bench/alternate.ts <folder> <folder> [...] [--runs=16] [--episode=3h]
 *
 * Each folder holds a build's `transcript-player.*.js` files (`dist/`, or a build of another
 * commit: see BENCHMARKS.md). Each round loads every build once, in an order that turns
 * round by round, each load in a fresh browser context; the figures are those of the
 * side-by-side part of the bench (`compare.ts`), less an empty page's. Prints the median
 * and the spread of each, per build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { minifySync } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';
import { openSettled, type Baseline, type ShowRun } from './compare.js';
import { EPISODES, makeEpisode } from './episode.js';
import { median } from './format.js';
import { buildPages, hyperaudioSourcePath } from './pages.js';
import { serve, silentWav, type Server } from './serve.js';

const FIGURES = {
  'lines on screen': (run: ShowRun) => run.linesOnScreenMs,
  'main-thread time': (run: ShowRun) => run.mainThreadMs,
  'main-thread CPU': (run: ShowRun) => run.cpuMs,
  layouts: (run: ShowRun) => run.layouts,
} as const;

function options(args: string[]): { folders: string[]; runs: number; episode: string } {
  const value = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const folders = args.filter((arg) => !arg.startsWith('--'));
  const runs = Number(value('runs') ?? 16);
  const episode = value('episode') ?? '3h';
  if (folders.length < 2) throw new Error('give two build folders or more (each with transcript-player.iife.js)');
  for (const folder of folders)
    if (!existsSync(join(folder, 'transcript-player.iife.js'))) throw new Error(`${folder}: no transcript-player.iife.js`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs=${value('runs')}: a whole number of rounds, 1 or more`);
  if (!EPISODES.some((spec) => spec.name === episode))
    throw new Error(`--episode=${episode}: one of ${EPISODES.map((spec) => spec.name).join(', ')}`);
  return { folders, runs, episode };
}

async function main(): Promise<void> {
  const { folders, runs, episode: name } = options(process.argv.slice(2));
  const episodes = EPISODES.map(makeEpisode);
  const episode = episodes.find((each) => each.name === name)!;
  const hyperaudio = minifySync('hyperaudio-lite.js', readFileSync(hyperaudioSourcePath(), 'utf8')).code;
  const audio = silentWav(Math.max(...episodes.map((each) => each.duration)) + 60);
  // One server per build, each answering with that build's files and the same pages and data.
  const servers: Server[] = [];
  for (const folder of folders) {
    const scripts = new Map(
      readdirSync(folder)
        .filter((file) => /^transcript-player\..+\.js$/.test(file))
        .map((file) => [file, readFileSync(join(folder, file))] as const),
    );
    const pages = buildPages(episodes, scripts, hyperaudio, audio);
    servers.push(await serve(pages.resources, pages.folders));
  }
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const empties: ShowRun[] = [];
    for (let i = 0; i < 3; i++) {
      const empty = await openSettled(browser, servers[0]!, 'empty', 'none');
      empties.push(empty.show);
      await empty.page.context().close();
    }
    const baseline: Baseline = {
      mainThreadMs: median(empties.map((run) => run.mainThreadMs)),
      cpuMs: median(empties.map((run) => run.cpuMs)),
      heapBytes: median(empties.map((run) => run.heapBytes)),
    };
    const loads: ShowRun[][] = folders.map(() => []);
    for (let round = 0; round < runs; round++) {
      process.stderr.write(`alternate: round ${round + 1} of ${runs}\r`);
      for (let k = 0; k < folders.length; k++) {
        const build = (k + round) % folders.length;
        const open = await openSettled(browser, servers[build]!, 'ours', episode, baseline);
        loads[build]!.push(open.show);
        await open.page.context().close();
      }
    }
    process.stderr.write('\n');
    console.log(`${episode.label}, ${runs} loads of each build, alternated; median (lowest–highest):`);
    for (const [figure, read] of Object.entries(FIGURES)) {
      console.log(`  ${figure}`);
      folders.forEach((folder, i) => {
        const values = loads[i]!.map(read);
        const unit = figure === 'layouts' ? '' : ' ms';
        console.log(
          `    ${folder}: ${median(values).toFixed(0)}${unit} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`,
        );
      });
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
