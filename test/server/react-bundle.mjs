// React for the browser tests (test/components/react-component.test.ts). React and React
// DOM ship CommonJS only, which the test server converts file by file and cannot get
// right (they pick a build with a `require` inside an `if`, and React DOM must share the
// one React). So `react`, `react-dom` and `react-dom/client` are bundled once, on first
// use, by Vite into ES modules that share one React, and imports of them are sent there.
import { createRequire } from 'node:module';
import { build } from 'vite';

const require = createRequire(import.meta.url);
const ENTRIES = { react: 'react', 'react-dom': 'react-dom', 'react-dom-client': 'react-dom/client' };
const PREFIX = '/__react-bundle/';
const VIRTUAL = '\0react-entry:';

let bundled;

/** Each entry as an ES module: CommonJS exports, named as Node sees them, and the default. */
function bundle() {
  bundled ??= build({
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [
      {
        name: 'react-entries',
        resolveId: (id) => (id.startsWith(VIRTUAL) ? id : undefined),
        load(id) {
          if (!id.startsWith(VIRTUAL)) return undefined;
          const name = id.slice(VIRTUAL.length);
          const names = Object.keys(require(name)).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
          return `import m from '${name}';\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
        },
      },
    ],
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      rollupOptions: {
        input: Object.fromEntries(Object.entries(ENTRIES).map(([file, name]) => [file, VIRTUAL + name])),
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
      },
    },
  }).then((result) => {
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output);
    return new Map(outputs.filter((file) => file.type === 'chunk').map((file) => [`${PREFIX}${file.fileName}`, file.code]));
  });
  return bundled;
}

export function reactBundle() {
  return {
    name: 'react-bundle',
    resolveImport({ source }) {
      const file = Object.entries(ENTRIES).find(([, name]) => name === source)?.[0];
      return file ? `${PREFIX}${file}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const code = (await bundle()).get(context.path);
      return code === undefined ? undefined : { body: code, type: 'js' };
    },
  };
}
