/**
 * `transcript-player render`, run in-process: the demo episode file (its transcript and
 * chapters read from beside it), a feed over HTTP from a local server, the stylesheet, and
 * the command line's mistakes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../src/cli/run-cli.js';
import { readTranscript } from '../../../src/core/formats/index.js';
import { readEpisodeMarkup } from '../../../src/core/read-episode-markup.js';
import { markupFromHtml } from '../markup-from-html.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

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

describe('transcript-player render', () => {
  it('writes the demo episode with every line and chapter, its addresses relative to the page as in the file', async () => {
    const { code, stdout, stderr } = await run('render', `${repoRoot}demo/episode.json`);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const lines = readTranscript(readFileSync(`${repoRoot}demo/episode.transcript.txt`, 'utf8')).items;
    const chapters = (JSON.parse(readFileSync(`${repoRoot}demo/episode.chapters.json`, 'utf8')) as { chapters: unknown[] }).chapters;
    const back = readEpisodeMarkup(markupFromHtml(stdout));
    assert.equal(back.title, "Sora's Exit & Spotify's SongDNA");
    assert.equal(back.transcript?.items.length, lines.length);
    assert.equal(back.chapters?.items.length, chapters.length);
    assert.match(stdout, /^<transcript-player src="episode\.mp3">/);
    assert.match(stdout, /<a href="episode\.transcript\.txt" rel="noopener">the full transcript<\/a>/);
    assert.ok(!stdout.includes('invalid'), 'no placeholder address is left');
  });

  it('reads a feed over HTTP: the transcript in the asked language, headings in it, absolute addresses', async () => {
    const { code, stdout, stderr } = await run('render', `${origin}/feed.xml`, '--lang', 'de', '--id', 'ep2');
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.match(stdout, /^<transcript-player id="ep2" lang="de" src="http:\/\/127\.0\.0\.1:\d+\/two\.mp3">/);
    assert.match(stdout, /<h3>Transkript<\/h3>/);
    assert.match(stdout, /<li id="t-ep2=1\.5"><a href="#t-ep2=1\.5">0:01<\/a> <b>Ada:<\/b> Hallo\.<\/li>/);
    assert.ok(!stdout.includes('Hello.'), 'the English transcript was not chosen');
  });

  it('prints the stylesheet with --css', async () => {
    const { code, stdout } = await run('render', '--css');
    assert.equal(code, 0);
    assert.match(stdout, /@media \(scripting: enabled\)/);
  });

  it('says what is wrong: no source (2), a file that cannot be read (1), an episode without audio (1)', async () => {
    assert.equal((await run('render')).code, 2);
    assert.equal((await run('render', '--nope', 'x')).code, 2);
    const missing = await run('render', '/nonexistent/episode.json');
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read it/);
    const silent = await run('render', `${origin}/silent.json`);
    assert.equal(silent.code, 1);
    assert.match(silent.stderr, /error: /);
  });

  let server: Server;
  let origin = '';
  const files: Record<string, [string, string]> = {
    '/feed.xml': [
      'application/rss+xml',
      `<?xml version="1.0"?><rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>Show</title>
      <item><title>Two</title><guid>g2</guid><enclosure url="two.mp3" type="audio/mpeg"/>
      <podcast:transcript url="two.en.vtt" type="text/vtt" language="en"/><podcast:transcript url="two.de.vtt" type="text/vtt" language="de"/>
      </item></channel></rss>`,
    ],
    '/two.en.vtt': ['text/vtt', 'WEBVTT\n\n00:01.500 --> 00:03.000\n<v Ada>Hello.\n'],
    '/two.de.vtt': ['text/vtt', 'WEBVTT\n\n00:01.500 --> 00:03.000\n<v Ada>Hallo.\n'],
    '/silent.json': ['application/json', '{"title": "No audio"}'],
  };
  before(async () => {
    server = createServer((request, response) => {
      const file = files[new URL(request.url ?? '/', 'http://x').pathname];
      if (!file) return void response.writeHead(404).end();
      response.writeHead(200, { 'Content-Type': file[0] }).end(file[1]);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
});
