/**
 * A static file server for the end-to-end tests: the repository root as a plain host
 * serves it, with HTTP Range requests (HTML5 audio seeks with them; without them every seek
 * restarts at 0) and the right Content-Types. No Vite, no transforms: the pages load the
 * built files, as a site that embeds the player does.
 *
 * Files named in `snapshot` are read once at start and served from memory, so another
 * `npm run build` on the machine (which empties dist/ for a moment) cannot pull the built
 * script away from under a running test. `rewrite` may change a snapshot file's text.
 *
 * `/test-routes/slow/<ms>/<path>` serves `<path>` after `<ms>` milliseconds (at most 60 s),
 * as the browser tests' server does: audio that is on its way.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.srt': 'application/x-subrip; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

export interface StaticServer {
  origin: string;
  /** Every request path served, in order (for diagnostics). */
  requests: string[];
  close(): Promise<void>;
}

/** Parses one `bytes=a-b`, `bytes=a-` or `bytes=-n` range; undefined when unsatisfiable. */
function parseRange(header: string, size: number): [number, number] | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  let start = match[1] === '' ? size - Number(match[2]) : Number(match[1]);
  const end = match[1] === '' || match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  start = Math.max(0, start);
  return start <= end && start < size ? [start, end] : undefined;
}

export function startStaticServer(
  root: string,
  snapshot: string[] = [],
  rewrite: (file: string, text: string) => string = (_file, text) => text,
): Promise<StaticServer> {
  const memory = new Map(snapshot.map((file) => [`/${file}`, Buffer.from(rewrite(file, readFileSync(join(root, file), 'utf8')))]));
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const asked = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(asked);
    const slow = /^\/test-routes\/slow\/(\d+)(\/.+)$/.exec(asked);
    if (slow) setTimeout(() => serve(request, response, slow[2]!), Math.min(Number(slow[1]), 60_000));
    else serve(request, response, asked);
  });
  function serve(request: IncomingMessage, response: ServerResponse, path: string): void {
    if (response.destroyed) return;
    const file = normalize(join(root, path));
    let size: number;
    try {
      if (!file.startsWith(root + sep) && file !== root) throw new Error('outside the root');
      size = memory.get(path)?.length ?? (statSync(file).isFile() ? statSync(file).size : -1);
      if (size < 0) throw new Error('not a file');
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${path}`);
      return;
    }
    const headers: Record<string, string | number> = {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Accept-Ranges': 'bytes',
      'Cache-Control': 'no-store',
    };
    let [start, end] = [0, size - 1];
    let status = 200;
    if (request.headers.range) {
      const range = parseRange(request.headers.range, size);
      if (!range) {
        response.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` }).end();
        return;
      }
      [start, end] = range;
      status = 206;
      headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
    }
    headers['Content-Length'] = end - start + 1;
    response.writeHead(status, headers);
    if (request.method === 'HEAD' || size === 0) {
      response.end();
      return;
    }
    const cached = memory.get(path);
    if (cached) response.end(cached.subarray(start, end + 1));
    else
      createReadStream(file, { start, end })
        .on('error', () => response.destroy())
        .pipe(response);
  }
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
