import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { compileHint } from './scripts/compile-hint.js';
import { serveDistAsBuilt } from './scripts/serve-dist-as-built.js';
import { thirdPartyLicenses } from './scripts/third-party-licenses.js';

// Library builds from one config: `vite build` makes the ESM modules for bundlers
// (Lit and Howler left as dependencies so a site's bundler shares them), and
// `vite build --mode iife` the one file for a <script> tag, and `--mode lazy` the modules it
// imports from beside itself when a player needs them (src/lazy-modules.ts).
export default defineConfig(({ mode }) => {
  if (mode === 'cli') return cli;
  if (mode === 'lazy') return lazy;
  const iife = mode === 'iife';
  return {
    // Answer missing files with 404 like any static host, not with index.html, so the
    // demo's error states show what a real host would do.
    appType: 'mpa',
    // Howler's UMD wrapper calls an AMD `define` when a page has RequireJS, which then
    // throws "Mismatched anonymous define()". The script-tag build never wants that.
    define: iife ? { 'define.amd': 'undefined' } : {},
    // An IIFE cannot be split: the script tag imports the modules it loads on use from beside it.
    resolve: iife ? { alias: [{ find: /^(\.\.?\/)+lazy-modules\.js$/, replacement: source('src/lazy-modules.script-tag.ts') }] } : {},
    // Lit's html`` and css`` templates keep their source indentation unless minified.
    // Bundled packages' licenses go beside the files that contain them (scripts/third-party-licenses.ts).
    plugins: [
      { ...minifyHtmlLiterals({ include: ['src/**/*.ts'], failOnError: true }), apply: 'build' as const },
      thirdPartyLicenses(),
      serveDistAsBuilt(source('.')),
      ...(iife ? [scriptTagTwins(), compileHint()] : []),
    ],
    build: {
      target: 'es2021',
      ...(iife ? { minify: 'terser' as const, terserOptions: { compress: { passes: 2 } } } : {}),
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

/**
 * The script-tag build reads `x.script-tag.ts` wherever the code imports `x.ts`, when there is
 * one beside it: the small part of a module that the file needs at once, which takes the rest
 * from a lazy module once it has come (`src/core/html-entities.script-tag.ts`). A twin may
 * import its original (for types); other builds never see the twins.
 */
function scriptTagTwins(): Plugin {
  return {
    name: 'script-tag-twins',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      if (!importer || !/^\.\.?\//.test(id)) return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      if (!resolved || !resolved.id.endsWith('.ts')) return null;
      const twin = resolved.id.replace(/\.ts$/, '.script-tag.ts');
      return twin !== importer && existsSync(twin) ? twin : null;
    },
  };
}

/**
 * The modules the script-tag build imports on use, read from the table in src/lazy-modules.ts
 * (name: () => import('./path.js')), so that table is the only list: each becomes
 * `transcript-player.<name>.js`, an ES module; code several of them share goes into
 * `transcript-player.shared-*.js` files beside them, which they import themselves.
 */
function lazyEntries(): Record<string, string> {
  const table = readFileSync(source('src/lazy-modules.ts'), 'utf8');
  const entries = Object.fromEntries(
    [...table.matchAll(/^\s*'?([\w-]+)'?: \(\) => import\('\.\/([^']+)\.js'\)/gm)].map(([, name, path]) => [
      `transcript-player.${name}`,
      source(`src/${path}.ts`),
    ]),
  );
  if (Object.keys(entries).length === 0) throw new Error('src/lazy-modules.ts: no lazy modules found');
  return entries;
}

const lazy: UserConfig = {
  plugins: [thirdPartyLicenses()],
  build: {
    target: 'es2021',
    emptyOutDir: false,
    sourcemap: true,
    lib: { entry: lazyEntries(), formats: ['es'] },
    rollupOptions: {
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'transcript-player.shared-[name].js',
        // The languages' common code in one file rather than several small ones.
        advancedChunks: { groups: [{ name: 'i18n', test: /[\\/]src[\\/]i18n[\\/]/, minShareCount: 2 }] },
        // Whitespace too: lib mode keeps ES output readable for bundlers, and these go to browsers as they are.
        minify: true,
      },
    },
  },
};

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
