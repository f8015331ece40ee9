import { expect } from '@esm-bundle/chai';
import { readId3Header } from '../../src/core/id3/index.js';
import { loadEmbeddedChapters } from '../../src/data/load-embedded-chapters.js';

// Not the element: the loader it calls, against the test server (HTTP Range by koa-range).
const FIXTURES = new URL('../fixtures/', import.meta.url).href;
const routes = new URL('/test-routes/', location.href).href;

/** The tag size a fixture's header announces, and the file's size, from a plain fetch of the whole file. */
async function sizes(name: string): Promise<{ tag: number; file: number }> {
  const bytes = new Uint8Array(await (await fetch(`${FIXTURES}${name}`)).arrayBuffer());
  return { tag: readId3Header(bytes)!.size, file: bytes.length };
}

describe('chapters inside an MP3, read with Range requests', () => {
  it('reads an ID3v2.3 tag (UTF-16 titles, a picture) and fetches the tag only', async () => {
    const result = await loadEmbeddedChapters(`${FIXTURES}tone-10s-chapters-v23.mp3`);
    expect(result.outcome).to.equal('read');
    expect(result.problems).to.deep.equal([]);
    expect(result.items.map((chapter) => [chapter.start, chapter.end, chapter.title, chapter.toc])).to.deep.equal([
      [0, 2.5, 'Anfang – Ä', true],
      [2.5, 5, 'Zweites Kapitel', true],
      [5, 7.5, 'Drittes', true],
      [7.5, 10, 'Ende ✓', true],
    ]);
    expect(result.items[0]!.image).to.match(/^data:image\/png;base64,iVBORw0KGgo/);
    const { tag, file } = await sizes('tone-10s-chapters-v23.mp3');
    expect(result.bytesFetched).to.equal(tag);
    expect(tag).to.be.below(file / 10);
  });

  it('reads an ID3v2.4 tag (UTF-8) in the order of its table of contents, links resolved against the audio', async () => {
    const url = `${FIXTURES}tone-10s-chapters-v24.mp3`;
    const result = await loadEmbeddedChapters(url);
    expect(result.items.map((chapter) => chapter.title)).to.deep.equal(['Anfang – Ä', 'Drittes', 'Zweites Kapitel', 'Ende ✓']);
    expect(result.items[2]!.link).to.equal('https://example.com/zwei');
    expect(result.items[3]!.link).to.equal(new URL('notes.html#ende', url).href);
    expect(result.bytesFetched).to.equal((await sizes('tone-10s-chapters-v24.mp3')).tag);
  });

  it('asks for ten bytes of a file without a tag, and says there is nothing', async () => {
    const result = await loadEmbeddedChapters(`${FIXTURES}tone-10s.mp3`);
    expect(result).to.deep.equal({ items: [], problems: [], outcome: 'none', bytesFetched: 10 });
  });

  it('skips, with a notice, a server that answers a Range request with the whole file', async () => {
    const result = await loadEmbeddedChapters(`${routes}no-range/tone-10s-chapters-v23.mp3`);
    expect(result.outcome).to.equal('skipped');
    expect(result.bytesFetched).to.equal(0);
    expect(result.problems).to.deep.equal([
      { code: 'embedded-chapters-no-range', params: { file: 'tone-10s-chapters-v23.mp3' }, fatal: true },
    ]);
  });

  it('hangs up on such a server at once instead of downloading the file', async () => {
    const probe = `probe-${Math.random().toString(36).slice(2)}`;
    const started = performance.now();
    const result = await loadEmbeddedChapters(`${routes}no-range-endless/tone-10s-chapters-v23.mp3?probe=${probe}`);
    const seconds = (performance.now() - started) / 1000;
    expect(result.problems[0]!.code).to.equal('embedded-chapters-no-range');
    // The server needs over 5 s to push the whole body (1,024 chunks, 5 ms apart): less means it was not read.
    expect(seconds, 'the body of 64 MB was not read').to.be.below(5);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { bytes } = (await (await fetch(`${routes}sent/${probe}`)).json()) as { bytes: number };
    // What the server pushed before the hang-up reached it: socket buffers, not the file.
    expect(bytes, 'bytes sent')
      .to.be.above(0)
      .and.below(8 * 1024 * 1024);
  });

  it('says what the server answered, and when another site does not let the page read the file', async () => {
    const missing = await loadEmbeddedChapters(`${FIXTURES}missing.mp3`);
    expect(missing.problems).to.deep.equal([
      { code: 'embedded-chapters-http-error', params: { file: 'missing.mp3', status: 404 }, fatal: true },
    ]);
    // The test server answers on 127.0.0.1 too, another origin than localhost, without CORS headers.
    const other = new URL(`${FIXTURES}tone-10s-chapters-v23.mp3`);
    other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const blocked = await loadEmbeddedChapters(other.href);
    expect(blocked.outcome).to.equal('skipped');
    expect(blocked.problems.map((problem) => problem.code)).to.deep.equal(['embedded-chapters-blocked']);
  });

  it('does not fetch a tag larger than the limit', async () => {
    const result = await loadEmbeddedChapters(`${FIXTURES}tone-10s-chapters-v23.mp3`, { maxTagBytes: 100 });
    expect(result.problems.map((problem) => problem.code)).to.deep.equal(['embedded-chapters-tag-too-large']);
    expect(result.bytesFetched).to.equal(10);
  });

  it('gives up quietly when the caller cancels', async () => {
    const controller = new AbortController();
    const pending = loadEmbeddedChapters(`${routes}slow/2000/tone-10s-chapters-v23.mp3`, { signal: controller.signal });
    controller.abort();
    expect(await pending).to.deep.equal({ items: [], problems: [], outcome: 'skipped', bytesFetched: 0 });
  });
});
