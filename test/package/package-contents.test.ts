// What `npm publish` would upload: the built files, their types and source maps, the
// manifest, README, LICENSE and CHANGELOG, and nothing of the repository's own (sources,
// tests, fixtures, demo, scripts). Every file package.json names is in it, every import in
// it is a dependency, and `npm publish --dry-run` has nothing to correct or warn about.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pack, root, type Packed } from './packed.js';

interface PackageJson {
  main: string;
  module: string;
  types: string;
  customElements: string;
  bin: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
  dependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
/** The files at the package's root; everything else is under dist/. */
const ROOT_FILES = ['CHANGELOG.md', 'LICENSE', 'README.md', 'custom-elements.json', 'package.json'];

let folder: string;
let packed: Packed;

before(() => {
  folder = mkdtempSync(join(tmpdir(), 'packed-'));
  packed = pack(folder);
});
after(() => rmSync(folder, { recursive: true, force: true }));

function packedText(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

/** The package names a module imports (bare specifiers only, `node:` ones as `node:`). */
function importedPackages(code: string): string[] {
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map(([, specifier]) => specifier!);
  return specifiers
    .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/'))
    .map((specifier) =>
      specifier.startsWith('node:')
        ? 'node:'
        : specifier
            .split('/')
            .slice(0, specifier.startsWith('@') ? 2 : 1)
            .join('/'),
    );
}

/** Whether a packed file has code from node_modules in it: its map's sources say so, or (no map) its region comments. */
function bundlesPackages(path: string): boolean {
  if (!packed.files.includes(`${path}.map`)) return /^\/\/ node_modules\//m.test(packedText(path));
  const map = JSON.parse(packedText(`${path}.map`)) as { sources: string[] };
  return map.sources.some((source) => source.includes('node_modules/'));
}

describe('npm pack', () => {
  it('holds the root files and dist/, and nothing else', () => {
    const outside = packed.files.filter((path) => !path.startsWith('dist/') && !ROOT_FILES.includes(path));
    assert.deepEqual(outside, []);
    for (const file of ROOT_FILES) assert.ok(packed.files.includes(file), `${file} is packed`);
    const repositoryOnly = packed.files.filter((path) =>
      /(^|\/)(src|test|tests|fixtures|demo|scripts|node_modules|coverage)\/|\.test\.|\.tsbuildinfo$/.test(path.replace(/^dist\//, '')),
    );
    assert.deepEqual(repositoryOnly, []);
  });

  it('holds every file package.json points to', () => {
    const targets = [
      manifest.main,
      manifest.module,
      manifest.types,
      manifest.customElements,
      ...Object.values(manifest.bin),
      ...Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
    ].map((path) => path.replace(/^\.\//, ''));
    assert.deepEqual(
      targets.filter((path) => !packed.files.includes(path)),
      [],
    );
  });

  it('holds the element, its types, the React component and the framework declarations', () => {
    const expected = [
      'dist/transcript-player.js',
      'dist/transcript-player.iife.js',
      'dist/transcript-player.iife.js.LICENSE.txt',
      'dist/core/index.js',
      'dist/react.js',
      'dist/cli/transcript-player.js',
      'dist/types/index.d.ts',
      'dist/types/core/index.d.ts',
      'dist/types/react.d.ts',
      'dist/types/frameworks/elements.d.ts',
      'dist/types/frameworks/react.d.ts',
      'dist/types/frameworks/vue.d.ts',
      'dist/types/frameworks/svelte.d.ts',
    ];
    assert.deepEqual(
      expected.filter((path) => !packed.files.includes(path)),
      [],
    );
  });

  it('imports only its dependencies, its peer dependency React, and Node built-ins', () => {
    const allowed = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies ?? {}), 'node:']);
    const unlisted = packed.files
      .filter((path) => path.endsWith('.js'))
      .flatMap((path) => importedPackages(packedText(path)).map((name) => ({ path, name })))
      .filter(({ name }) => !allowed.has(name) && !builtinModules.includes(name));
    assert.deepEqual(unlisted, []);
  });

  it('keeps the licenses of the code it bundles beside it', () => {
    // Packages bundled into a file (Lit in the script-tag build, howler.js in the file it loads on use, @lit/react
    // in dist/vendor/) are listed in `<file>.LICENSE.txt`, which the file's first line names.
    const bundling = packed.files.filter((path) => path.endsWith('.js') && bundlesPackages(path));
    assert.ok(bundling.includes('dist/transcript-player.iife.js'), 'the script-tag build is found to bundle packages');
    for (const path of bundling) {
      assert.ok(packed.files.includes(`${path}.LICENSE.txt`), `${path}.LICENSE.txt is packed`);
      // First, or second after the script-tag file's compile hint (below).
      assert.match(
        packedText(path),
        /^(\/\/# allFunctionsCalledOnLoad\n)?\/\*! For license information please see [^ ]+\.LICENSE\.txt \*\//,
        `${path} names its license file`,
      );
    }
    const iife = packedText('dist/transcript-player.iife.js.LICENSE.txt');
    for (const name of ['transcript-player: MIT', 'lit-html'])
      assert.ok(iife.includes(name), `the script-tag build's licenses name ${name}`);
    // howler.js is loaded on use, from its own file beside the script.
    assert.ok(packedText('dist/transcript-player.howler.js.LICENSE.txt').includes('howler'), "the howler file's licenses name howler");
  });

  it("starts the script-tag file with Chromium's compile hint, and its source map counts the banner", () => {
    // Most of the file runs at load; the hint has it compiled while it streams in, off the
    // main thread (scripts/compile-hint.ts). A banner the map did not count would point every
    // stack frame and breakpoint one line off.
    const code = packedText('dist/transcript-player.iife.js');
    assert.equal(code.split('\n')[0], '//# allFunctionsCalledOnLoad');
    // The two banner lines map to nothing, and the code's first line to its sources.
    const { mappings } = JSON.parse(packedText('dist/transcript-player.iife.js.map')) as { mappings: string };
    assert.equal(code.split('\n')[1]?.startsWith('/*! For license information'), true);
    assert.match(mappings, /^;;[^;]/, 'the map skips exactly the two banner lines');
  });

  it('ships source maps that carry their sources (src/ is not published)', () => {
    // Kept because a bundler user's stack traces and breakpoints then land in the
    // TypeScript source; they are read only by developer tools, never by a listener's page.
    const maps = packed.files.filter((path) => path.endsWith('.map'));
    assert.ok(maps.length > 0);
    for (const path of maps) {
      const map = JSON.parse(packedText(path)) as { sources: string[]; sourcesContent?: (string | null)[] };
      assert.ok(packed.files.includes(path.replace(/\.map$/, '')), `${path} maps a packed file`);
      assert.equal(
        map.sourcesContent?.filter((content) => typeof content === 'string').length,
        map.sources.length,
        `${path} carries its sources`,
      );
    }
  });
});

describe('npm publish --dry-run', () => {
  it('has nothing to correct or warn about in package.json', () => {
    // A registry on a closed local port: the dry run checks the package without the
    // network, and the one warning it then gives is that nobody is logged in to it.
    const run = spawnSync(
      'npm',
      ['publish', '--dry-run', '--ignore-scripts', '--registry', 'http://127.0.0.1:9/', '--fetch-retries', '0'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, npm_config_update_notifier: 'false' },
      },
    );
    assert.equal(run.status, 0, run.stderr);
    const warnings = run.stderr.split('\n').filter((line) => line.startsWith('npm warn') && !/requires you to be logged in/.test(line));
    assert.deepEqual(warnings, []);
  });
});
