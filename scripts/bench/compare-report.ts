/**
 * The generated section of BENCHMARKS.md: the issue's goals, one row each, then every
 * side-by-side figure as ours, each peer's and the ratio, then our bundle by module and our
 * own per-size figures. Ratios are ours ÷ theirs: below 1 we are faster or smaller.
 */
import { byGroup, type BundleReport, type ModuleBytes } from './bundle.js';
import type { Baseline, PlayWindow, SeekSample, ShowRun } from './compare.js';
import { int, kb, mark, mb, median, ms, percentile, px, ratio, shift, table } from './format.js';
import { PEERS, PLAYER_NAMES, type PlayerId } from './pages.js';
import { BUDGET_EPISODE, bundleLines, oursDetailTables, seekFrameP95, sizesTable, worstFrames, type OursReport } from './report.js';

export interface EpisodeInfo {
  name: string;
  label: string;
  lines: number;
  words: number;
  chapters: number;
  duration: number;
}

export type FileKind = 'code' | 'data' | 'page';
export interface LoadedFile {
  path: string;
  kind: FileKind;
  gzip: number;
}

export interface BenchReport {
  date: Date;
  machine: string;
  /** 1-minute load average at the start and the end of the run: other work on the machine skews the figures. */
  load: [number, number];
  quick: boolean;
  episodes: EpisodeInfo[];
  ours?: OursReport;
  /** An empty page: its load, 5 s of it idle, and (with the playing part) an `<audio>` element alone playing. */
  baseline?: Baseline & { idle: PlayWindow; audio?: PlayWindow[] };
  /** Per episode name, per player: one entry per run. */
  show?: Record<string, Record<PlayerId, ShowRun[]>>;
  playing?: Record<PlayerId, { playing: PlayWindow[]; paused: PlayWindow }>;
  seeking?: Record<PlayerId, SeekSample[]>;
  bytes?: Record<PlayerId, LoadedFile[]>;
  bundle: BundleReport;
}

type PerPlayer = Record<PlayerId, number>;

/** Goal targets from the issue. */
export const GOALS = {
  showLinesVsFasterPeer3h: 0.25,
  showMainThreadVsFasterPeer3h: 0.2,
  showLinesVsFasterPeer10h: 0.2,
  heap10hBytes: 20e6,
  firstRenderMs: 100,
  seekFrameP95Ms: 8,
  bytesBeforeInteraction: 30e3,
};

const showFigure = (report: BenchReport, episode: string, pick: (run: ShowRun) => number): PerPlayer | undefined => {
  const runs = report.show?.[episode];
  if (!runs) return undefined;
  return { ours: median(runs.ours.map(pick)), hyperaudio: median(runs.hyperaudio.map(pick)), podlove: median(runs.podlove.map(pick)) };
};
const perPlayer = (value: (player: PlayerId) => number): PerPlayer => ({
  ours: value('ours'),
  hyperaudio: value('hyperaudio'),
  podlove: value('podlove'),
});
const playingFigure = (report: BenchReport, pick: (window: PlayWindow) => number) =>
  report.playing && perPlayer((player) => median(report.playing![player].playing.map(pick)));
const pausedFigure = (report: BenchReport, pick: (window: PlayWindow) => number) =>
  report.playing && perPlayer((player) => pick(report.playing![player].paused));
const seekFigure = (report: BenchReport, pick: (samples: SeekSample[]) => number) =>
  report.seeking && perPlayer((player) => pick(report.seeking![player]));
const bytesOf = (report: BenchReport, kinds: FileKind[]) =>
  report.bytes &&
  perPlayer((player) => report.bytes![player].filter((file) => kinds.includes(file.kind)).reduce((sum, file) => sum + file.gzip, 0));
const fasterPeer = (values: PerPlayer): PlayerId => (values.hyperaudio <= values.podlove ? 'hyperaudio' : 'podlove');

interface GoalRow {
  goal: string;
  target: string;
  values?: PerPlayer | undefined;
  /** Peers that have no such figure. */
  oursOnly?: boolean;
  show: (value: number) => string;
  /** What the ratio column compares with. */
  against?: 'hyperaudio' | 'faster peer';
  /** Ratio target (ours ÷ peer ≤ this), or an absolute limit for our figure. */
  maxRatio?: number;
  maxValue?: number;
  /** An extra condition (besides the limit) and how it is shown when it fails. */
  alsoPasses?: () => { ok: boolean; why: string };
  reportedOnly?: boolean;
}

function goalRows(report: BenchReport): GoalRow[] {
  const oursSize = report.ours?.sizes.find((size) => size.episode === BUDGET_EPISODE);
  const ourFigure = (value: number | undefined): PerPlayer | undefined =>
    value === undefined ? undefined : { ours: value, hyperaudio: NaN, podlove: NaN };
  const paused = report.playing?.ours.paused;
  return [
    {
      goal: '2. Playing: main-thread time per 5 s, 3 h, word highlight and follow on',
      target: '≤ Hyperaudio Lite (≤ 1×)',
      values: playingFigure(report, (window) => window.taskMs),
      show: ms,
      against: 'hyperaudio',
      maxRatio: 1,
    },
    {
      goal: '2. Paused: main-thread time per 5 s, 3 h',
      // "Does nothing" is read from the counters, not from the task time, which the bench's
      // own polling and the machine's load move by a few milliseconds.
      target: 'nothing: no script, style or layout work in 5 s',
      values: pausedFigure(report, (window) => window.taskMs),
      show: ms,
      against: 'hyperaudio',
      alsoPasses: () => {
        const did = paused
          ? [
              paused.scriptMs > 0 ? `${ms(paused.scriptMs)} of script` : '',
              paused.styleRecalcs > 0 ? `${int(paused.styleRecalcs)} style recalculations` : '',
              paused.layouts > 0 ? `${int(paused.layouts)} layouts` : '',
            ].filter(Boolean)
          : ['not measured'];
        return { ok: did.length === 0, why: did.join(', ') };
      },
    },
    {
      goal: '2. Playing: layouts per 5 s, 3 h',
      target: 'reported',
      values: playingFigure(report, (window) => window.layouts),
      show: int,
      against: 'hyperaudio',
      reportedOnly: true,
    },
    {
      goal: '3. Showing, 3 h: navigation until lines are on screen and the player works',
      target: `≤ ${GOALS.showLinesVsFasterPeer3h}× the faster peer`,
      values: showFigure(report, '3h', (run) => run.readyMs),
      show: ms,
      against: 'faster peer',
      maxRatio: GOALS.showLinesVsFasterPeer3h,
    },
    {
      goal: '3. Showing, 3 h: main-thread time until settled',
      target: `≤ ${GOALS.showMainThreadVsFasterPeer3h}× the faster peer`,
      values: showFigure(report, '3h', (run) => run.mainThreadMs),
      show: ms,
      against: 'faster peer',
      maxRatio: GOALS.showMainThreadVsFasterPeer3h,
    },
    {
      goal: '3. Showing, 3 h: how far the text under the player moved while it loaded',
      target: 'reported',
      values: showFigure(report, '3h', (run) => run.articleMovedPx),
      show: px,
      against: 'hyperaudio',
      reportedOnly: true,
    },
    {
      goal: '3. Showing, 10 h: navigation until lines are on screen and the player works',
      target: `≤ ${GOALS.showLinesVsFasterPeer10h}× the faster peer`,
      values: showFigure(report, '10h', (run) => run.readyMs),
      show: ms,
      against: 'faster peer',
      maxRatio: GOALS.showLinesVsFasterPeer10h,
    },
    {
      goal: '3. Showing, 10 h: JS heap once settled',
      target: `≤ ${mb(GOALS.heap10hBytes)}`,
      values: showFigure(report, '10h', (run) => run.heapBytes),
      show: mb,
      against: 'faster peer',
      maxValue: GOALS.heap10hBytes,
    },
    {
      goal: '3. First render of the 10 h transcript (about 100,000 words), data in hand',
      target: `≤ ${ms(GOALS.firstRenderMs)}`,
      values: ourFigure(oursSize?.firstRender.totalMs),
      oursOnly: true,
      show: ms,
      maxValue: GOALS.firstRenderMs,
    },
    {
      goal: '4. Seeking, 10 h: the costliest frame a random far seek causes, p95',
      target: `≤ ${ms(GOALS.seekFrameP95Ms)}`,
      values: ourFigure(oursSize && seekFrameP95(oursSize)),
      oursOnly: true,
      show: ms,
      maxValue: GOALS.seekFrameP95Ms,
    },
    {
      goal: '4. Seeking, 10 h: main-thread time a far seek causes, p95',
      target: 'reported',
      values: seekFigure(report, (samples) =>
        percentile(
          samples.map((sample) => sample.taskMs),
          95,
        ),
      ),
      show: ms,
      against: 'faster peer',
      reportedOnly: true,
    },
    {
      goal: '5. Bytes before the first interaction: scripts and styles, gzip',
      target: `≤ ${kb(GOALS.bytesBeforeInteraction)}`,
      values: bytesOf(report, ['code']),
      show: kb,
      against: 'hyperaudio',
      maxValue: GOALS.bytesBeforeInteraction,
    },
  ];
}

const peerCells = (row: GoalRow, values: PerPlayer) => PEERS.map((peer) => (row.oursOnly ? 'no such figure' : row.show(values[peer])));

function missedBy(row: GoalRow, values: PerPlayer, peer: number): { pass: boolean | undefined; text: string } {
  if (row.reportedOnly) return { pass: undefined, text: '' };
  if (!Number.isFinite(values.ours)) return { pass: undefined, text: 'not measured' };
  const reasons: string[] = [];
  if (row.maxRatio !== undefined) {
    const r = values.ours / peer;
    if (!(r <= row.maxRatio))
      reasons.push(`${ratio(values.ours, peer)} where ≤ ${row.maxRatio}× is asked: ${(r / row.maxRatio).toFixed(1)}× too much`);
  }
  if (row.maxValue !== undefined && !(values.ours <= row.maxValue)) {
    const over = values.ours / row.maxValue;
    reasons.push(
      `${row.show(values.ours - row.maxValue)} over (${over < 2 ? `${((over - 1) * 100).toFixed(0)} %` : `${over.toFixed(1)}×`})`,
    );
  }
  const also = row.alsoPasses?.();
  if (also && !also.ok) reasons.push(also.why);
  return { pass: reasons.length === 0, text: reasons.join('; ') };
}

export function goalsTable(report: BenchReport): string {
  const rows = goalRows(report).map((row) => {
    const values = row.values;
    if (!values) return [row.goal, row.target, 'not measured in this run', '', '', '', '', ''];
    const against = row.against === 'faster peer' ? fasterPeer(values) : row.against;
    const peer = against ? values[against] : NaN;
    const { pass, text } = missedBy(row, values, peer);
    return [
      row.goal,
      row.target,
      row.show(values.ours),
      ...peerCells(row, values),
      against ? `${ratio(values.ours, peer)} (vs ${against === 'hyperaudio' ? 'Hyperaudio' : 'Podlove'})` : '–',
      pass === undefined ? '–' : mark(pass),
      text,
    ];
  });
  return table(['Goal (issue 12)', 'Target', 'Ours', 'Hyperaudio Lite', 'Podlove', 'Ratio', '', 'Missed by'], rows);
}

/** One row per figure: ours, then each peer and ours ÷ that peer. */
function sideBySide(rows: [string, PerPlayer | undefined, (value: number) => string][]): string {
  return table(
    ['Figure', 'Ours', PLAYER_NAMES.hyperaudio, 'Ours ÷ Hyperaudio', PLAYER_NAMES.podlove, 'Ours ÷ Podlove'],
    rows
      .filter((row): row is [string, PerPlayer, (value: number) => string] => row[1] !== undefined)
      .map(([name, values, show]) => [
        name,
        show(values.ours),
        show(values.hyperaudio),
        ratio(values.ours, values.hyperaudio),
        show(values.podlove),
        ratio(values.ours, values.podlove),
      ]),
  );
}

const range = (values: number[], show: (value: number) => string) =>
  values.length > 1 ? ` (${show(Math.min(...values))}–${show(Math.max(...values))})` : '';

function showTables(report: BenchReport): string[] {
  if (!report.show) return [];
  return Object.keys(report.show).map((episode) => {
    const info = report.episodes.find((e) => e.name === episode)!;
    const runs = report.show![episode]!;
    const figure = (pick: (run: ShowRun) => number) => showFigure(report, episode, pick);
    const spread = (pick: (run: ShowRun) => number, show: (value: number) => string) =>
      PEERS.concat('ours')
        .map((player) => `${PLAYER_NAMES[player]}${range(runs[player].map(pick), show)}`)
        .join(', ');
    return (
      `**Showing the ${info.label} episode** (${int(info.lines)} lines, ${int(info.words)} words with word times, ${info.chapters} chapters; ` +
      `median of ${runs.ours.length} page load${runs.ours.length > 1 ? 's' : ''} each, every one in a fresh browser context):\n\n` +
      sideBySide([
        ['Navigation until lines are on screen and the player works', figure((run) => run.readyMs), ms],
        ['Navigation until the first lines are painted', figure((run) => run.linesOnScreenMs), ms],
        ['Main-thread time until settled (less an empty page’s)', figure((run) => run.mainThreadMs), ms],
        ['Main-thread CPU time until settled (less an empty page’s)', figure((run) => run.cpuMs), ms],
        ['Settled (a quiet second began) after', figure((run) => run.settledAtMs), ms],
        ['JS heap once settled (less an empty page’s)', figure((run) => run.heapBytes), mb],
        ['Layouts until settled', figure((run) => run.layouts), int],
        ['DOM nodes (shadow roots and frames included)', figure((run) => run.domNodes), int],
        ['Layout shift until settled (the page’s, as Cumulative Layout Shift counts it)', figure((run) => run.layoutShift), shift],
        ['How far the text under the player moved meanwhile', figure((run) => run.articleMovedPx), px],
      ]) +
      (runs.ours.length > 1 ? `\n\nRange over the runs, lines on screen and the player working: ${spread((run) => run.readyMs, ms)}.` : '')
    );
  });
}

function playingTable(report: BenchReport): string[] {
  if (!report.playing) return [];
  const windows = report.playing.ours.playing.length;
  const spread = PEERS.concat('ours')
    .map(
      (player) =>
        `${PLAYER_NAMES[player]}${range(
          report.playing![player].playing.map((window) => window.taskMs),
          ms,
        )}`,
    )
    .join(', ');
  return [
    `**Playing the 3 hours episode** (median of ${windows} window${windows > 1 ? 's' : ''} of 5 s, each after a far seek and 2 s to settle; ` +
      `word highlight and follow on where the player has them: Podlove has no word level):\n\n` +
      sideBySide([
        ['Main-thread task time per 5 s', playingFigure(report, (w) => w.taskMs), ms],
        ['of which script', playingFigure(report, (w) => w.scriptMs), ms],
        ['of which style', playingFigure(report, (w) => w.styleMs), ms],
        ['of which layout', playingFigure(report, (w) => w.layoutMs), ms],
        ['Main-thread CPU time per 5 s', playingFigure(report, (w) => w.cpuMs), ms],
        ['Layouts per 5 s', playingFigure(report, (w) => w.layouts), int],
        ['Style recalculations per 5 s', playingFigure(report, (w) => w.styleRecalcs), int],
        ['Paused: main-thread task time per 5 s', pausedFigure(report, (w) => w.taskMs), ms],
        ['Paused: of which script', pausedFigure(report, (w) => w.scriptMs), ms],
        ['Paused: style recalculations per 5 s', pausedFigure(report, (w) => w.styleRecalcs), int],
        ['Paused: layouts per 5 s', pausedFigure(report, (w) => w.layouts), int],
      ]) +
      [
        windows > 1 ? `Range over the windows, main-thread time: ${spread}.` : '',
        report.baseline
          ? `An empty page over the same 5 s: ${ms(report.baseline.idle.taskMs)}, ${int(report.baseline.idle.layouts)} layouts.`
          : '',
        report.baseline?.audio
          ? `An \`<audio>\` element alone playing the same file the same way (no player, no controls): ` +
            `${ms(median(report.baseline.audio.map((w) => w.taskMs)))} and ${int(median(report.baseline.audio.map((w) => w.layouts)))} layouts per 5 s, ` +
            'the floor under every player. Hyperaudio Lite’s page shows the browser’s own `<audio controls>`, whose time display alone lays the page out about 4 times a second.'
          : '',
      ]
        .filter(Boolean)
        .map((note) => `\n\n${note}`)
        .join(''),
  ];
}

function seekingTable(report: BenchReport): string[] {
  if (!report.seeking) return [];
  const count = report.seeking.ours.length;
  const task = (p: number) =>
    seekFigure(report, (samples) =>
      percentile(
        samples.map((sample) => sample.taskMs),
        p,
      ),
    );
  const oursSize = report.ours?.sizes.find((size) => size.episode === BUDGET_EPISODE);
  return [
    `**Seeking in the 10 hours episode** (${count} random far seeks while paused, each followed by 1 s in which its main-thread task time is read):\n\n` +
      sideBySide([
        ['Main-thread time a seek causes, median', task(50), ms],
        ['Main-thread time a seek causes, p95', task(95), ms],
        ['Layouts a seek causes, median', seekFigure(report, (samples) => median(samples.map((sample) => sample.layouts))), int],
      ]) +
      (oursSize
        ? `\n\nOurs alone, the costliest animation frame a seek causes (timed in the page around the player's own updates, with the style and layout they force, ${int(oursSize.seeks.length)} seeks, one a frame): ` +
          `median ${ms(median(worstFrames(oursSize.seeks)))}, p95 ${ms(percentile(worstFrames(oursSize.seeks), 95))}; ` +
          `${int(oursSize.restingSeeks?.length ?? 0)} seeks each followed by half a second at rest, every later frame counted on its own: ` +
          (oursSize.restingSeeks?.length
            ? `median ${ms(median(worstFrames(oursSize.restingSeeks)))}, p95 ${ms(percentile(worstFrames(oursSize.restingSeeks), 95))}. `
            : 'not measured. ') +
          'The goal is the higher p95. The peers have no such hook.'
        : ''),
  ];
}

function bytesTables(report: BenchReport): string[] {
  if (!report.bytes) return [];
  const files = PEERS.concat('ours')
    .slice()
    .sort((a, b) => (a === 'ours' ? -1 : b === 'ours' ? 1 : 0))
    .flatMap((player) =>
      report.bytes![player].map((file) => [PLAYER_NAMES[player], `\`${file.path}\``, file.kind, kb(file.gzip)] as string[]),
    );
  return [
    '**Bytes a page loads before the listener’s first interaction** (3 hours episode; every request answered from navigation until settled, ' +
      'audio excluded: it is fetched in ranges as it plays; gzip level 9 of each whole file):\n\n' +
      sideBySide([
        ['Scripts and styles (the player)', bytesOf(report, ['code']), kb],
        ['Transcript, chapters and episode data', bytesOf(report, ['data']), kb],
        ['The host page itself', bytesOf(report, ['page']), kb],
        ['All of it', bytesOf(report, ['code', 'data', 'page']), kb],
      ]),
    `Each file:\n\n${table(['Player', 'File', 'Kind', 'Gzip'], files)}`,
  ];
}

function bundleTables(report: BenchReport): string[] {
  const { bundle } = report;
  const groups = byGroup(bundle);
  const { ran } = bundle;
  // A module's bytes are kept because they run before the listener does anything, or they
  // are the ones a split into files loaded on use could still take away.
  const ranColumns = ran ? ['Functions called before the first interaction', 'Called, gzip (est.)', 'Blocks run'] : [];
  const share = (part: number, whole: number) => `${((part / whole) * 100).toFixed(0)} %`;
  const ranCells = (module: ModuleBytes) =>
    ran && module.ran
      ? [
          share(module.ran.functions.minified, module.minified),
          kb(module.ran.functions.gzip),
          share(module.ran.blocks.minified, module.minified),
        ]
      : ran
        ? ['–', '–', '–']
        : [];
  const ranLine = ran
    ? `\n\n**What runs before the first interaction** (the ${ran.page} page, from navigation until settled, by Chromium’s block coverage in a load of its own). ` +
      `The functions called: ${int(ran.functions.minified)} of ${int(bundle.minified)} bytes minified (${share(ran.functions.minified, bundle.minified)}), ` +
      `${kb(ran.functions.gzip)} of the file’s gzip by the estimate below, ${kb(ran.functions.gzipAlone)} gzipped alone as one text: ` +
      'what no split of whole functions into files loaded on use could take away. ' +
      `Only the blocks of code that ran (the branches not taken left out): ${int(ran.blocks.minified)} bytes (${share(ran.blocks.minified, bundle.minified)}), ` +
      `${kb(ran.blocks.gzipAlone)} gzipped alone: below that, only smaller code would do.`
    : '';
  return [
    `**Our script-tag build by module** (\`dist/transcript-player.iife.js\`: ${int(bundle.minified)} bytes minified, ${kb(bundle.gzip)} gzip; ` +
      'a module’s gzip is estimated: its own text gzipped alone, scaled so that all modules add up to the file’s real gzip size)' +
      `${ranLine}\n\n` +
      table(
        ['Part', 'Minified', 'Gzip (est.)', 'Share', ...ranColumns],
        groups.map((group) => [
          group.module,
          int(group.minified),
          kb(group.gzip),
          `${((group.gzip / bundle.gzip) * 100).toFixed(1)} %`,
          ...ranCells(group),
        ]),
      ),
    `Every module, largest first:\n\n${table(
      ['Module', 'Part', 'Minified', 'Gzip (est.)', ...ranColumns],
      bundle.modules.map((module) => [`\`${module.module}\``, module.group, int(module.minified), kb(module.gzip), ...ranCells(module)]),
    )}`,
  ];
}

const loadLine = ({ load: [start, end] }: BenchReport) =>
  `1-minute load average: ${start.toFixed(2)} when the run started (other work on the machine skews the figures), ${end.toFixed(2)} when it ended (the bench's own load included).`;

export function markdownSection(report: BenchReport): string {
  const ours = report.ours;
  return [
    `_Generated by \`npm run bench${report.quick ? ' -- --quick' : ''}\` on ${report.date.toISOString().slice(0, 16).replace('T', ' ')} UTC. Do not edit between the markers: the next run replaces it._`,
    '',
    `${report.machine} ${loadLine(report)}`,
    '',
    'Ratios are ours ÷ theirs: below 1× we are faster or smaller.',
    '',
    goalsTable(report),
    '',
    ...[...showTables(report), ...playingTable(report), ...seekingTable(report), ...bytesTables(report), ...bundleTables(report)].flatMap(
      (block) => [block, ''],
    ),
    ...(ours
      ? [
          '**Ours alone, by episode size** (the built script, the transcript handed over as text: see "First render" below):',
          '',
          sizesTable(ours),
          '',
          bundleLines(ours),
          '',
          oursDetailTables(ours),
        ]
      : []),
  ]
    .join('\n')
    .trimEnd();
}

/** For the terminal: the goals and the load. */
export function summary(report: BenchReport): string {
  return [`${report.machine}\n${loadLine(report)}`, '', goalsTable(report)].join('\n');
}
