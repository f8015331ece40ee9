// Routes the browser tests need that a plain static server does not give: a server
// without HTTP Range support (for a fixture, or for a long file of silence), one that would send without end, a slow server, a long
// episode's files sent late, pages sent with a strict Content-Security-Policy header, and
// the real feeds of ../shared (never copied into the repository).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const CSP_PAGES = new URL('../csp/', import.meta.url);

/** The policy of a strict site (and of WordPress security plugins): nothing inline, nothing from elsewhere. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** ../shared/formats/feeds beside the checkout (as in CI), else /work/shared's; undefined when neither is there. */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const SHARED_FEEDS = [join(repoRoot, '..', 'shared', 'formats', 'feeds'), '/work/shared/formats/feeds'].find((dir) => existsSync(dir));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function fixture(name) {
  if (!/^[\w.-]+$/.test(name)) return undefined;
  const url = new URL(name, FIXTURES);
  try {
    return { url, size: statSync(url).size };
  } catch {
    return undefined;
  }
}

/** Requests per token for `/test-routes/counted/<token>/<fixture>`, read at `/test-routes/requests/<token>`. */
const counted = new Map();

/** Bytes the endless route has handed to the socket, by the `probe` id in its query. */
const sent = new Map();

/**
 * Ignores Range like `no-range`, and after the file sends zeros without end (up to 64 MB):
 * a client that reads the body hangs; one that hangs up at once leaves the count low.
 */
function endless(file, probe) {
  const head = readFileSync(file.url);
  let total = 0;
  sent.set(probe, 0);
  return new Readable({
    read() {
      if (total >= 64 * 1024 * 1024) return this.push(null);
      const chunk = total === 0 ? head : Buffer.alloc(64 * 1024);
      total += chunk.length;
      sent.set(probe, total);
      setTimeout(() => this.push(chunk), 5);
    },
  });
}

/**
 * `seconds` of silence as a WAV file (16-bit mono, 8 kHz: 16 kB a second), made as it is
 * sent, from a server that ignores Range: a long episode from a host without range support.
 */
function silenceWithoutRanges(seconds) {
  const dataBytes = seconds * 16000;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28); // bytes per second
  header.writeUInt16LE(2, 32); // bytes per frame
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36);
  header.writeUInt32LE(dataBytes, 40);
  let left = dataBytes;
  let headerSent = false;
  const body = new Readable({
    read() {
      if (!headerSent) {
        headerSent = true;
        return this.push(header);
      }
      if (left <= 0) return this.push(null);
      const chunk = Buffer.alloc(Math.min(left, 64 * 1024));
      left -= chunk.length;
      this.push(chunk);
    },
  });
  return { body, length: 44 + dataBytes };
}

export async function testRoutes(ctx, next) {
  const silence = /^\/test-routes\/no-range-silence\/(\d+)\.wav$/.exec(ctx.path);
  if (silence) {
    const { body, length } = silenceWithoutRanges(Math.min(Number(silence[1]), 4 * 3600));
    ctx.status = 200;
    ctx.type = 'audio/wav';
    ctx.length = length;
    ctx.body = body;
    return;
  }
  const count = /^\/test-routes\/counted\/([\w-]+)\/([\w.-]+)$/.exec(ctx.path);
  if (count) {
    const [, token, name] = count;
    counted.set(token, (counted.get(token) ?? 0) + 1);
    // Served as the fixture itself, with the Range support of the rest of the server.
    ctx.path = `/test/fixtures/${name}`;
    return next();
  }
  const asked = /^\/test-routes\/requests\/([\w-]+)$/.exec(ctx.path);
  if (asked) {
    ctx.type = 'json';
    ctx.body = JSON.stringify({ count: counted.get(asked[1]) ?? 0 });
    return;
  }
  const shared = /^\/test-routes\/shared-feeds\/([\w.-]+\.xml)$/.exec(ctx.path);
  if (shared) {
    // 404 when the folder is not here: the tests that use it skip, saying so.
    const file = SHARED_FEEDS && join(SHARED_FEEDS, shared[1]);
    if (!file || !existsSync(file)) {
      ctx.status = 404;
      return;
    }
    ctx.type = 'application/rss+xml';
    ctx.body = readFileSync(file);
    return;
  }
  if (ctx.path === '/test-routes/alone/transcript-player.iife.js') {
    // The script-tag build copied without the readers that go beside it.
    ctx.path = '/dist/transcript-player.iife.js';
    return next();
  }
  const without = /^\/test-routes\/without\/([\w-]+)\/(transcript-player\.[\w.-]+\.js)$/.exec(ctx.path);
  if (without) {
    // The script-tag build copied with the files beside it but one (`transcript-player.<name>.js`).
    const [, missing, name] = without;
    if (name === `transcript-player.${missing}.js`) {
      ctx.status = 404;
      return;
    }
    ctx.path = `/dist/${name}`;
    return next();
  }
  const lateFiles = /^\/test-routes\/slow-dist\/(\d+)\/(transcript-player\.[\w.-]+\.js)$/.exec(ctx.path);
  if (lateFiles) {
    // The script-tag build from a slow CDN: the script at once, the files it loads on use late.
    const [, ms, name] = lateFiles;
    if (name !== 'transcript-player.iife.js') await sleep(Math.min(Number(ms), 30000));
    ctx.path = `/dist/${name}`;
    return next();
  }
  const trickled = /^\/test-routes\/trickled-transcript\/(\d+)\.json$/.exec(ctx.path);
  if (trickled) {
    // A long word-level transcript from a slow network: its first 100 KB at once, the rest later.
    const text = longTranscript(40_000);
    const wait = Math.min(Number(trickled[1]), 30000);
    ctx.type = 'application/json';
    ctx.status = 200;
    ctx.body = Readable.from(
      (async function* () {
        yield Buffer.from(text.slice(0, 100_000));
        await sleep(wait);
        yield Buffer.from(text.slice(100_000));
      })(),
    );
    return;
  }
  const late = /^\/test-routes\/late\/(\d+)\/(transcript|chapters)\.json$/.exec(ctx.path);
  if (late) {
    // A long episode's files, each whole after a wait: what a page shows while they load.
    // `?words=`: a transcript of that many words (0.4 s each), else 40,000 (4 h 26 min).
    await sleep(Math.min(Number(late[1]), 30000));
    ctx.type = 'application/json';
    ctx.status = 200;
    const words = Math.min(Number(ctx.query.words) || 40_000, 100_000);
    ctx.body = late[2] === 'transcript' ? longTranscript(words) : longChapters(20);
    return;
  }
  const probed = /^\/test-routes\/sent\/([\w-]+)$/.exec(ctx.path);
  if (probed) {
    ctx.body = { bytes: sent.get(probed[1]) ?? null };
    return;
  }
  const page = /^\/test-routes\/csp\/([\w-]+\.(?:html|js|css))$/.exec(ctx.path);
  if (page) return strictPage(ctx, page[1]);
  const match = /^\/test-routes\/(no-range|no-range-endless|slow)\/(?:(\d+)\/)?([^/]+)$/.exec(ctx.path);
  if (!match) return next();
  const [, kind, number, name] = match;
  const file = fixture(name);
  if (!file) {
    ctx.status = 404;
    return;
  }
  ctx.type = name.split('.').pop();
  if (kind === 'no-range-endless') {
    ctx.status = 200;
    ctx.body = endless(file, String(ctx.query.probe ?? ''));
  } else if (kind === 'no-range') {
    // Ignores Range and never advertises it, as some podcast hosts do.
    ctx.status = 200;
    ctx.length = file.size;
    ctx.body = createReadStream(file.url);
  } else {
    await sleep(Math.min(Number(number ?? 1000), 30000));
    ctx.status = 200;
    ctx.body = readFileSync(file.url);
  }
}

/** A file of test/csp/, sent with the strict policy as an HTTP header, as a strict site sends it. */
function strictPage(ctx, name) {
  let body;
  try {
    body = readFileSync(new URL(name, CSP_PAGES));
  } catch {
    ctx.status = 404;
    return;
  }
  ctx.set('Content-Security-Policy', STRICT_CSP);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = name.split('.').pop();
  ctx.status = 200;
  ctx.body = body;
}

/** Podcasting 2.0 chapters over `longTranscript(40_000)`'s 4 h 27 min, with titles of one to three lines in a narrow list. */
function longChapters(count) {
  const titles = ['Introductions', 'The news this week, and what it means for the people who make shows', 'Listener mail'];
  const chapters = Array.from({ length: count }, (_, i) => ({ startTime: i * 800, title: `${titles[i % titles.length]} (${i + 1})` }));
  return JSON.stringify({ version: '1.2.0', chapters });
}

/** A Podcasting 2.0 word-level transcript of `count` words (ASCII), a line every ten words. */
function longTranscript(count) {
  const segments = Array.from({ length: count }, (_, i) => ({
    speaker: Math.floor(i / 500) % 2 ? 'Bo' : 'Ann',
    startTime: i * 0.4,
    endTime: i * 0.4 + 0.3,
    body: i % 10 === 9 ? `word${i}.` : `word${i}`,
  }));
  return JSON.stringify({ version: '1.0.0', segments });
}
