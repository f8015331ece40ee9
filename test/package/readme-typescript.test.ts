// The TypeScript in README.md is what users copy: every ```ts and ```tsx block must compile
// against the package's public types, as a consumer's project would see them. The test
// emits the declarations from src/ (as `npm run build` does for dist/types), with the
// framework typings made from the committed custom-elements.json (as the build makes
// dist/types/frameworks/), maps the package's name and subpaths to them, and type-checks
// every block as a module of one strict project, so a block that declares types serves the
// blocks that use them, as in a real app. A block whose info string says `no-check`
// (```ts no-check) is left out: keep those rare.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ts from 'typescript';
import { frameworkTypeFiles } from '../../scripts/framework-types.mjs';

const root = join(import.meta.dirname, '..', '..');

interface CodeBlock {
  /** `ts` or `tsx`. */
  language: string;
  /** Line in README.md of the block's first code line (1-based). */
  line: number;
  code: string;
}

/** The ```ts and ```tsx blocks of a Markdown text, without those marked `no-check`. */
function typeScriptBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(\s*)(`{3,}|~{3,})\s*(\S*)\s*(.*)$/.exec(lines[i]!);
    if (!fence) continue;
    const [, indent, marker, language, rest] = fence;
    const end = lines.findIndex((line, j) => j > i && line.trimStart().startsWith(marker!) && line.trim() === marker);
    const close = end < 0 ? lines.length : end;
    if ((language === 'ts' || language === 'tsx') && !/\bno-check\b/.test(rest!)) {
      const code = lines
        .slice(i + 1, close)
        .map((line) => (line.startsWith(indent!) ? line.slice(indent!.length) : line))
        .join('\n');
      blocks.push({ language: language, line: i + 2, code });
    }
    i = close;
  }
  return blocks;
}

let work: string;

before(() => {
  // Inside the checkout, so the declarations and the blocks resolve `lit` and `react` from
  // its node_modules like a consumer's project resolves them from its own.
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  work = mkdtempSync(join(cache, 'readme-typescript-'));
});
after(() => rmSync(work, { recursive: true, force: true }));

function emitDeclarations(outDir: string): void {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.build.json'),
    { outDir, declarationMap: false },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => assert.fail(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
    },
  );
  assert.ok(config);
  const result = ts.createProgram(config.fileNames, config.options).emit(undefined, undefined, undefined, true);
  assert.deepEqual(result.diagnostics.map(formatDiagnostic), [], 'the declarations emit cleanly');
}

function formatDiagnostic(diagnostic: ts.Diagnostic): string {
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (!diagnostic.file || diagnostic.start === undefined) return text;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${diagnostic.file.fileName}:${line + 1}:${character + 1}: ${text}`;
}

/** A consumer's strict project, with `transcript-player` resolving to the declarations in `types`. */
function consumerOptions(types: string): ts.CompilerOptions {
  return {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    moduleDetection: ts.ModuleDetectionKind.Force,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    jsx: ts.JsxEmit.ReactJSX,
    types: [],
    noEmit: true,
    paths: {
      'podcast-transcript-player': [join(types, 'index.d.ts')],
      'podcast-transcript-player/core': [join(types, 'core', 'index.d.ts')],
      'podcast-transcript-player/react': [join(types, 'frameworks', 'react.d.ts')],
      'podcast-transcript-player/vue': [join(types, 'frameworks', 'vue.d.ts')],
      'podcast-transcript-player/svelte': [join(types, 'frameworks', 'svelte.d.ts')],
    },
  };
}

describe('README.md TypeScript', () => {
  it('finds the blocks it checks', () => {
    assert.deepEqual(typeScriptBlocks('a\n```ts\nlet a = 1;\n```\n```tsx no-check\n<x/>\n```\n  ```tsx\n  <y/>\n  ```\n```js\nb\n```\n'), [
      { language: 'ts', line: 3, code: 'let a = 1;' },
      { language: 'tsx', line: 9, code: '<y/>' },
    ]);
  });

  it('compiles every ts and tsx block against the package types', () => {
    const types = join(work, 'types');
    emitDeclarations(types);
    const frameworks = join(types, 'frameworks');
    mkdirSync(frameworks);
    const manifest: unknown = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    for (const [name, text] of Object.entries(frameworkTypeFiles(manifest))) writeFileSync(join(frameworks, name), text);
    const blocks = typeScriptBlocks(readFileSync(join(root, 'README.md'), 'utf8'));
    assert.ok(blocks.length >= 3, `README has its TypeScript examples (found ${blocks.length})`);
    const files = blocks.map((block, index) => {
      const file = join(work, `block-${index + 1}.${block.language}`);
      writeFileSync(file, block.code);
      return { file, block };
    });
    const program = ts.createProgram(
      files.map(({ file }) => file),
      consumerOptions(types),
    );
    const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const from = files.find(({ file }) => diagnostic.file?.fileName === file);
      if (!from || diagnostic.start === undefined) return formatDiagnostic(diagnostic);
      const { line, character } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start);
      return `README.md:${from.block.line + line}:${character + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
    assert.deepEqual(errors, []);
  });
});
