// Small React, Vue and Svelte projects compiled against the packed tarball, installed as a
// site installs it: `<transcript-player>` and the `podcast-transcript-player/react` component
// type-check with every attribute, property and event the manifest lists (the usage is
// generated from the packed custom-elements.json, so a new attribute is tried the day it
// is added), hand-written misuses fail with the expected errors (a wrong value, a wrong
// event name, a read-only property, a detail field that does not exist), and the React
// component renders to a string in Node.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ts from 'typescript';
import { installInto, pack, root } from './packed.js';

/** The frameworks and compilers, linked from this checkout's devDependencies instead of fetched. */
const LINKED = ['react', 'react-dom', '@types/react', '@types/react-dom', 'typescript', 'vue', 'svelte'];

interface Described {
  name: string;
  type?: { text: string };
  readonly?: boolean;
  kind?: string;
  fieldName?: string;
}
interface Element {
  tagName?: string;
  attributes?: Described[];
  members?: Described[];
  events?: Described[];
}

let work: string;
let consumer: string;
let element: Required<Pick<Element, 'attributes' | 'members' | 'events'>>;
let vueCheck: Promise<Diagnostic[]>;
let svelteCheck: Promise<Diagnostic[]>;

// ---- usage generated from the manifest -------------------------------------------------

const writableFields = () => element.members.filter((member) => member.kind === 'field' && !member.readonly);
const settableAttributes = () =>
  element.attributes.filter((attribute) => !attribute.fieldName || writableFields().some((field) => field.name === attribute.fieldName));

/** A value of a manifest type as source code: a literal where the type has one, else `undefined` (always allowed). */
function sample(type = 'string'): { text?: string; code: string; bare?: boolean } {
  if (/\bboolean\b/.test(type)) return { code: 'true', bare: true };
  const literal = /'([^']*)'/.exec(type)?.[1];
  if (literal !== undefined) return { text: literal, code: `'${literal}'` };
  if (/^string\b/.test(type)) return { text: 'x', code: "'x'" };
  if (/^number\b/.test(type)) return { code: '1' };
  return { code: 'undefined' };
}

/** The event types' names the package exports (`SegmentChangeDetail`, …), for a type-only import. */
function detailTypes(): string[] {
  const names = element.events.flatMap((event) => [...(event.type?.text ?? '').matchAll(/[A-Z]\w*/g)].map(([name]) => name));
  return [...new Set(names)].filter((name) => name !== 'Event' && name !== 'CustomEvent').sort();
}

/** A handler with its parameter typed as the manifest types the event: the framework's own type must be assignable to it. */
const handler = (event: Described) => `(event: ${event.type?.text ?? 'Event'}) => event.type`;

/** JSX attribute for a value: `name="text"`, `name` for true, else `name={code}`. */
function jsxAttribute(name: string, type?: string): string {
  const value = sample(type);
  if (value.bare) return name;
  return value.text !== undefined ? `${name}="${value.text}"` : `${name}={${value.code}}`;
}

function reactUsage(): string {
  const imports = detailTypes();
  const lines = [
    `import { TranscriptPlayer, type TranscriptPlayerEventProps } from 'podcast-transcript-player/react';`,
    imports.length ? `import type { ${imports.join(', ')} } from 'podcast-transcript-player';` : '',
    '',
    '// Every attribute, property and event on the element itself (React 19).',
    'export const intrinsic = [',
    ...settableAttributes().map((attribute) => `  <transcript-player ${jsxAttribute(attribute.name, attribute.type?.text)} />,`),
    ...writableFields().map((field) => `  <transcript-player ${field.name}={${sample(field.type?.text).code}} />,`),
    ...element.events.map((event) => `  <transcript-player on${event.name}={${handler(event)}} />,`),
    '];',
    '',
    '// Every property on the component (`currentTime` is left out on purpose: see src/react.ts).',
    'export const wrapped = [',
    ...writableFields()
      .filter((field) => field.name !== 'currentTime')
      .map((field) => `  <TranscriptPlayer ${field.name}={${sample(field.type?.text).code}} />,`),
    '];',
    '',
    '// Every event has an `on…` prop on the component (any case), taking the event the manifest names.',
    'type PropFor<Name extends string> = { [K in keyof TranscriptPlayerEventProps]: Lowercase<K> extends Name ? K : never }[keyof TranscriptPlayerEventProps];',
    `export const wrappedEvents: { [Name in ${element.events.map((event) => `'on${event.name}'`).join(' | ')}]: NonNullable<TranscriptPlayerEventProps[Extract<PropFor<Name>, keyof TranscriptPlayerEventProps>]> } = {`,
    ...element.events.map((event) => `  on${event.name}: ${handler(event)},`),
    '};',
    '',
  ];
  return lines.join('\n');
}

function vueUsage(): string {
  const imports = detailTypes();
  const attribute = (name: string, type?: string) => {
    const value = sample(type);
    if (value.bare) return name;
    return value.text !== undefined ? `${name}="${value.text}"` : `:${name}="${value.code}"`;
  };
  return [
    '<script setup lang="ts">',
    "import 'podcast-transcript-player/vue';",
    imports.length ? `import type { ${imports.join(', ')} } from 'podcast-transcript-player';` : '',
    '</script>',
    '',
    '<template>',
    ...settableAttributes().map((entry) => `  <transcript-player ${attribute(entry.name, entry.type?.text)} />`),
    ...writableFields().map((field) => `  <transcript-player :${field.name}="${sample(field.type?.text).code}" />`),
    ...element.events.map((event) => `  <transcript-player @${event.name}="${handler(event)}" />`),
    '</template>',
    '',
  ].join('\n');
}

function svelteUsage(): string {
  const imports = detailTypes();
  return [
    '<script lang="ts">',
    "  import 'podcast-transcript-player/svelte';",
    imports.length ? `  import type { ${imports.join(', ')} } from 'podcast-transcript-player';` : '',
    '</script>',
    '',
    ...settableAttributes().map(
      (attribute) => `<transcript-player ${jsxAttribute(attribute.name, attribute.type?.text)}></transcript-player>`,
    ),
    ...writableFields().map((field) => `<transcript-player ${field.name}={${sample(field.type?.text).code}}></transcript-player>`),
    ...element.events.map((event) => `<transcript-player on${event.name}={${handler(event)}}></transcript-player>`),
    '',
  ].join('\n');
}

// ---- hand-written use and misuse ----------------------------------------------------------
// A line `expect-error: <text>` (in a comment) says the next line must fail with a message
// containing <text>; any other error fails the test.

const REACT_APP = `import { useRef } from 'react';
import { TranscriptPlayer, type TranscriptPlayerElement } from 'podcast-transcript-player/react';

export function Episode({ transcript }: { transcript: unknown }) {
  const player = useRef<TranscriptPlayerElement>(null);
  const element = useRef<HTMLElementTagNameMap['transcript-player']>(null);
  return (
    <main>
      <TranscriptPlayer
        ref={player}
        src="/ep12.mp3"
        theme="dark"
        transcriptData={transcript}
        className="episode"
        style={{ maxWidth: 640 }}
        onSegmentChange={(event) => console.log(event.detail.index, event.detail.segment?.text)}
        onError={(event) => console.warn(event.detail.code, event.detail.message)}
        onReady={(event) => player.current?.seek(event.detail.segments > 0 ? 1 : 0)}
      />
      <transcript-player
        ref={element}
        src="/ep12.mp3"
        theme="dark"
        no-resume
        transcriptData={transcript}
        onClick={() => element.current?.play()}
        onsegmentchange={(event) => console.log(event.detail.segment?.text)}
        onerror={(event) => console.warn(event.detail.source)}
      >
        <p>Episode 12</p>
      </transcript-player>
    </main>
  );
}
`;

const REACT_MISUSE = `import { TranscriptPlayer } from 'podcast-transcript-player/react';

// expect-error: '"blue"' is not assignable
export const a = <transcript-player theme="blue" />;
// expect-error: 'true' is not assignable
export const b = <transcript-player preload={true} />;
// expect-error: 'onsegmentchanged' does not exist
export const c = <transcript-player onsegmentchanged={() => {}} />;
// expect-error: 'nope' does not exist on type 'SegmentChangeDetail'
export const d = <transcript-player onsegmentchange={(event) => event.detail.nope} />;
// expect-error: 'duration' does not exist
export const e = <transcript-player duration={3} />;
// expect-error: '"blue"' is not assignable
export const f = <TranscriptPlayer theme="blue" />;
// expect-error: 'onSegmentChanged' does not exist
export const g = <TranscriptPlayer onSegmentChanged={() => {}} />;
// expect-error: 'nope' does not exist on type 'ChapterChangeDetail'
export const h = <TranscriptPlayer onChapterChange={(event) => event.detail.nope} />;
// expect-error: 'currentTime' does not exist
export const i = <TranscriptPlayer currentTime={3} />;
// expect-error: 'paused' does not exist
export const j = <TranscriptPlayer paused />;
`;

const VUE_APP = `<script setup lang="ts">
import 'podcast-transcript-player/vue';
import { useTemplateRef } from 'vue';
defineProps<{ transcript: unknown }>();
const player = useTemplateRef('player');
</script>

<template>
  <transcript-player
    ref="player"
    src="/ep12.mp3"
    theme="dark"
    no-resume
    :transcriptData="transcript"
    class="episode"
    @click="player?.play()"
    @segmentchange="(event) => console.log(event.detail.index, event.detail.segment?.text)"
    @error="(event) => console.warn(event.detail.code)"
  />
</template>
`;

const VUE_MISUSE = `<script setup lang="ts">
import 'podcast-transcript-player/vue';
</script>

<template>
  <!-- expect-error: '"blue"' is not assignable -->
  <transcript-player theme="blue" />
  <!-- expect-error: 'nope' does not exist on type 'SegmentChangeDetail' -->
  <transcript-player @segmentchange="(event) => event.detail.nope" />
  <!-- expect-error: 'nope' does not exist on type 'PlayerErrorDetail' -->
  <transcript-player @error="(event) => event.detail.nope" />
  <!-- expect-error: 'duration' does not exist -->
  <transcript-player :duration="3" />
  <!-- expect-error: 'episodeTitel' does not exist -->
  <transcript-player :episodeTitel="'Episode 12'" />
</template>
`;

const SVELTE_APP = `<script lang="ts">
  import 'podcast-transcript-player/svelte';
  let { transcript }: { transcript: unknown } = $props();
  let player: HTMLElementTagNameMap['transcript-player'] | undefined = $state();
</script>

<transcript-player
  bind:this={player}
  src="/ep12.mp3"
  theme="dark"
  no-resume
  transcriptData={transcript}
  class="episode"
  onclick={() => player?.play()}
  onsegmentchange={(event) => console.log(event.detail.index, event.detail.segment?.text)}
  onerror={(event) => console.warn(event.detail.code)}
></transcript-player>
`;

const SVELTE_MISUSE = `<script lang="ts">
  import 'podcast-transcript-player/svelte';
</script>

<!-- expect-error: '"blue"' is not assignable -->
<transcript-player theme="blue"></transcript-player>
<!-- expect-error: 'nope' does not exist on type 'SegmentChangeDetail' -->
<transcript-player onsegmentchange={(event) => event.detail.nope}></transcript-player>
<!-- expect-error: '"duration"' does not exist -->
<transcript-player duration={3}></transcript-player>
<!-- expect-error: '"onsegmentchanged"' does not exist -->
<transcript-player onsegmentchanged={() => {}}></transcript-player>
`;

// ---- checking ------------------------------------------------------------------------------

interface Diagnostic {
  file: string;
  /** 1-based. */
  line: number;
  message: string;
}

/** The diagnostics `expect-error` lines ask for that are missing, and the unexpected ones, per file. */
function unexpected(files: Record<string, string>, diagnostics: Diagnostic[]): string[] {
  const problems: string[] = [];
  const claimed = new Set<Diagnostic>();
  for (const [file, text] of Object.entries(files)) {
    text.split('\n').forEach((line, index) => {
      const expected = /expect-error: (.+?)(?: -->)?$/.exec(line)?.[1];
      if (!expected) return;
      const found = diagnostics.filter((entry) => entry.file === file && entry.line === index + 2);
      found.forEach((entry) => claimed.add(entry));
      if (!found.some((entry) => entry.message.includes(expected))) {
        problems.push(
          `${file}:${index + 2}: expected an error containing ${expected}, got ${found.map((entry) => entry.message).join(' / ') || 'none'}`,
        );
      }
    });
  }
  for (const entry of diagnostics) if (!claimed.has(entry)) problems.push(`${entry.file}:${entry.line}: ${entry.message}`);
  return problems;
}

/** Writes `files` into a folder of the consumer and returns its path. */
function project(name: string, files: Record<string, string>): string {
  const folder = join(consumer, name);
  mkdirSync(folder, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
  return folder;
}

/** A strict project's options, as `npm create vite` sets them up, plus the strictest flags this repo uses. */
const STRICT = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'Bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  types: [],
  noEmit: true,
  // The declarations shipped are checked too, as a project without skipLibCheck would
  // (TypeScript's own lib files are not: they are large and not ours).
  skipLibCheck: false,
  skipDefaultLibCheck: true,
};

/**
 * For vue-tsc and svelte-check: the React project above already checks the package's
 * declarations as a library, and checking Vue's and Svelte's own (large) ones again would
 * double these checks' time; an error in ours shows up in the usage checks all the same.
 */
const STRICT_SKIPPING_LIBRARIES = { ...STRICT, skipLibCheck: true };

/**
 * Starts a checker's CLI (from this checkout's node_modules) and resolves with its parsed
 * diagnostics. Started together in before(), vue-tsc and svelte-check run beside the
 * in-process React check instead of after it.
 */
function startChecker(command: string[], cwd: string, parse: (output: string) => Diagnostic[]): Promise<Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, { cwd });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      const diagnostics = parse(output);
      if (status !== 0 && diagnostics.length === 0) reject(new Error(`${command[0]} failed without diagnostics:\n${output}`));
      else resolve(diagnostics);
    });
  });
}

function tscStyle(output: string): Diagnostic[] {
  // `App.vue(12,5): error TS2322: Type …` and its indented continuation lines.
  return [...output.matchAll(/^(\S[^(\n]*)\((\d+),\d+\): error TS\d+: ([^\n]*(?:\n {2,}[^\n]*)*)/gm)].map(([, file, line, message]) => ({
    file: file!.split(/[\\/]/).pop()!,
    line: Number(line),
    message: message!.replace(/\s+/g, ' '),
  }));
}

// Registered after every definition above: the runner may start the hooks as soon as the
// first suite is declared.
before(() => {
  work = mkdtempSync(join(tmpdir(), 'framework-consumers-'));
  consumer = join(work, 'consumer');
  installInto(consumer, pack(work).tarball, LINKED);
  const manifest = JSON.parse(
    readFileSync(join(consumer, 'node_modules', 'podcast-transcript-player', 'custom-elements.json'), 'utf8'),
  ) as {
    modules: { declarations?: Element[] }[];
  };
  const player = manifest.modules.flatMap((module) => module.declarations ?? []).find((entry) => entry.tagName === 'transcript-player');
  assert.ok(player, 'the packed manifest has transcript-player');
  element = { attributes: player.attributes ?? [], members: player.members ?? [], events: player.events ?? [] };
  vueCheck = startVueCheck();
  svelteCheck = startSvelteCheck();
  // Settled here too, so a checker that fails while another test runs is not an unhandled rejection.
  vueCheck.catch(() => {});
  svelteCheck.catch(() => {});
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('a React project', () => {
  it('type-checks the component and the element with everything the manifest lists, and rejects misuse', () => {
    const files = { 'app.tsx': REACT_APP, 'manifest-usage.tsx': reactUsage(), 'misuse.tsx': REACT_MISUSE };
    const folder = project('react', files);
    const parsed = ts.convertCompilerOptionsFromJson({ ...STRICT, jsx: 'react-jsx' }, folder);
    assert.deepEqual(parsed.errors, []);
    const program = ts.createProgram(
      Object.keys(files).map((file) => join(folder, file)),
      parsed.options,
    );
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
      if (!diagnostic.file || diagnostic.start === undefined) return { file: '(program)', line: 0, message: text };
      const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      return { file: diagnostic.file.fileName.split('/').pop()!, line: line + 1, message: text };
    });
    assert.deepEqual(unexpected(files, diagnostics), []);
  });

  it('renders the component to a string in Node, defining the element once', () => {
    const script = `
      import { createElement } from 'react';
      import { renderToString } from 'react-dom/server';
      import { TranscriptPlayer } from 'podcast-transcript-player/react';
      import { TranscriptPlayer as TranscriptPlayerElement } from 'podcast-transcript-player';
      const html = renderToString(createElement('main', null,
        createElement(TranscriptPlayer, { src: '/ep12.mp3', theme: 'dark', className: 'episode', onSegmentChange: () => {} }),
        createElement('transcript-player', { src: '/ep13.mp3', 'no-resume': true })));
      console.log(JSON.stringify({ html, same: customElements.get('transcript-player') === TranscriptPlayerElement }));`;
    writeFileSync(join(consumer, 'render.mjs'), script);
    const run = spawnSync(process.execPath, ['render.mjs'], { cwd: consumer, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const { html, same } = JSON.parse(run.stdout) as { html: string; same: boolean };
    assert.ok(same, 'the element the component renders is the one the package entry defines');
    assert.match(html, /<transcript-player [^>]*class="episode"[^>]*>/);
    assert.match(html, /<transcript-player [^>]*src="\/ep13.mp3"[^>]*>/);
  });
});

function vueFiles(): Record<string, string> {
  return { 'App.vue': VUE_APP, 'ManifestUsage.vue': vueUsage(), 'Misuse.vue': VUE_MISUSE };
}

function svelteFiles(): Record<string, string> {
  return { 'App.svelte': SVELTE_APP, 'ManifestUsage.svelte': svelteUsage(), 'Misuse.svelte': SVELTE_MISUSE };
}

function startVueCheck(): Promise<Diagnostic[]> {
  const folder = project('vue', {
    ...vueFiles(),
    // strictTemplates: an attribute or event the element does not have is an error, not a fallthrough.
    'tsconfig.json': JSON.stringify({
      compilerOptions: { ...STRICT_SKIPPING_LIBRARIES, jsx: 'preserve' },
      include: ['*.vue'],
      vueCompilerOptions: { strictTemplates: true },
    }),
  });
  return startChecker([join(root, 'node_modules', 'vue-tsc', 'bin', 'vue-tsc.js'), '-p', 'tsconfig.json'], folder, tscStyle);
}

function startSvelteCheck(): Promise<Diagnostic[]> {
  const folder = project('svelte', {
    ...svelteFiles(),
    'tsconfig.json': JSON.stringify({
      compilerOptions: { ...STRICT_SKIPPING_LIBRARIES, verbatimModuleSyntax: true },
      include: ['*.svelte'],
    }),
  });
  const command = [
    join(root, 'node_modules', 'svelte-check', 'bin', 'svelte-check'),
    '--workspace',
    folder,
    '--tsconfig',
    join(folder, 'tsconfig.json'),
  ];
  return startChecker([...command, '--output', 'machine'], folder, (output) =>
    [...output.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ "(.*)"$/gm)].map(([, file, line, message]) => ({
      file: file!.split(/[\\/]/).pop()!,
      line: Number(line),
      message: message!.replace(/\\"/g, '"').replace(/\\n/g, ' ').replace(/\s+/g, ' '),
    })),
  );
}

describe('a Vue project', () => {
  it('type-checks the element in templates with everything the manifest lists, and rejects misuse', async () => {
    assert.deepEqual(unexpected(vueFiles(), await vueCheck), []);
  });
});

describe('a Svelte project', () => {
  it('type-checks the element in markup with everything the manifest lists, and rejects misuse', async () => {
    assert.deepEqual(unexpected(svelteFiles(), await svelteCheck), []);
  });
});
