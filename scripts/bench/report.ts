/**
 * Tables of our own player's figures per episode size (parse in Node, first render, per-frame
 * cost while playing and after seeks, heap, DOM nodes), and writing the generated section of
 * BENCHMARKS.md. The side-by-side tables are in compare-report.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { int, kb, mb, mean, median, ms, percentile, table } from './format.js';
import type { FirstRender, FrameSample } from './page.js';

export interface SizeResult {
  /** Episode name (`10h`) and its label in tables. */
  episode: string;
  label: string;
  words: number;
  fileBytes: number;
  /** Median over the runs in Node. */
  parseMs: number;
  /** The run with the median total. */
  firstRender: FirstRender;
  playing: FrameSample[];
  seeks: FrameSample[];
  /** Far seeks each followed by half a second at rest. */
  restingSeeks: FrameSample[];
  /** After the first render, and at the end (after the seeks and the playback). */
  heapBytes: number;
  heapEndBytes: number;
  domNodes: number;
  domNodesEnd: number;
}

export interface OursReport {
  sizes: SizeResult[];
  gzip: { iife: number; esm: number };
}

/** The goals that name no size are checked on the 10-hour episode (about 100,000 words). */
export const BUDGET_EPISODE = '10h';

export const times = (samples: FrameSample[]) => samples.map((sample) => sample.ms);

/**
 * Per seek, its costliest animation frame: its own (with the style and layout forced after
 * it) or one of those after it until the next seek, each with all the work done in it
 * (seeking one a frame, the last seek's later work shares the next seek's frame).
 */
export const worstFrames = (seeks: FrameSample[]) =>
  seeks.map((sample) => Math.max(sample.frameMs + sample.layoutMs, sample.laterFrameMaxMs, sample.sharedFrameMaxMs ?? 0));

/** The seeking figure: the higher p95 of the seeks one a frame and those followed by a moment at rest. */
export const seekFrameP95 = (size: Pick<SizeResult, 'seeks' | 'restingSeeks'>) =>
  Math.max(percentile(worstFrames(size.seeks), 95), size.restingSeeks?.length ? percentile(worstFrames(size.restingSeeks), 95) : 0);
/** The larger of the two readings. */
export const heapOf = (size: SizeResult) => Math.max(size.heapBytes, size.heapEndBytes);
const nodesOf = (size: SizeResult) => Math.max(size.domNodes, size.domNodesEnd);
const sizeLabel = (size: SizeResult) => `${size.label} (${int(size.words)} words)`;

export function sizesTable(report: OursReport): string {
  return table(
    [
      'Episode',
      'JSON file',
      'Lines',
      'Parse (Node)',
      'First render',
      'Longest task',
      'Playing: per wake, median',
      'Playing: per wake, p95',
      'Seeks: median',
      'Seeks: p95',
      'JS heap',
      'DOM nodes',
    ],
    report.sizes.map((size) => [
      sizeLabel(size),
      mb(size.fileBytes),
      int(size.firstRender.lines),
      ms(size.parseMs),
      ms(size.firstRender.totalMs),
      size.firstRender.longestTaskMs > 0 ? ms(size.firstRender.longestTaskMs) : '< 50 ms',
      ms(median(times(size.playing))),
      ms(percentile(times(size.playing), 95)),
      ms(median(worstFrames(size.seeks))),
      ms(percentile(worstFrames(size.seeks), 95)),
      mb(heapOf(size)),
      int(nodesOf(size)),
    ]),
  );
}

export function bundleLines(report: OursReport): string {
  return [
    `- \`dist/transcript-player.iife.js\` (the script tag: Lit and Howler included): ${kb(report.gzip.iife)} gzip (${int(report.gzip.iife)} bytes)`,
    `- \`dist/transcript-player.js\` (ESM, Lit and Howler not included): ${kb(report.gzip.esm)} gzip (${int(report.gzip.esm)} bytes)`,
  ].join('\n');
}

export function oursDetailTables(report: OursReport): string {
  const steps = table(
    [
      'Episode',
      'Lines in the DOM',
      'Player `willUpdate` (parse, normalise, index)',
      'Player render',
      'View render',
      'View `updated`',
      'Style + layout',
      'Until painted',
      'Total',
    ],
    report.sizes.map((size) => {
      const f = size.firstRender;
      return [
        sizeLabel(size),
        `${int(f.domLines)} of ${int(f.lines)}`,
        ms(f.dataMs),
        ms(f.playerRenderMs),
        ms(f.viewRenderMs),
        ms(f.viewUpdatedMs),
        ms(f.layoutMs),
        ms(f.paintMs),
        ms(f.totalMs),
      ];
    }),
  );
  const frames = table(
    [
      'Episode',
      'Playing: wakes (line changes)',
      'Playing: max',
      'Playing: line-change wakes, median',
      'Seeks: frames (line changes)',
      'Seeks: max',
      'Seeks, mean per frame: view render / view `updated` / later work',
      'Seeks: all the work a seek causes in the player, p95',
      'Seeks at rest (each followed by 0.5 s): costliest frame, median / p95',
    ],
    report.sizes.map((size) => {
      const { playing, seeks } = size;
      const changed = times(playing.filter((sample) => sample.lineChanged));
      const share = (key: 'viewRenderMs' | 'viewUpdatedMs' | 'laterMs') => ms(mean(seeks.map((sample) => sample[key])));
      return [
        sizeLabel(size),
        `${int(playing.length)} (${changed.length})`,
        ms(Math.max(...times(playing))),
        changed.length ? ms(median(changed)) : 'none',
        `${int(seeks.length)} (${seeks.filter((sample) => sample.lineChanged).length})`,
        ms(Math.max(...worstFrames(seeks))),
        `${share('viewRenderMs')} / ${share('viewUpdatedMs')} / ${share('laterMs')}`,
        ms(
          percentile(
            seeks.map((sample) => sample.ms + sample.layoutMs),
            95,
          ),
        ),
        size.restingSeeks?.length
          ? `${ms(median(worstFrames(size.restingSeeks)))} / ${ms(percentile(worstFrames(size.restingSeeks), 95))}`
          : 'not measured',
      ];
    }),
  );
  const memory = table(
    ['Episode', 'JS heap after the first render', 'JS heap at the end', 'DOM nodes after the first render', 'DOM nodes at the end'],
    report.sizes.map((size) => [sizeLabel(size), mb(size.heapBytes), mb(size.heapEndBytes), int(size.domNodes), int(size.domNodesEnd)]),
  );
  return [
    `First render, step by step (the run with the median total):\n\n${steps}`,
    `Per wake while playing (the player sleeps until its next visible change) and per frame after seeks, more:\n\n${frames}`,
    `Memory, after the first render and at the end (after the seeks and the playback); the first table shows the larger:\n\n${memory}`,
  ].join('\n\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the generated section, keeping everything outside the markers as written. */
export function writeSection(path: string, section: string): void {
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const block = `${START}\n${section}\n${END}`;
  const start = old.indexOf(START);
  const end = old.indexOf(END);
  const next = start >= 0 && end > start ? old.slice(0, start) + block + old.slice(end + END.length) : `${old.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, next);
}
