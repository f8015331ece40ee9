// `npm run analyze` (part of `npm run build`) writes custom-elements.json, the Custom
// Elements Manifest that editors (VS Code, JetBrains), Storybook and framework wrappers read
// for tags, attributes, properties, events, parts and CSS custom properties. It is generated
// from the element classes in src/ and their JSDoc (`@attr`, `@prop`, `@event {Type} name`,
// `@csspart`, `@cssproperty`): document a new attribute there, then build and commit the
// result. test/package/custom-elements-manifest.test.ts fails when the committed file is stale.
// From the finished manifest it also writes the JSX, Vue and Svelte declarations of the
// element into dist/types/frameworks/ (scripts/framework-types.mjs).
import { join, relative } from 'node:path';
import { frameworkTypes } from './scripts/framework-types.mjs';

// The test writes a fresh manifest to a temporary folder (CEM_OUTDIR) to compare with the
// committed one; only the real run may touch package.json's `customElements` field.
const outdir = process.env.CEM_OUTDIR ? relative(process.cwd(), process.env.CEM_OUTDIR) : '.';

/**
 * The elements are registered with our own `define('tag', Class)` (src/define.ts: safe to
 * load twice), which the analyzer does not know; this reads those calls as it reads
 * `customElements.define`, so each class gets its tag name.
 */
function defineCalls() {
  return {
    name: 'transcript-player:define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      const module = importedFrom(ts, node.getSourceFile(), element.text, moduleDoc.path) ?? moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        // define() itself calls customElements.define(name, element): not a definition.
        if (module.path === 'src/define.ts') {
          module.exports = (module.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition');
        }
      }
    },
  };
}

/** The module path (`src/…/x.ts`) a name is imported from in a source file, if it is imported relatively. */
function importedFrom(ts, sourceFile, name, fromPath) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    if (!bindings.elements.some((element) => element.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) return undefined;
    const url = new URL(specifier.replace(/\.js$/, '.ts'), `file:///${fromPath}`);
    return url.pathname.slice(1);
  }
  return undefined;
}

/**
 * Only what a user of the elements needs: the modules that declare elements and the
 * package entry point, and only public members (the internals are not API).
 */
function publicApiOnly() {
  return {
    name: 'transcript-player:public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      // Only defined elements: a base class's members are listed, inherited, on the element.
      customElementsManifest.modules = (customElementsManifest.modules ?? []).filter(
        (module) => module.path === 'src/index.ts' || (module.declarations ?? []).some((declaration) => declaration.tagName),
      );
      for (const module of customElementsManifest.modules) {
        module.declarations = (module.declarations ?? []).filter((declaration) => declaration.kind === 'class');
        module.exports = (module.exports ?? []).filter(
          (entry) =>
            entry.kind === 'custom-element-definition' ||
            module.declarations.some((declaration) => declaration.name === entry.name) ||
            module.path === 'src/index.ts',
        );
        for (const declaration of module.declarations) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            // Static fields are Lit's (`styles`); static methods are API (`addTranslation`).
            (member) =>
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !member.name.startsWith('#') &&
              !(member.static && member.kind !== 'method'),
          );
          // An overloaded method is listed once per signature; the last is the implementation's, not API.
          const overloaded = (member, i, all) =>
            member.kind === 'method' &&
            all.findIndex((other) => other.name === member.name) !== i &&
            all.findLastIndex((other) => other.name === member.name) === i;
          declaration.members = declaration.members.filter((member, i, all) => !overloaded(member, i, all));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts', 'test/**', 'scripts/**', 'node_modules/**', 'dist/**'],
  outdir,
  packagejson: outdir === '.',
  litelement: true,
  plugins: [
    defineCalls(),
    publicApiOnly(),
    // dist/types/frameworks/: the JSX, Vue and Svelte declarations of <transcript-player>.
    frameworkTypes({ outdir: join(outdir, 'dist', 'types', 'frameworks') }),
  ],
};
