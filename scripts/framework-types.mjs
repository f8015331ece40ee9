// The JSX (React), Vue and Svelte declarations of the elements a page writes, generated from
// the Custom Elements Manifest as the analyzer finishes it (a plugin of
// custom-elements-manifest.config.mjs, so `npm run build` writes them into
// dist/types/frameworks/, where package.json's `exports` point):
//
//   elements.d.ts  each element's attributes, writable properties, events (with the type a
//                  listener receives) and `on<event>` handlers, with their descriptions
//   react.d.ts     `podcast-transcript-player/react`: the React component, and the tags in React's JSX
//   vue.d.ts       `podcast-transcript-player/vue`: the tags in Vue's GlobalComponents (templates)
//   svelte.d.ts    `podcast-transcript-player/svelte`: the tags in svelte/elements' SvelteHTMLElements
//
// Why not the published generators (custom-element-jsx-integration / @wc-toolkit/jsx-types,
// custom-element-vuejs-integration, custom-element-svelte-integration)? Tried on this
// manifest: the Vue and Svelte ones read an event's type as its `detail` type
// (`CustomEvent<CustomEvent<SegmentChangeDetail>>`), import an `Event` the package does not
// export, offer read-only properties, and the Svelte one declares `svelteHTML` inside a
// module, where Svelte never sees it; the JSX one gives each tag its own base props instead
// of React's, so `ref={useRef(…)}` and `onClick` do not type-check, and it augments nine
// JSX flavours (Preact, Qwik, Solid, …) we cannot test. What they do well is small: the
// three framework files below are a dozen lines each, on each framework's own attribute types.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The module whose exports `transcript-player` (and each framework subpath) re-exports. */
const ENTRY = 'src/index.ts';

/** The elements a page writes: the `tp-` ones are the player's own parts, used only inside its shadow root. */
export function isPublicElement(tagName) {
  return !tagName.startsWith('tp-');
}

/** The analyzer plugin: writes the files into `outdir` once the manifest is complete. */
export function frameworkTypes({ outdir }) {
  return {
    name: 'transcript-player:framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const files = frameworkTypeFiles(customElementsManifest);
      mkdirSync(outdir, { recursive: true });
      for (const [name, text] of Object.entries(files)) writeFileSync(join(outdir, name), text);
    },
  };
}

/** The four files' texts, by name, for the public elements of `manifest`. */
export function frameworkTypeFiles(manifest) {
  const entry = manifest.modules.find((module) => module.path === ENTRY);
  const exported = new Set((entry?.exports ?? []).filter((item) => item.kind === 'js').map((item) => item.name));
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName && isPublicElement(declaration.tagName))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  if (elements.length === 0) throw new Error('framework types: the manifest names no public element');
  const imports = new Set();
  const blocks = elements.map((element) => {
    if (!exported.has(element.name)) throw new Error(`framework types: ${element.name} is not exported from ${ENTRY}`);
    imports.add(element.name);
    for (const event of element.events ?? []) {
      for (const [name] of (event.type?.text ?? '').matchAll(/[A-Za-z_$][\w$]*/g)) if (exported.has(name)) imports.add(name);
    }
    return elementBlock(element);
  });
  const registry = elements.map(
    (element) =>
      `  ${key(element.tagName)}: {\n    element: ${element.name};\n` +
      ['attributes', 'properties', 'events', 'handlers'].map((part) => `    ${part}: ${element.name}${pascal(part)};\n`).join('') +
      '  };',
  );
  const elementsFile = [
    GENERATED,
    `import type { ${[...imports].sort().join(', ')} } from '../index.js';`,
    ...blocks,
    `/** Every element a page writes, by tag: what the framework declarations beside this file are made of. */\nexport interface Elements {\n${registry.join('\n')}\n}`,
    '',
  ].join('\n\n');
  return { 'elements.d.ts': elementsFile, 'react.d.ts': REACT, 'vue.d.ts': VUE, 'svelte.d.ts': SVELTE };
}

function elementBlock(element) {
  const tag = `\`<${element.tagName}>\``;
  const fields = new Map((element.members ?? []).filter((member) => member.kind === 'field').map((member) => [member.name, member]));
  const writable = (name) => fields.has(name) && !fields.get(name).readonly;
  const attributes = (element.attributes ?? [])
    .filter((attribute) => !attribute.fieldName || writable(attribute.fieldName))
    .map((attribute) => member(attribute, attribute.fieldName ? `${element.name}[${quote(attribute.fieldName)}]` : 'string'));
  const properties = [...fields.values()]
    .filter((field) => !field.readonly)
    .map((field) => member(field, `${element.name}[${quote(field.name)}]`));
  const events = (element.events ?? []).filter((event) => event.name);
  const eventTypes = events.map((event) => doc(event.description) + `  ${key(event.name)}: ${event.type?.text ?? 'Event'};`);
  const handlers = events.map((event) =>
    member({ ...event, name: `on${event.name}` }, `((event: ${event.type?.text ?? 'Event'}) => void)`),
  );
  return [
    `/** The attributes of ${tag}, as markup writes them (set from a string). */\nexport interface ${element.name}Attributes {\n${attributes.join('\n')}\n}`,
    `/** The properties of ${tag} a page can set (read-only ones and methods left out). */\nexport interface ${element.name}Properties {\n${properties.join('\n')}\n}`,
    `/** The events of ${tag}, by name, as a listener receives them. */\nexport interface ${element.name}Events {\n${eventTypes.join('\n')}\n}`,
    `/** A listener for each event of ${tag}, as \`on\` + the event's name (React 19, Svelte 5). */\nexport interface ${element.name}Handlers {\n${handlers.join('\n')}\n}`,
  ].join('\n\n');
}

function member(entry, type) {
  return doc(entry.description) + `  ${key(entry.name)}?: ${type} | undefined;`;
}

function doc(description) {
  return description ? `  /** ${description.replaceAll('*/', '*\\/').replaceAll('\n', '\n   * ')} */\n` : '';
}

function key(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name);
}

function quote(text) {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

function pascal(word) {
  return word[0].toUpperCase() + word.slice(1);
}

const GENERATED = '// Generated by `npm run build` from custom-elements.json (scripts/framework-types.mjs): do not edit.';

const REACT = `${GENERATED}
// \`podcast-transcript-player/react\`: the React component, and each tag typed in React's JSX. React 19
// sets a custom element's properties and listens for \`on\` + event name props (\`onsegmentchange\`).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Elements } from './elements.js';

export * from '../react.js';

type Own<Tag extends keyof Elements> = Elements[Tag]['attributes'] & Elements[Tag]['properties'] & Elements[Tag]['handlers'];

type ReactElements = {
  [Tag in keyof Elements]: Omit<DetailedHTMLProps<HTMLAttributes<Elements[Tag]['element']>, Elements[Tag]['element']>, keyof Own<Tag>> & Own<Tag>;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends ReactElements {}
  }
}
`;

const VUE = `${GENERATED}
// \`podcast-transcript-player/vue\`: the package, and each tag typed in Vue templates (vue-tsc, Volar) as
// Vue's guide types a custom element: \`$props\` for attributes and properties, \`$emit\` for
// the events \`@name\` listens to. Vue still needs \`isCustomElement\` to leave the tag alone.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { Elements } from './elements.js';

export * from '../index.js';

type Own<Tag extends keyof Elements> = Elements[Tag]['attributes'] & Elements[Tag]['properties'];
type EventName<Tag extends keyof Elements> = keyof Elements[Tag]['events'] & string;

type VueElements = {
  [Tag in keyof Elements]: new () => Elements[Tag]['element'] & {
    /** @deprecated For template type-checking only: not on the element. */
    $props: Omit<HTMLAttributes, keyof Own<Tag> | \`on\${Capitalize<EventName<Tag>>}\`> & Own<Tag> & PublicProps;
    /** @deprecated For template type-checking only: not on the element. */
    $emit: EmitFn<{ [Name in EventName<Tag>]: (event: Elements[Tag]['events'][Name]) => void }>;
  };
};

declare module 'vue' {
  interface GlobalComponents extends VueElements {}
}
`;

const SVELTE = `${GENERATED}
// \`podcast-transcript-player/svelte\`: the package, and each tag typed in Svelte 5 markup (svelte-check):
// attributes, properties, and \`on\` + event name handlers. \`bind:this\` gets the element's
// class from HTMLElementTagNameMap, which the package entry declares.
import type { HTMLAttributes } from 'svelte/elements';
import type { Elements } from './elements.js';

export * from '../index.js';

type Own<Tag extends keyof Elements> = Elements[Tag]['attributes'] & Elements[Tag]['properties'] & Elements[Tag]['handlers'];

type SvelteElements = {
  [Tag in keyof Elements]: Omit<HTMLAttributes<Elements[Tag]['element']>, keyof Own<Tag> | \`on:\${keyof Elements[Tag]['events'] & string}\`> & Own<Tag>;
};

declare module 'svelte/elements' {
  export interface SvelteHTMLElements extends SvelteElements {}
}
`;
