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
}

export interface BundleReport {
  file: string;
  minified: number;
  gzip: number;
  modules: ModuleBytes[];
}

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

export function analyseBundle(file: string): BundleReport {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const sources = map.sources.map((source) => source.replace(/^(\.\.\/)+/, ''));
  const pieces = new Map<string, string[]>();
  const add = (module: string, text: string) => {
    if (text === '') return;
    const list = pieces.get(module) ?? [];
    list.push(text);
    pieces.set(module, list);
  };

  const lines = code.split('\n');
  const mappedLines = map.mappings.split(';');
  let sourceIndex = 0;
  lines.forEach((line, lineNumber) => {
    const mapped = mappedLines[lineNumber] ?? '';
    let column = 0;
    let from = 0;
    let owner = GLUE;
    for (const segment of mapped.split(',')) {
      if (segment === '') continue;
      const fields = decodeSegment(segment);
      column += fields[0]!;
      add(owner, line.slice(from, column));
      from = column;
      if (fields.length >= 4) {
        sourceIndex += fields[1]!;
        owner = sources[sourceIndex] ?? GLUE;
      } else {
        owner = GLUE;
      }
    }
    add(owner, line.slice(from) + (lineNumber < lines.length - 1 ? '\n' : ''));
  });

  const fileGzip = gzipSync(code, { level: 9 }).length;
  const alone = [...pieces].map(([module, texts]) => {
    const text = texts.join('');
    return { module, minified: Buffer.byteLength(text), gzipAlone: gzipSync(text, { level: 9 }).length };
  });
  const sumAlone = alone.reduce((sum, module) => sum + module.gzipAlone, 0);
  const modules = alone
    .map(({ module, minified, gzipAlone }) => ({
      module,
      group: module === GLUE ? GLUE : groupOf(module),
      minified,
      gzip: (gzipAlone / sumAlone) * fileGzip,
    }))
    .sort((a, b) => b.gzip - a.gzip);
  const total = modules.reduce((sum, module) => sum + module.minified, 0);
  if (total !== Buffer.byteLength(code)) throw new Error(`bundle analysis: attributed ${total} bytes of ${Buffer.byteLength(code)}`);
  return { file, minified: total, gzip: fileGzip, modules };
}

/** The modules added up by group, largest first. */
export function byGroup(report: BundleReport): ModuleBytes[] {
  const groups = new Map<string, ModuleBytes>();
  for (const module of report.modules) {
    const group = groups.get(module.group) ?? { module: module.group, group: module.group, minified: 0, gzip: 0 };
    group.minified += module.minified;
    group.gzip += module.gzip;
    groups.set(module.group, group);
  }
  return [...groups.values()].sort((a, b) => b.gzip - a.gzip);
}
