import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type UserConfig } from 'vite';

// Two library builds from one config: `vite build` makes the ESM modules for bundlers
// (Lit and Howler left as dependencies so a site's bundler shares them), and
// `vite build --mode iife` the one self-contained file for a <script> tag.
export default defineConfig(({ mode }) => {
  if (mode === 'cli') return cli;
  const iife = mode === 'iife';
  return {
    // Answer missing files with 404 like any static host, not with index.html, so the
    // demo's error states show what a real host would do.
    appType: 'mpa',
    // Howler's UMD wrapper calls an AMD `define` when a page has RequireJS, which then
    // throws "Mismatched anonymous define()". The script-tag build never wants that.
    define: iife ? { 'define.amd': 'undefined' } : {},
    // Lit's html`` and css`` templates keep their source indentation unless minified.
    plugins: [{ ...minifyHtmlLiterals({ include: ['src/**/*.ts'], failOnError: true }), apply: 'build' as const }],
    build: {
      target: 'es2021',
      emptyOutDir: !iife,
      sourcemap: true,
      lib: iife
        ? { entry: 'src/embed.ts', name: 'TranscriptPlayer', formats: ['iife'], fileName: () => 'transcript-player.iife.js' }
        : // The main entry keeps its published name; `core` is the element-free subpath.
          { entry: { 'transcript-player': 'src/index.ts', 'core/index': 'src/core/index.ts' }, formats: ['es'] },
      rollupOptions: iife
        ? {}
        : {
            external: [/^lit($|\/)/, /^@lit\//, /^howler($|\/)/],
            // One output file per source module, so a bundler that imports one export pulls
            // in only the modules behind it (`transcript-player/core` gets the parsers).
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
    },
  };
});

// `vite build --mode cli`: the command line (`npx transcript-player …`) as one Node ESM file
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
