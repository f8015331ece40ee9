import { expect } from '@esm-bundle/chai';
import { chooseTranscript, preferredLanguages } from '../../src/core/choose-transcript.js';
import { loadFeed } from '../../src/data/load-feed.js';

// Not the element: the loader it calls, against the test server.
const FIXTURES = new URL('../fixtures/', import.meta.url).href;

describe('loading a feed', () => {
  it('reads the newest episode, its addresses resolved against the feed', async () => {
    const result = await loadFeed(`${FIXTURES}tone-10s.feed.xml`);
    expect(result.problems).to.deep.equal([]);
    expect(result.url).to.equal(`${FIXTURES}tone-10s.feed.xml`);
    expect(result.items.map((item) => item.guid)).to.deep.equal(['tone-10s', 'tone-10s-chapters']);
    expect(result.manifest).to.deep.equal({
      audio: [{ src: `${FIXTURES}tone-10s.mp3`, type: 'audio/mpeg' }],
      title: 'Ten seconds of tone',
      show: 'Tone Tests',
      artwork: `${FIXTURES}cover.png`,
      duration: 10,
      transcripts: [
        { url: `${FIXTURES}tone-10s.transcript.txt`, type: 'text', language: 'de' },
        { url: `${FIXTURES}tone-10s.transcript.json`, type: 'json', language: 'en' },
      ],
      chapters: { url: `${FIXTURES}tone-10s.chapters.json`, type: 'json' },
      notes: '<p>A tone for tests &amp; nothing else.</p>',
      date: 'Tue, 02 Jan 2024 10:00:00 GMT',
    });
  });

  it('chooses the transcript in the listener’s language, and every one it names can be fetched', async () => {
    const { manifest } = await loadFeed(`${FIXTURES}tone-10s.feed.xml`);
    const transcripts = manifest!.transcripts!;
    expect(chooseTranscript(transcripts, preferredLanguages('de', navigator.languages)).chosen!.type).to.equal('text');
    expect(chooseTranscript(transcripts, ['en-GB']).chosen!.type).to.equal('json');
    for (const transcript of transcripts) expect((await fetch(transcript.url)).status, transcript.url).to.equal(200);
  });

  it('picks an episode by number', async () => {
    const { manifest } = await loadFeed(`${FIXTURES}tone-10s.feed.xml`, { item: '1' });
    expect(manifest!.audio[0]!.src).to.equal(`${FIXTURES}tone-10s-chapters-v24.mp3`);
  });

  it('refuses a feed cut off mid-download, with line and column, instead of reading the first episode', async () => {
    const result = await loadFeed(`${FIXTURES}tone-10s.feed-cut.xml`);
    expect(result.manifest).to.equal(undefined);
    expect(result.items).to.deep.equal([]);
    expect(result.problems).to.deep.equal([
      { code: 'xml-unexpected-end', params: { open: 'item', openedAtLine: 19 }, line: 24, column: 7, fatal: true },
    ]);
  });

  it('refuses a file that is not XML', async () => {
    const result = await loadFeed(`${FIXTURES}tone-10s.transcript.json`);
    expect(result.problems.map((problem) => [problem.code, problem.line, problem.column])).to.deep.equal([['xml-not-xml', 1, 1]]);
  });

  it('names CORS when another site does not let the page read its feed', async () => {
    // The test server answers on 127.0.0.1 too, another origin than localhost, without CORS headers.
    const other = new URL(`${FIXTURES}tone-10s.feed.xml`);
    other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const result = await loadFeed(other.href);
    expect(result.problems).to.deep.equal([
      { code: 'feed-blocked', params: { file: 'tone-10s.feed.xml', origin: other.origin }, fatal: true },
    ]);
  });

  it('tells a server that is not there, and a missing feed, from a refusal', async () => {
    const unreachable = await loadFeed('http://127.0.0.1:1/feed.xml');
    expect(unreachable.problems).to.deep.equal([{ code: 'feed-unreachable', params: { file: 'feed.xml' }, fatal: true }]);
    const missing = await loadFeed(`${FIXTURES}missing.xml`);
    expect(missing.problems).to.deep.equal([{ code: 'feed-http-error', params: { file: 'missing.xml', status: 404 }, fatal: true }]);
  });
});
