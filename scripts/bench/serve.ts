/**
 * A tiny HTTP server on 127.0.0.1 (random free port) for the benchmark pages: files held in
 * memory or read from mounted folders (the peers' packages), with HTTP Range support (HTML5
 * audio seeks with Range requests), and a virtual silent WAV of any length whose bytes are
 * made up on request, so a 12-hour episode costs no disk and no memory. Pages are
 * cross-origin isolated so `performance.now()` has 5 µs rather than 100 µs resolution.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { Readable, pipeline } from 'node:stream';

export interface Resource {
  type: string;
  size: number;
  /** Bytes [start, end), in chunks. */
  read(start: number, end: number): Iterable<Buffer>;
}

export function fileResource(body: Buffer | string, type: string): Resource {
  const bytes = Buffer.from(body);
  return { type, size: bytes.length, read: (start, end) => [bytes.subarray(start, end)] };
}

/** 8 kHz, 8-bit mono PCM silence (128 is the zero level of unsigned 8-bit samples). */
export function silentWav(seconds: number): Resource {
  const rate = 8000;
  const dataSize = Math.ceil(seconds * rate);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + dataSize, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate, 28); // bytes per second
  header.writeUInt16LE(1, 32); // bytes per frame
  header.writeUInt16LE(8, 34); // bits per sample
  header.write('data', 36);
  header.writeUInt32LE(dataSize, 40);
  const silence = Buffer.alloc(64 * 1024, 128);
  return {
    type: 'audio/wav',
    size: 44 + dataSize,
    *read(start, end) {
      if (start < 44) yield header.subarray(start, Math.min(44, end));
      for (let at = Math.max(start, 44); at < end; at += silence.length) yield silence.subarray(0, Math.min(silence.length, end - at));
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** The files of a folder under a URL prefix, read when first asked for. */
export function folderResources(prefix: string, folder: string): (path: string) => Resource | undefined {
  const cache = new Map<string, Resource | undefined>();
  return (path) => {
    if (!path.startsWith(prefix)) return undefined;
    if (!cache.has(path)) {
      const file = normalize(join(folder, decodeURIComponent(path.slice(prefix.length))));
      const inside = file.startsWith(normalize(folder)) && existsSync(file) && statSync(file).isFile();
      cache.set(path, inside ? fileResource(readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream') : undefined);
    }
    return cache.get(path);
  };
}

export interface Served {
  path: string;
  /** Asked with a Range header (media), so not a whole-file load. */
  ranged: boolean;
  status: number;
}

export interface Server {
  origin: string;
  /** Every request answered since the last `takeLog()`. */
  takeLog(): Served[];
  close(): Promise<void>;
}

export async function serve(resources: Map<string, Resource>, folders: ((path: string) => Resource | undefined)[] = []): Promise<Server> {
  let log: Served[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const resource = resources.get(path) ?? folders.reduce<Resource | undefined>((found, folder) => found ?? folder(path), undefined);
    log.push({ path, ranged: request.headers.range !== undefined, status: resource ? (request.headers.range ? 206 : 200) : 404 });
    const headers = {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cache-Control': 'no-store',
    };
    if (!resource) return void response.writeHead(404, headers).end();
    const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
    let [start, end, status] = [0, resource.size, 200]; // end is exclusive
    if (range && (range[1] || range[2])) {
      start = range[1] ? Number(range[1]) : Math.max(0, resource.size - Number(range[2]));
      end = range[1] && range[2] ? Math.min(resource.size, Number(range[2]) + 1) : resource.size;
      if (start >= end) return void response.writeHead(416, { ...headers, 'Content-Range': `bytes */${resource.size}` }).end();
      status = 206;
    }
    response.writeHead(status, {
      ...headers,
      'Content-Type': resource.type,
      'Content-Length': end - start,
      'Accept-Ranges': 'bytes',
      ...(status === 206 ? { 'Content-Range': `bytes ${start}-${end - 1}/${resource.size}` } : {}),
    });
    if (request.method === 'HEAD') return void response.end();
    // Streams with backpressure; the browser drops a connection as soon as it has read enough.
    pipeline(Readable.from(resource.read(start, end)), response, () => undefined);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    takeLog: () => {
      const taken = log;
      log = [];
      return taken;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
