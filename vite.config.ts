import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { serveDistAsBuilt } from './scripts/serve-dist-as-built.js';
import { thirdPartyLicenses } from './scripts/third-party-licenses.js';

// Library builds from one config: `vite build` makes the ESM modules for bundlers
// (Lit and Howler left as dependencies so a site's bundler shares them), and
// `vite build --mode iife` the one self-contained file for a <script> tag, with the code
// only some pages need beside it (`--mode feed-reader`, `--mode id3-reader`).
export default defineConfig(({ mode }) => {
  if (mode === 'cli') return cli;
  if (mode in READERS) return reader(READERS[mode as keyof typeof READERS]);
  const iife = mode === 'iife';
  return {
    // Answer missing files with 404 like any static host, not with index.html, so the
    // demo's error states show what a real host would do.
    appType: 'mpa',
    // Howler's UMD wrapper calls an AMD `define` when a page has RequireJS, which then
    // throws "Mismatched anonymous define()". The script-tag build never wants that.
    define: iife ? { 'define.amd': 'undefined' } : {},
    // An IIFE cannot be split: the script tag imports the feed and ID3 readers from beside it.
    resolve: iife ? { alias: [{ find: /^\.\/lazy-modules\.js$/, replacement: source('src/components/lazy-modules.script-tag.ts') }] } : {},
    // Lit's html`` and css`` templates keep their source indentation unless minified.
    // Bundled packages' licenses go beside the files that contain them (scripts/third-party-licenses.ts).
    plugins: [
      { ...minifyHtmlLiterals({ include: ['src/**/*.ts'], failOnError: true }), apply: 'build' as const },
      thirdPartyLicenses(),
      serveDistAsBuilt(source('.')),
    ],
    build: {
      target: 'es2021',
      emptyOutDir: !iife,
      sourcemap: true,
      lib: iife
        ? { entry: 'src/embed.ts', name: 'TranscriptPlayer', formats: ['iife'], fileName: () => 'transcript-player.iife.js' }
        : // The main entry keeps its published name; `core` is the element-free subpath,
          // `react` the React component (`podcast-transcript-player/react`).
          { entry: { 'transcript-player': 'src/index.ts', 'core/index': 'src/core/index.ts', react: 'src/react.ts' }, formats: ['es'] },
      rollupOptions: iife
        ? {}
        : {
            // @lit/react (1.5 KB) is bundled into react.js rather than depended on: as a
            // dependency it would bring its required peer @types/react into every project,
            // React or not. React itself is the site's (an optional peer dependency).
            external: [/^lit($|\/)/, /^@lit\/(?!react($|\/))/, /^howler($|\/)/, /^react($|\/)/],
            // One output file per source module, so a bundler that imports one export pulls
            // in only the modules behind it (`podcast-transcript-player/core` gets the parsers).
            // A module from node_modules (@lit/react) goes to vendor/ (npm never packs a
            // folder named node_modules), with its @license header kept.
            output: {
              preserveModules: true,
              preserveModulesRoot: 'src',
              comments: { legal: true },
              entryFileNames: (chunk) => `${chunk.name.replace(/^node_modules\//, 'vendor/')}.js`,
            },
          },
    },
  };
});

const source = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The readers the script-tag build loads on demand, each one self-contained ES module in dist/. */
const READERS = {
  'feed-reader': { entry: 'src/data/load-feed-manifest.ts', file: 'transcript-player.feed.js' },
  'id3-reader': { entry: 'src/data/load-embedded-chapters.ts', file: 'transcript-player.id3.js' },
};

function reader({ entry, file }: { entry: string; file: string }): UserConfig {
  return {
    build: {
      target: 'es2021',
      emptyOutDir: false,
      sourcemap: true,
      lib: { entry, formats: ['es'], fileName: () => file },
      // Whitespace too: lib mode keeps ES output readable for bundlers, and these go to browsers as they are.
      rollupOptions: { output: { minify: true } },
    },
  };
}

// `vite build --mode cli`: the command line (`npx podcast-transcript-player …`) as one Node ESM file
// in dist/cli/, from the same core code as the element; Node's own modules stay imports.
const cli: UserConfig = {
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: false,
    target: 'node20',
    sourcemap: false,
    rollupOptions: {
      output: { format: 'es', entryFileNames: 'transcript-player.js', banner: '#!/usr/bin/env node' },
    },
  },
  ssr: { noExternal: true },
};
