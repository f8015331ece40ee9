// `podcast-transcript-player/core` is the parsers without the element: it loads in Node, where
// there is no DOM, and a bundler that imports it gets neither the element nor Lit nor
// Howler. Runs on the built package (`npm run build` first), through its `exports`, as a
// consumer's project reaches it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

const root = join(import.meta.dirname, '..', '..');
const VTT = 'WEBVTT\n\n00:00.000 --> 00:02.000\n<v Ana>Hello there.\n\n00:02.000 --> 00:04.500\n<v Ben>Hi, Ana.\n';

let consumer: string;

before(() => {
  assert.ok(existsSync(join(root, 'dist', 'core', 'index.js')), 'dist/core/index.js is missing: run `npm run build` first');
  // A project that depends on the package, as `npm install` would leave it (a link to this checkout).
  consumer = mkdtempSync(join(tmpdir(), 'core-consumer-'));
  mkdirSync(join(consumer, 'node_modules'));
  symlinkSync(root, join(consumer, 'node_modules', 'podcast-transcript-player'), 'dir');
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
});
after(() => rmSync(consumer, { recursive: true, force: true }));

/** Bundles `code` as the consumer's only module, minified, and returns the output. */
async function bundle(code: string): Promise<string> {
  writeFileSync(join(consumer, 'main.js'), code);
  const result = await build({
    root: consumer,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2021',
      lib: { entry: join(consumer, 'main.js'), formats: ['es'], fileName: 'main' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs
    .flatMap((output) => output.output)
    .map((file) => (file.type === 'chunk' ? file.code : ''))
    .join('\n');
}

/** What shows that the element, Lit or Howler came along. */
function elementTraces(code: string): string[] {
  const traces = {
    'customElements.define': /customElements\.define/,
    Lit: /litHtmlVersions|litElementVersions|reactiveElementVersions/,
    Howler: /HowlerGlobal|howler\.js|\._howls\b/,
  };
  return Object.entries(traces)
    .filter(([, pattern]) => pattern.test(code))
    .map(([name]) => name);
}

describe('transcript-player/core', () => {
  it('loads in Node, with no DOM, and reads a transcript', () => {
    const script = `
      const core = await import('podcast-transcript-player/core');
      const { items, problems } = core.parseTranscript(${JSON.stringify(VTT)});
      const segments = core.normaliseSegments(items);
      console.log(JSON.stringify({
        exports: Object.keys(core).sort(),
        lines: segments.map((segment) => [segment.speaker, segment.text]),
        spokenAt3: new core.CueIndex(segments).activeAt(3),
        problems: problems.length,
        dom: typeof customElements !== 'undefined' || typeof HTMLElement !== 'undefined',
        howler: 'Howler' in globalThis,
      }));`;
    // A plain Node process (no test loader), in the consumer's folder.
    const run = spawnSync(process.execPath, ['--input-type=module', '--eval', script], { cwd: consumer, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const seen = JSON.parse(run.stdout) as Record<string, unknown>;
    assert.deepEqual(seen, {
      exports: [
        'ChapterIndex',
        'CueIndex',
        'MAX_FILE_CHARS',
        'describeMessage',
        'describeProblem',
        'detectChaptersFormat',
        'detectTranscriptFormat',
        'en',
        'formatIsoDuration',
        'formatTime',
        'formatTimestamp',
        'normaliseChapters',
        'normaliseSegments',
        'parseChapters',
        'parseTime',
        'parseTranscript',
      ],
      lines: [
        ['Ana', 'Hello there.'],
        ['Ben', 'Hi, Ana.'],
      ],
      spokenAt3: 1,
      problems: 0,
      dom: false,
      howler: false,
    });
  });

  it('bundles without the element, Lit or Howler', async (t) => {
    const code = await bundle(
      `import { parseTranscript } from 'podcast-transcript-player/core';\nconsole.log(parseTranscript(document.body.textContent ?? '').items.length);\n`,
    );
    assert.match(code, /WEBVTT/, 'the parsers are in the bundle');
    assert.deepEqual(elementTraces(code), []);
    t.diagnostic(
      `a consumer importing parseTranscript from podcast-transcript-player/core: ${code.length} bytes, ${gzipSync(code, { level: 9 }).length} bytes gzip`,
    );
  });

  it('(the check above finds the element where it is)', async (t) => {
    const code = await bundle(`import 'podcast-transcript-player';\n`);
    assert.deepEqual(elementTraces(code), ['customElements.define', 'Lit', 'Howler']);
    t.diagnostic(`a consumer importing transcript-player: ${gzipSync(code, { level: 9 }).length} bytes gzip`);
  });
});
