import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.map': 'application/json', '.txt': 'text/plain', '.css': 'text/css' };

/**
 * The dev server serves `dist/` as a static host would: the demo's blog page loads the
 * built script-tag file, and Vite's module transform would otherwise turn that classic
 * script into a module (it rewrites the `import()` of the files loaded on use).
 */
export function serveDistAsBuilt(root: string): Plugin {
  const dist = join(root, 'dist');
  return {
    name: 'transcript-player:serve-dist-as-built',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
        if (!path.startsWith('/dist/')) return next();
        const file = normalize(join(root, path));
        if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
        response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
        createReadStream(file).pipe(response);
      });
    },
  };
}
