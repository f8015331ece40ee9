/**
 * `transcript-player episode`, run in-process (runCli with captured output) and once as a
 * real process, on real feed files, on generated ones, and over HTTP from a local server.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { id3Tag, PNG_1X1 } from '../../../scripts/id3-tag-writer.js';
import { runCli } from '../../../src/cli/run-cli.js';
import { parseEpisodeManifest } from '../../../src/core/episode-manifest.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const feeds = [join(repoRoot, '..', 'shared', 'formats', 'feeds'), '/work/shared/formats/feeds'].find((candidate) => existsSync(candidate));

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: async (path) => readFileSync(path, 'utf8'),
  });
  return { code, stdout, stderr };
}

const FEED = `<?xml version="1.0"?>
<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel><title>CLI Show</title><language>en</language>
<item><title>Two</title><guid>g2</guid><itunes:episode>2</itunes:episode><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>
  <enclosure url="audio/two.mp3" type="audio/mpeg"/>
  <podcast:transcript url="two.vtt" type="text/vtt"/>
  <description>&lt;p&gt;Notes &lt;/p&gt; and &lt;b&gt;bold&lt;/b&gt;</description></item>
<item><title>One &bogus;</title><guid>g1</guid><itunes:episode>1</itunes:episode><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate>
  <enclosure url="audio/one.mp3" type="audio/mpeg"/></item>
</channel></rss>
`;

describe('transcript-player episode', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-test-'));
    writeFileSync(join(dir, 'feed.xml'), FEED);
    writeFileSync(join(dir, 'cut.xml'), FEED.slice(0, 400));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the episode file of the newest episode, which the player reads back', async () => {
    const { code, stdout, stderr } = await run('episode', join(dir, 'feed.xml'), '--base', 'https://show.example.com/feed.xml');
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.ok(!stdout.includes('</'), 'safe inside a <script> element');
    const { manifest, problems } = parseEpisodeManifest(stdout, 'https://site.example/episode.json');
    assert.deepEqual(problems, []);
    assert.deepEqual(manifest, {
      title: 'Two',
      show: 'CLI Show',
      date: 'Tue, 02 Jan 2024 10:00:00 GMT',
      audio: [{ src: 'https://show.example.com/audio/two.mp3', type: 'audio/mpeg' }],
      transcripts: [{ url: 'https://show.example.com/two.vtt', type: 'vtt', language: 'en' }],
      notes: '<p>Notes </p> and <b>bold</b>',
    });
  });

  it('picks an episode with --item, and prints what it skipped to stderr with line and column', async () => {
    const { code, stdout, stderr } = await run('episode', join(dir, 'feed.xml'), '--item', '1', '--base', 'https://show.example.com/');
    assert.equal(code, 0);
    assert.equal((JSON.parse(stdout) as { title: string }).title, 'One &bogus;');
    assert.equal(
      stderr,
      `${join(dir, 'feed.xml')}: warning: line 8, column 18: the entity &bogus; is not defined, so it was kept as written\n`,
    );
  });

  it('names --base when a feed file has relative addresses and no URL of its own', async () => {
    const { code, stderr } = await run('episode', join(dir, 'feed.xml'));
    assert.equal(code, 1);
    assert.match(stderr, /the address "audio\/two\.mp3" in enclosure is not a usable http\(s\) address/);
    assert.match(stderr, /note: relative addresses are resolved against the feed's URL: give it with --base <url>\n$/);
  });

  it('lists the episodes with --list', async () => {
    const { code, stdout } = await run('episode', join(dir, 'feed.xml'), '--list');
    assert.equal(code, 0);
    assert.equal(stdout, '0\tg2\t2\tTue, 02 Jan 2024 10:00:00 GMT\tTwo\n1\tg1\t1\tMon, 01 Jan 2024 10:00:00 GMT\tOne &bogus;\n');
  });

  it('exits 1 with the reason when there is no episode: a cut feed, an unknown item, a missing file', async () => {
    const cut = await run('episode', join(dir, 'cut.xml'));
    assert.equal(cut.code, 1);
    assert.equal(cut.stdout, '');
    assert.match(cut.stderr, /cut\.xml: error: line 6, column 15: the file ends inside a tag\n$/);
    const unknown = await run('episode', join(dir, 'feed.xml'), '--item', 'g9');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /error: none of the 2 episodes has the guid or episode number "g9"/);
    const missing = await run('episode', join(dir, 'nope.xml'));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /nope\.xml: cannot read the file/);
  });

  it('exits 2 on a wrong command line, and explains itself', async () => {
    assert.equal((await run()).code, 2);
    assert.equal((await run('render')).code, 2);
    assert.equal((await run('episode')).code, 2);
    assert.equal((await run('episode', 'a.xml', '--colour')).code, 2);
    const help = await run('episode', '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: transcript-player episode <feed URL or file>/);
  });

  it('runs as a process from its source', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'episode', join(dir, 'feed.xml'), '--item', 'g2', '--base', 'https://x.example/'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    assert.equal(result.status, 0, result.stderr);
    assert.equal((JSON.parse(result.stdout) as { title: string }).title, 'Two');
  });

  it('reads every real feed file', { skip: feeds ? false : 'the real feeds (../shared/formats/feeds) are not here' }, async () => {
    for (const [file, expected] of [
      ['podcastindex-example.xml', 0],
      ['partytime-themnshow.xml', 0],
      ['newsagain-chaosradio.xml', 0],
      ['podcastparser-unbound-prefix.xml', 0],
      ['partytime-no-agenda-bad-entity.xml', 0],
      ['podcastparser-psc-chapters.xml', 1],
    ] as const) {
      const { code, stdout } = await run('episode', join(feeds!, file));
      assert.equal(code, expected, file);
      if (expected === 0) assert.ok(parseEpisodeManifest(stdout).manifest, file);
    }
    const chaosradio = JSON.parse((await run('episode', join(feeds!, 'newsagain-chaosradio.xml'))).stdout) as {
      chapters: { chapters: unknown[] };
    };
    assert.equal(chaosradio.chapters.chapters.length, 19);
  });
});

describe('transcript-player episode over HTTP', () => {
  const tag = id3Tag({
    version: 4,
    chapters: [
      { id: 'a', startMs: 0, endMs: 4000, title: 'First', image: { mime: 'image/png', bytes: PNG_1X1 } },
      { id: 'b', startMs: 4000, endMs: 8000, title: 'Second', link: 'https://example.com/b' },
    ],
  });
  const audio = new Uint8Array(tag.length + 200_000);
  audio.set(tag);
  let server: Server;
  let base: string;
  const sent: Record<string, number> = {};

  before(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '/';
      if (path === '/feed.xml') {
        response.setHeader('content-type', 'application/rss+xml');
        response.end(FEED.replace('audio/two.mp3', path.includes('norange') ? 'norange/two.mp3' : 'audio/two.mp3'));
        return;
      }
      if (path === '/feed-norange.xml') {
        response.end(FEED.replace('audio/two.mp3', 'norange/two.mp3'));
        return;
      }
      const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range ?? '');
      if (path === '/audio/two.mp3' && range) {
        const [first, last] = [Number(range[1]), Math.min(Number(range[2]), audio.length - 1)];
        response.writeHead(206, { 'content-range': `bytes ${first}-${last}/${audio.length}`, 'content-length': last - first + 1 });
        sent[path] = (sent[path] ?? 0) + last - first + 1;
        response.end(audio.subarray(first, last + 1));
        return;
      }
      if (path === '/norange/two.mp3') {
        response.writeHead(200, { 'content-length': audio.length });
        response.end(audio);
        return;
      }
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches a feed by URL and resolves its addresses against it', async () => {
    const { code, stdout, stderr } = await run('episode', `${base}/feed.xml`);
    assert.equal(code, 0, stderr);
    const file = JSON.parse(stdout) as { audio: { src: string }[] };
    assert.equal(file.audio[0]!.src, `${base}/audio/two.mp3`);
  });

  it('with --chapters-from-audio, writes the chapters inside the MP3, fetching the tag only', async () => {
    const { code, stdout, stderr } = await run('episode', `${base}/feed.xml`, '--chapters-from-audio');
    assert.equal(code, 0, stderr);
    const { chapters } = JSON.parse(stdout) as { chapters: { chapters: { title: string; img?: string; url?: string }[] } };
    assert.deepEqual(
      chapters.chapters.map((chapter) => [chapter.title, chapter.img?.slice(0, 22), chapter.url]),
      [
        ['First', 'data:image/png;base64,', undefined],
        ['Second', undefined, 'https://example.com/b'],
      ],
    );
    assert.equal(sent['/audio/two.mp3'], tag.length);
  });

  it('skips the chapters of audio whose server ignores Range, with a warning', async () => {
    const { code, stdout, stderr } = await run('episode', `${base}/feed-norange.xml`, '--chapters-from-audio');
    assert.equal(code, 0);
    assert.equal((JSON.parse(stdout) as { chapters?: unknown }).chapters, undefined);
    assert.match(stderr, /warning: The chapters inside "two\.mp3" were not read: its server does not answer HTTP Range requests/);
  });

  it('says what the server answered when the feed is not there', async () => {
    const { code, stderr } = await run('episode', `${base}/missing.xml`);
    assert.equal(code, 1);
    assert.match(stderr, /error: The feed "missing\.xml" could not be loaded: the server answered HTTP 404 \(not found\)/);
  });
});
