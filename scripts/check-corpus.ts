/**
 * Parses every file of the shared real-world corpus and prints one row per file.
 * Usage: npx tsx scripts/check-corpus.ts [dir]   (default: ../shared/formats/corpus)
 * Exits 1 when a real transcript or chapters file yields a fatal problem or no items,
 * unless the file is listed in EXPECTED with the reason. The corpus stays outside the
 * repository: its transcripts belong to their publishers.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DescribedProblem as Problem } from '../src/i18n/english.js';
import { parseChapters, parseTranscript } from '../src/core/formats/index.js';

export const DEFAULT_CORPUS = resolve(fileURLToPath(new URL('..', import.meta.url)), '../shared/formats/corpus');

/** Files whose right outcome is not "items and no fatal problem". */
export const EXPECTED: Record<string, { outcome: 'fatal' | 'untimed'; reason: string }> = {
  'chapters/rssblue-empty.json': { outcome: 'fatal', reason: 'valid file with "chapters": [], nothing to show' },
  'transcripts/pc20-namespace-2020-wordlevel-nobody.json': {
    outcome: 'fatal',
    reason: '2020 spec draft: 2,492 timed segments with no body at all, so there is no text to show',
  },
  'transcripts/vtt-edge/mozilla-voice-no-end-gt.vtt': {
    outcome: 'fatal',
    reason:
      "vtt.js's test case, not a publisher's file: its one cue is `<v It's a blue apple tree!` with no `>`, so by the WebVTT spec the tag takes the whole text and browsers show nothing (vtt.js and the peer suites expect no cues)",
  },
  'transcripts/real-overcast/ptc-negative-html-error-page.html': {
    outcome: 'untimed',
    reason: 'a transcript web page with <cite>/<p> but no <time>: shown as untimed text, not refused (no script/nav/form)',
  },
};

export interface Row {
  file: string;
  kind: 'transcript' | 'chapters';
  format: string;
  items: number;
  problems: Problem[];
  fatal: boolean;
  ok: boolean;
  note: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

export function checkCorpus(dir: string): Row[] {
  return listFiles(dir)
    .map((path) => relative(dir, path).split('\\').join('/'))
    .filter((file) => /^(?:chapters|psc|transcripts)\//.test(file))
    .map((file) => {
      const kind = file.startsWith('transcripts/') ? 'transcript' : 'chapters';
      const text = readFileSync(join(dir, file), 'utf8');
      const url = `https://example.com/corpus/${file}`;
      const result = kind === 'transcript' ? parseTranscript(text, { url }) : parseChapters(text, { url });
      const fatal = result.problems.some((problem) => problem.fatal);
      const expected = EXPECTED[file];
      const ok =
        expected?.outcome === 'fatal'
          ? fatal && result.items.length === 0
          : expected?.outcome === 'untimed'
            ? !fatal && result.items.length > 0 && 'untimed' in result && result.untimed === true
            : !fatal && result.items.length > 0;
      return {
        file,
        kind,
        format: result.format ?? '-',
        items: result.items.length,
        problems: result.problems,
        fatal,
        ok,
        note: expected ? `expected ${expected.outcome}: ${expected.reason}` : '',
      };
    });
}

export function formatRows(rows: Row[]): string {
  const table = [
    ['file', 'format', 'items', 'problems (first)', 'fatal', 'result'],
    ...rows.map((row) => {
      const first = row.problems[0];
      const problem = first ? `${row.problems.length} (${first.where}: ${first.message})` : '0';
      return [
        row.file,
        row.format,
        String(row.items),
        problem.length > 90 ? `${problem.slice(0, 87)}...` : problem,
        row.fatal ? 'yes' : 'no',
        row.ok ? (row.note ? 'ok (expected)' : 'ok') : 'FAIL',
      ];
    }),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
  return table
    .map((cells) =>
      cells
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join(' | ')
        .trimEnd(),
    )
    .join('\n');
}

function main(): void {
  const dir = resolve(process.argv[2] ?? DEFAULT_CORPUS);
  if (!existsSync(dir)) {
    console.log(`corpus not found at ${dir}, skipped`);
    return;
  }
  const rows = checkCorpus(dir);
  console.log(formatRows(rows));
  const failed = rows.filter((row) => !row.ok);
  for (const row of rows.filter((r) => r.note)) console.log(`note: ${row.file}: ${row.note}`);
  console.log(`\n${rows.length} files, ${rows.length - failed.length} as expected, ${failed.length} failed`);
  if (failed.length > 0) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
