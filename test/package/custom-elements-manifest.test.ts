// custom-elements.json is what editors and wrapper generators know of the element: it must
// be what the analyzer makes of today's sources (`npm run build` rewrites it; this test runs
// before the build in `npm test`, so a stale committed file fails), and it must name every
// event with its detail type, every part and every custom property the sources use.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ts from 'typescript';

const root = join(import.meta.dirname, '..', '..');

interface Described {
  name: string;
  description?: string;
  type?: { text: string };
}
interface Declaration {
  name: string;
  tagName?: string;
  attributes?: Described[];
  members?: (Described & { kind: string; privacy?: string })[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

let folder: string;
let fresh: string;

before(() => {
  folder = mkdtempSync(join(tmpdir(), 'custom-elements-'));
  const analyzer = join(root, 'node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js');
  const run = spawnSync(process.execPath, [analyzer, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], {
    cwd: root,
    env: { ...process.env, CEM_OUTDIR: folder },
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, `the analyzer failed:\n${run.stderr}`);
  fresh = readFileSync(join(folder, 'custom-elements.json'), 'utf8');
});
after(() => rmSync(folder, { recursive: true, force: true }));

function player(): Declaration {
  const manifest = JSON.parse(fresh) as Manifest;
  const declaration = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((entry) => entry.tagName === 'transcript-player');
  assert.ok(declaration, 'transcript-player is in the manifest');
  return declaration;
}

/** Every file under src/components, as text. */
function componentSources(): string[] {
  const dir = join(root, 'src', 'components');
  // With subfolders (transcript-view/).
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(join(dir, file), 'utf8'));
}

/** Part names the templates and DOM code give elements (exportparts only re-export them). */
function partsInSources(): Set<string> {
  const names = new Set<string>();
  const add = (list: string) => list.split(/\s+/).forEach((name) => name && names.add(name));
  for (const source of componentSources()) {
    for (const [, list] of source.matchAll(/\bpart="([^"$]+)"/g)) add(list!);
    for (const [, expression] of source.matchAll(/\bpart=\$\{([^}]+)\}/g)) {
      for (const [, list] of expression!.matchAll(/'([^']+)'/g)) add(list!);
    }
    for (const [, name] of source.matchAll(/\.part\.(?:add|toggle)\('([^']+)'/g)) add(name!);
    for (const [, name] of source.matchAll(/setAttribute\('part', '([^']+)'\)/g)) add(name!);
  }
  return names;
}

/** Custom properties the styles read or set; a name built in a template (`--tp-speaker-${i}`) ends in `-`. */
function customPropertiesInSources(): Set<string> {
  const names = new Set<string>();
  for (const source of componentSources()) {
    for (const [name] of source.matchAll(/--tp-[a-z0-9-]*(?=[,):;]|\$\{)/g)) names.add(name);
  }
  return names;
}

/** The player's events and their types as `TranscriptPlayerEvents` declares them for TypeScript users. */
function eventsAsTyped(): Map<string, string> {
  const file = join(root, 'src', 'components', 'transcript-player-events.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const events = new Map<string, string>();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'TranscriptPlayerEvents') return;
    for (const member of node.members) {
      if (ts.isPropertySignature(member) && member.type) events.set(member.name.getText(source), member.type.getText(source));
    }
  });
  assert.ok(events.size > 0, 'TranscriptPlayerEvents found');
  return events;
}

describe('custom-elements.json', () => {
  it('is what the analyzer makes of the sources (run `npm run analyze` and commit it)', () => {
    const committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
    assert.ok(committed === fresh, 'custom-elements.json is stale: `npm run analyze` (or `npm run build`) rewrites it; commit the result');
  });

  it('lists each event of the player with the type a listener receives', () => {
    const listed = new Map(player().events!.map((event) => [event.name, event.type?.text]));
    assert.deepEqual(listed, eventsAsTyped());
  });

  it('lists every part the player shows, and no other', () => {
    const listed = player().cssParts!.map((part) => part.name);
    assert.deepEqual(new Set(listed), partsInSources());
    assert.equal(listed.length, new Set(listed).size, 'no part listed twice');
  });

  it('lists every custom property the styles read, and no other', () => {
    const listed = player().cssProperties!.map((property) => property.name);
    const used = customPropertiesInSources();
    for (const name of used) {
      if (name.endsWith('-'))
        assert.ok(
          listed.some((entry) => entry.startsWith(name)),
          `${name}N is listed`,
        );
      else assert.ok(listed.includes(name), `${name} is listed`);
    }
    for (const name of listed) {
      assert.ok(used.has(name) || [...used].some((prefix) => prefix.endsWith('-') && name.startsWith(prefix)), `${name} is used`);
    }
  });

  it('describes every attribute, public property, event, part and custom property', () => {
    const declaration = player();
    const fields = declaration.members!.filter((member) => member.kind === 'field');
    const entries = [
      ...declaration.attributes!,
      ...fields,
      ...declaration.events!,
      ...declaration.cssParts!,
      ...declaration.cssProperties!,
    ];
    assert.deepEqual(
      entries.filter((entry) => !entry.description).map((entry) => entry.name),
      [],
    );
    assert.deepEqual(
      [...declaration.attributes!, ...fields].filter((entry) => !entry.type).map((entry) => entry.name),
      [],
    );
  });
});
