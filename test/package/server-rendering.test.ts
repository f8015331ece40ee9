// The package in Node, rendered on a server with @lit-labs/ssr as a site's build would: it
// imports without a DOM, renders without touching one, and the player's shadow root comes out
// as declarative shadow DOM holding the transcript lines (hydrating it in a browser is the
// end-to-end case "server rendering"). @lit-labs/ssr is the site's dependency, not ours: the
// built package must not need it. Runs in a child process, so the server's DOM shim stays out
// of this one; needs `npm run build` first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
let site: string;

before(() => {
  assert.ok(existsSync(join(root, 'dist', 'transcript-player.js')), 'dist/transcript-player.js is missing: run `npm run build` first');
  site = mkdtempSync(join(tmpdir(), 'ssr-site-'));
  mkdirSync(join(site, 'node_modules'));
  symlinkSync(root, join(site, 'node_modules', 'podcast-transcript-player'), 'dir');
  // The site's lit is the one the package resolves (one copy, as npm dedupes it).
  symlinkSync(join(root, 'node_modules', 'lit'), join(site, 'node_modules', 'lit'), 'dir');
  writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'site', private: true, type: 'module' }));
});
after(() => rmSync(site, { recursive: true, force: true }));

const ssr = (path: string) => pathToFileURL(join(root, 'node_modules', '@lit-labs', 'ssr', path)).href;

function renderOnServer(template: string, options = ''): { html: string; stderr: string; status: number | null } {
  writeFileSync(
    join(site, 'render.js'),
    `import { render, LitElementRenderer } from ${JSON.stringify(ssr('index.js'))};
import { collectResult } from ${JSON.stringify(ssr('lib/render-result.js'))};
${options}
const { html } = await import('lit');
const { loadStrings } = await import('podcast-transcript-player');
// Languages other than English are loaded on use: a server loads the ones its pages speak first.
await loadStrings('de');
const segments = [
  { start: 0, end: 2, text: 'Hello <b>&amp; welcome</b>.', speaker: 'Ada' },
  { start: 2, end: 4, text: 'Thanks.', speaker: 'Grace' },
  { start: 4, end: 6, text: 'Word by word.', words: [{ start: 4, end: 5, text: 'Word' }, { start: 5, end: 6, text: 'by word.' }] },
];
const chapters = [{ start: 0, end: 3, title: 'Intro', toc: true }, { start: 3, end: 6, title: 'Main', toc: true }];
process.stdout.write(await collectResult(render(${template})));
`,
  );
  const result = spawnSync(process.execPath, ['render.js'], { cwd: site, encoding: 'utf8' });
  return { html: result.stdout, stderr: result.stderr, status: result.status };
}

describe('server rendering with @lit-labs/ssr', () => {
  it('renders a player into declarative shadow DOM with its lines, chapters and controls', () => {
    const { html, stderr, status } = renderOnServer(
      'html`<transcript-player src="/ep.mp3" lang="de" .transcriptData=${segments} .chaptersData=${chapters}></transcript-player>`',
    );
    assert.equal(stderr, '');
    assert.equal(status, 0);
    assert.match(html, /<transcript-player[^>]*><template shadowroot="open" shadowrootmode="open">/);
    const lines = html.match(/part="segment"/g) ?? [];
    assert.equal(lines.length, 3);
    assert.match(html, /Hello &lt;b&gt;&amp;amp; welcome&lt;\/b&gt;\./, 'text from data is text');
    assert.match(html, /part="chapter-heading"[^>]*>(<!--[^>]*-->)*Intro/);
    assert.match(html, /part="play-button"/);
    assert.match(html, /Transkript/, 'in the language of its lang attribute');
  });

  it('renders players that fetch their files (nothing is fetched on the server), and with connectedCallback called', () => {
    for (const options of ['', 'LitElementRenderer.renderOptions.push(() => ({ connectedCallback: true }));']) {
      const { stderr, status, html } = renderOnServer(
        'html`<transcript-player episode="/ep.json"></transcript-player><transcript-player src="/a.mp3" transcript="/a.vtt" chapters="/a.json" preload="metadata" theme="dark" download></transcript-player>`',
        options,
      );
      assert.equal(stderr, '', options);
      assert.equal(status, 0);
      assert.equal((html.match(/shadowrootmode="open"/g) ?? []).length >= 2, true);
    }
  });

  it('is not needed by the built package', () => {
    const files = readdirSync(join(root, 'dist'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.js'));
    const using = files.filter((file) => readFileSync(join(root, 'dist', file), 'utf8').includes('@lit-labs/ssr'));
    assert.deepEqual(using, []);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    assert.ok(!Object.keys(manifest.dependencies).some((name) => name.startsWith('@lit-labs/ssr')));
  });
});
