/** Turns the measurements into the printed table and the generated part of BENCHMARKS.md. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { FirstRender, FrameSample } from './page.js';

export interface SizeResult {
  words: number;
  fileBytes: number;
  /** Median over the runs in Node. */
  parseMs: number;
  /** The run with the median total. */
  firstRender: FirstRender;
  playing: FrameSample[];
  seeks: FrameSample[];
  /** After the first render, and at the end (after the seeks and the playback). */
  heapBytes: number;
  heapEndBytes: number;
  domNodes: number;
  domNodesEnd: number;
}

export interface Report {
  date: Date;
  machine: string;
  /** 1-minute load average at the start and the end of the run: other work on the machine skews the figures. */
  load: [number, number];
  sizes: SizeResult[];
  gzip: { iife: number; esm: number };
}

export const BUDGETS = { firstRenderMs: 100, syncP95Ms: 0.5, heapBytes: 30e6, iifeGzipBytes: 30e3 };
const BUDGET_WORDS = 100_000;

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
export const median = (values: number[]) => percentile(values, 50);
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
/** The figure checked against the budget is the larger reading. */
const heapOf = (size: SizeResult) => Math.max(size.heapBytes, size.heapEndBytes);
const nodesOf = (size: SizeResult) => Math.max(size.domNodes, size.domNodesEnd);

const ms = (value: number) =>
  Number.isNaN(value)
    ? 'n/a'
    : `${value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1e3).toFixed(1)} kB`;
const int = (value: number) => value.toLocaleString('en-US');
const times = (samples: FrameSample[]) => samples.map((sample) => sample.ms);
const mark = (ok: boolean) => (ok ? '✅' : '❌');

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

interface Check {
  name: string;
  value: number;
  limit: number;
  show: (value: number) => string;
}

function checks(report: Report): Check[] {
  const big = report.sizes.find((size) => size.words === BUDGET_WORDS);
  const list: Check[] = [{ name: 'IIFE gzip', value: report.gzip.iife, limit: BUDGETS.iifeGzipBytes, show: kb }];
  if (!big) return list;
  return [
    { name: 'First render, 100,000 words', value: big.firstRender.totalMs, limit: BUDGETS.firstRenderMs, show: ms },
    {
      name: 'Per-frame sync p95 while playing, 100,000 words',
      value: percentile(times(big.playing), 95),
      limit: BUDGETS.syncP95Ms,
      show: ms,
    },
    { name: 'Per-frame sync p95 after seeks, 100,000 words', value: percentile(times(big.seeks), 95), limit: BUDGETS.syncP95Ms, show: ms },
    { name: 'JS heap, 100,000 words', value: heapOf(big), limit: BUDGETS.heapBytes, show: mb },
    ...list,
  ];
}

const passes = (check: Check) => check.value <= check.limit;

/** The one table: a row per size, and the budgets next to the 100,000-word figures. */
export function resultsTable(report: Report): string {
  const rows = report.sizes.map((size) => [
    int(size.words),
    mb(size.fileBytes),
    int(size.firstRender.lines),
    ms(size.parseMs),
    ms(size.firstRender.totalMs),
    size.firstRender.longestTaskMs > 0 ? ms(size.firstRender.longestTaskMs) : '< 50 ms',
    ms(median(times(size.playing))),
    ms(percentile(times(size.playing), 95)),
    ms(median(times(size.seeks))),
    ms(percentile(times(size.seeks), 95)),
    mb(heapOf(size)),
    int(nodesOf(size)),
  ]);
  const found = new Map(checks(report).map((check) => [check.name, check]));
  const cell = (name: string) => {
    const check = found.get(name);
    return check ? `≤ ${check.show(check.limit)} ${mark(passes(check))}` : '';
  };
  if (report.sizes.some((size) => size.words === BUDGET_WORDS)) {
    rows.push([
      '**budget (100,000)**',
      '',
      '',
      '',
      cell('First render, 100,000 words'),
      '',
      '',
      cell('Per-frame sync p95 while playing, 100,000 words'),
      '',
      cell('Per-frame sync p95 after seeks, 100,000 words'),
      cell('JS heap, 100,000 words'),
      '',
    ]);
  }
  return table(
    [
      'Words',
      'JSON file',
      'Lines',
      'Parse (Node)',
      'First render',
      'Longest task',
      'Playing: median',
      'Playing: p95',
      'Seeks: median',
      'Seeks: p95',
      'JS heap',
      'DOM nodes',
    ],
    rows,
  );
}

export function bundleLines(report: Report): string {
  const check = checks(report).find((c) => c.name === 'IIFE gzip')!;
  return [
    `- \`dist/transcript-player.iife.js\`: ${kb(report.gzip.iife)} gzip (${int(report.gzip.iife)} bytes) — budget ≤ ${kb(check.limit)} ${mark(passes(check))}`,
    `- \`dist/transcript-player.js\` (ESM, Lit and Howler not included): ${kb(report.gzip.esm)} gzip (${int(report.gzip.esm)} bytes)`,
  ].join('\n');
}

const overBy = (ratio: number) => (ratio < 2 ? `${((ratio - 1) * 100).toFixed(1)} % over` : `${ratio.toFixed(1)}× the budget`);

export function budgetTable(report: Report): string {
  return table(
    ['Budget', 'Limit', 'Measured', '', 'Missed by'],
    checks(report).map((check) => [
      check.name,
      `≤ ${check.show(check.limit)}`,
      check.show(check.value),
      mark(passes(check)),
      passes(check) ? '–' : `${check.show(check.value - check.limit)} (${overBy(check.value / check.limit)})`,
    ]),
  );
}

export function detailTables(report: Report): string {
  const steps = table(
    [
      'Words',
      'Lines in the DOM',
      'Player `willUpdate` (parse, normalise, index)',
      'Player render',
      'View render',
      'View `updated`',
      'Style + layout',
      'Until painted',
      'Total',
    ],
    report.sizes.map(({ words, firstRender: f }) => [
      int(words),
      `${int(f.domLines)} of ${int(f.lines)}`,
      ms(f.dataMs),
      ms(f.playerRenderMs),
      ms(f.viewRenderMs),
      ms(f.viewUpdatedMs),
      ms(f.layoutMs),
      ms(f.paintMs),
      ms(f.totalMs),
    ]),
  );
  const frames = table(
    [
      'Words',
      'Playing: frames (line changes)',
      'Playing: max',
      'Playing: line-change frames, median',
      'Seeks: frames (line changes)',
      'Seeks: max',
      'Seeks, mean per frame: view render / view `updated` / later work',
      'Seeks: p95 incl. forced style + layout',
    ],
    report.sizes.map(({ words, playing, seeks }) => {
      const changed = times(playing.filter((sample) => sample.lineChanged));
      const share = (key: 'viewRenderMs' | 'viewUpdatedMs' | 'laterMs') => ms(mean(seeks.map((sample) => sample[key])));
      return [
        int(words),
        `${int(playing.length)} (${changed.length})`,
        ms(Math.max(...times(playing))),
        changed.length ? ms(median(changed)) : 'none',
        `${int(seeks.length)} (${seeks.filter((sample) => sample.lineChanged).length})`,
        ms(Math.max(...times(seeks))),
        `${share('viewRenderMs')} / ${share('viewUpdatedMs')} / ${share('laterMs')}`,
        ms(
          percentile(
            seeks.map((sample) => sample.ms + sample.layoutMs),
            95,
          ),
        ),
      ];
    }),
  );
  const memory = table(
    ['Words', 'JS heap after the first render', 'JS heap at the end', 'DOM nodes after the first render', 'DOM nodes at the end'],
    report.sizes.map((size) => [int(size.words), mb(size.heapBytes), mb(size.heapEndBytes), int(size.domNodes), int(size.domNodesEnd)]),
  );
  return [
    `First render, step by step (the run with the median total):\n\n${steps}`,
    `Per frame, more:\n\n${frames}`,
    `Memory, after the first render and at the end (after the seeks and the playback); the results table shows the larger:\n\n${memory}`,
  ].join('\n\n');
}

const loadLine = ({ load: [start, end] }: Report) =>
  `1-minute load average: ${start.toFixed(2)} when the run started (other work on the machine skews the figures), ${end.toFixed(2)} when it ended (the bench's own load included).`;

/** For the terminal: the table, the bundle sizes and the missed budgets. */
export function summary(report: Report): string {
  const missed = checks(report).filter((check) => !passes(check));
  return [
    `${report.machine}\n${loadLine(report)}`,
    '',
    resultsTable(report),
    '',
    bundleLines(report),
    '',
    missed.length === 0
      ? 'All budgets met.'
      : `Budgets missed:\n${missed.map((check) => `- ${check.name}: ${check.show(check.value)}, budget ${check.show(check.limit)}`).join('\n')}`,
  ].join('\n');
}

export function markdownSection(report: Report): string {
  return [
    `_Generated by \`npm run bench\` on ${report.date.toISOString().slice(0, 16).replace('T', ' ')} UTC. Do not edit between the markers: the next run replaces it._`,
    '',
    `${report.machine} ${loadLine(report)}`,
    '',
    resultsTable(report),
    '',
    bundleLines(report),
    '',
    budgetTable(report),
    '',
    detailTables(report),
  ].join('\n');
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
