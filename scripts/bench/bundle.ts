/**
 * What the script-tag build is made of: every byte of `dist/transcript-player.iife.js`
 * attributed to the source module its source map says it came from (the build writes the
 * map beside the file). Bytes no mapping covers (the bundler's wrapper, helpers it adds)
 * count as "bundler glue".
 *
 * Gzip has no per-module size: it compresses the file as a whole, and a module's text
 * compresses better next to similar text. So each module's gzip figure is an estimate: the
 * module's own text gzipped alone, scaled so that all modules together add up to the file's
 * real gzip size.
 *
 * Given which characters of the file ran (Chromium's coverage of a page load, until it
 * settled and before any interaction), each module also says how much of it ran then, in
 * two ways: the functions that were called, whole (what a split of whole functions into
 * files loaded on use could not take away), and only the blocks of code that ran (skipped
 * branches left out: what no split could, the code that only smaller code would save).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface ModuleBytes {
  /** Source path relative to the repository (`src/core/time.ts`, `node_modules/howler/…`). */
  module: string;
  /** What it belongs to: Lit, Howler, or one of our folders. */
  group: string;
  minified: number;
  gzip: number;
  /** What of it ran before the first interaction, when that was measured. */
  ran?: Record<Ran, Size>;
}

/** The functions called, whole; or only the blocks of code that ran. */
export type Ran = 'functions' | 'blocks';
type Size = { minified: number; gzip: number };

export interface BundleReport {
  file: string;
  minified: number;
  gzip: number;
  modules: ModuleBytes[];
  /**
   * What of the file ran before the first interaction: its bytes, their gzip estimated as
   * the modules' are, and all of them gzipped alone as one text.
   */
  ran?: { page: string } & Record<Ran, Size & { gzipAlone: number }>;
}

/** Which characters of the file ran (1) and which did not (0), each way, and on what page. */
export type RanBeforeInteraction = { page: string } & Record<Ran, Uint8Array>;

const RAN: Ran[] = ['functions', 'blocks'];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The fields of one source-map segment (Base64 VLQ), relative as the format stores them. */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) throw new Error(`not a source-map character: ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

export function groupOf(module: string): string {
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(module)) return 'Lit';
  if (module.includes('node_modules/howler/')) return 'Howler';
  const folder = /^src\/(core\/formats|[^/]+)\//.exec(module);
  if (folder) return `src/${folder[1]}/`;
  if (module.startsWith('src/')) return 'src/ (entry)';
  return module;
}

const GLUE = '(bundler glue)';

export function analyseBundle(file: string, coverage?: RanBeforeInteraction): BundleReport {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const sources = map.sources.map((source) => source.replace(/^(\.\.\/)+/, ''));
  // Each module's pieces of the file, as [from, to) character offsets.
  const pieces = new Map<string, [number, number][]>();
  const add = (module: string, from: number, to: number) => {
    if (to <= from) return;
    const list = pieces.get(module) ?? [];
    list.push([from, to]);
    pieces.set(module, list);
  };

  const lines = code.split('\n');
  const mappedLines = map.mappings.split(';');
  let sourceIndex = 0;
  let lineStart = 0;
  lines.forEach((line, lineNumber) => {
    const mapped = mappedLines[lineNumber] ?? '';
    let column = 0;
    let from = 0;
    let owner = GLUE;
    for (const segment of mapped.split(',')) {
      if (segment === '') continue;
      const fields = decodeSegment(segment);
      column += fields[0]!;
      add(owner, lineStart + from, lineStart + column);
      from = column;
      if (fields.length >= 4) {
        sourceIndex += fields[1]!;
        owner = sources[sourceIndex] ?? GLUE;
      } else {
        owner = GLUE;
      }
    }
    const end = line.length + (lineNumber < lines.length - 1 ? 1 : 0);
    add(owner, lineStart + from, lineStart + end);
    lineStart += end;
  });

  const textOf = (spans: [number, number][], keep?: Uint8Array) => {
    const parts: string[] = [];
    for (const [from, to] of spans) {
      if (!keep) {
        parts.push(code.slice(from, to));
        continue;
      }
      // The runs of characters that ran, within this piece.
      let at = from;
      while (at < to) {
        while (at < to && !keep[at]) at++;
        const start = at;
        while (at < to && keep[at]) at++;
        if (at > start) parts.push(code.slice(start, at));
      }
    }
    return parts.join('');
  };
  const gzipOf = (text: string) => (text === '' ? 0 : gzipSync(text, { level: 9 }).length);

  const fileGzip = gzipOf(code);
  const sizeOf = (text: string) => ({ minified: Buffer.byteLength(text), gzipAlone: gzipOf(text) });
  const alone = [...pieces].map(([module, spans]) => ({
    module,
    ...sizeOf(textOf(spans)),
    ...(coverage ? { ran: { functions: sizeOf(textOf(spans, coverage.functions)), blocks: sizeOf(textOf(spans, coverage.blocks)) } } : {}),
  }));
  const sumAlone = alone.reduce((sum, module) => sum + module.gzipAlone, 0);
  // What ran is scaled as the whole is, so that a module's figures compare.
  const scale = fileGzip / sumAlone;
  const scaled = ({ minified, gzipAlone }: { minified: number; gzipAlone: number }) => ({ minified, gzip: gzipAlone * scale });
  const modules: ModuleBytes[] = alone
    .map(({ module, minified, gzipAlone, ran }) => ({
      module,
      group: module === GLUE ? GLUE : groupOf(module),
      minified,
      gzip: gzipAlone * scale,
      ...(ran ? { ran: { functions: scaled(ran.functions), blocks: scaled(ran.blocks) } } : {}),
    }))
    .sort((a, b) => b.gzip - a.gzip);
  const total = modules.reduce((sum, module) => sum + module.minified, 0);
  if (total !== Buffer.byteLength(code)) throw new Error(`bundle analysis: attributed ${total} bytes of ${Buffer.byteLength(code)}`);
  const report: BundleReport = { file, minified: total, gzip: fileGzip, modules };
  if (coverage) {
    const whole = (way: Ran) => {
      const text = textOf([[0, code.length]], coverage[way]);
      return {
        minified: Buffer.byteLength(text),
        gzip: modules.reduce((sum, module) => sum + (module.ran?.[way].gzip ?? 0), 0),
        gzipAlone: gzipOf(text),
      };
    };
    report.ran = { page: coverage.page, functions: whole('functions'), blocks: whole('blocks') };
  }
  return report;
}

/**
 * Which characters of a script ran, from Chromium's precise coverage of it
 * (`Profiler.takePreciseCoverage`, block-level), each way. A function's ranges nest: the
 * first is the whole function, those after it its blocks that ran a different number of
 * times (none, for code skipped). Painted outer first, inner over it, every range says what
 * it covers; `functions` paints each function's first range only.
 */
export function ranFromCoverage(
  length: number,
  functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[],
  page: string,
): RanBeforeInteraction {
  const paint = (ranges: { startOffset: number; endOffset: number; count: number }[]) => {
    const ran = new Uint8Array(length);
    ranges.sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
    for (const range of ranges) ran.fill(range.count > 0 ? 1 : 0, range.startOffset, Math.min(range.endOffset, length));
    return ran;
  };
  return {
    page,
    functions: paint(functions.flatMap((fn) => fn.ranges.slice(0, 1))),
    blocks: paint(functions.flatMap((fn) => fn.ranges)),
  };
}

/** The modules added up by group, largest first. */
export function byGroup(report: BundleReport): ModuleBytes[] {
  const groups = new Map<string, ModuleBytes>();
  for (const module of report.modules) {
    const group = groups.get(module.group) ?? { module: module.group, group: module.group, minified: 0, gzip: 0 };
    group.minified += module.minified;
    group.gzip += module.gzip;
    if (module.ran) {
      group.ran ??= { functions: { minified: 0, gzip: 0 }, blocks: { minified: 0, gzip: 0 } };
      for (const way of RAN) {
        group.ran[way].minified += module.ran[way].minified;
        group.ran[way].gzip += module.ran[way].gzip;
      }
    }
    groups.set(module.group, group);
  }
  return [...groups.values()].sort((a, b) => b.gzip - a.gzip);
}
