import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { loadFeedManifest } from '../../src/data/load-feed-manifest.js';
import { describeMessage } from '../../src/i18n/describe.js';
import { de } from '../../src/i18n/de.js';
import { en } from '../../src/i18n/en.js';

const realFetch = globalThis.fetch;

/** Answers every fetch with this body and status, from `url` (after redirects). */
function serve(body: string, { status = 200, url = '' } = {}): void {
  globalThis.fetch = async (input: string | URL | Request) => {
    const response = new Response(body, { status, headers: { 'content-type': 'application/rss+xml' } });
    Object.defineProperty(response, 'url', { value: url || (input instanceof Request ? input.url : String(input)) });
    return response;
  };
}

const FEED = `<?xml version="1.0"?>
<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
<channel><title>Show</title><language>de</language>
<item><title>Two</title><guid>g2</guid><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>
  <enclosure url="two.mp3" type="audio/mpeg" length="1"/>
  <podcast:transcript url="two.vtt" type="text/vtt"/>
  <description>A &nbsp; slip</description></item>
<item><title>One</title><guid>g1</guid><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate>
  <enclosure url="one.mp3" type="audio/mpeg" length="1"/></item>
</channel></rss>`;

describe('loadFeedManifest: a feed’s episode as the player reads an episode description', () => {
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('gives the episode asked for, its addresses and the show notes’ base at the feed’s final URL', async () => {
    serve(FEED, { url: 'https://cdn.example.com/feed.xml' });
    const latest = await loadFeedManifest('https://example.com/feed');
    assert.equal(latest.error, undefined);
    assert.equal(latest.baseUrl, 'https://cdn.example.com/feed.xml');
    assert.equal(latest.manifest?.title, 'Two');
    assert.deepEqual(latest.manifest?.transcripts, [{ url: 'https://cdn.example.com/two.vtt', type: 'vtt', language: 'de' }]);
    assert.deepEqual(
      latest.problems.map((problem) => problem.code),
      [],
      'an HTML entity in an escaped description is text, not XML',
    );
    const one = await loadFeedManifest('https://example.com/feed', { item: 'g1' });
    assert.deepEqual(one.manifest?.audio, [{ src: 'https://cdn.example.com/one.mp3', type: 'audio/mpeg' }]);
  });

  it('names the feed, what is wrong and where, when it is not well-formed', async () => {
    serve(FEED.slice(0, FEED.indexOf('<item><title>One')));
    const cut = await loadFeedManifest('https://example.com/podcast/feed.xml');
    assert.equal(cut.manifest, undefined);
    assert.equal(cut.error?.code, 'file-unusable');
    assert.equal(
      describeMessage(en, cut.error),
      'The feed "feed.xml" could not be used: line 8, column 1: the file ends inside <channel> (opened on line 3): it is cut off or not well-formed.',
    );
    assert.match(describeMessage(de, cut.error), /^Der Feed „feed\.xml“ konnte nicht verwendet werden: Zeile 8, Spalte 1: /);
  });

  it('says when the item asked for is not there, or the file is not a feed', async () => {
    serve(FEED);
    const missing = await loadFeedManifest('https://example.com/feed.xml', { item: '99' });
    assert.match(
      describeMessage(en, missing.error!),
      /^The feed "feed\.xml" could not be used: none of the 2 episodes has the guid or episode number "99"\.$/,
    );
    serve('{"not": "xml"}');
    const json = await loadFeedManifest('https://example.com/feed.xml');
    assert.match(describeMessage(en, json.error!), /line 1, column 1: this is not XML/);
  });

  it('passes on why a feed could not be fetched, as the sentence that names it', async () => {
    serve('gone', { status: 404 });
    const missing = await loadFeedManifest('https://example.com/feed.xml');
    assert.deepEqual(missing.error, { code: 'feed-http-error', params: { file: 'feed.xml', status: 404 } });
    assert.equal(describeMessage(en, missing.error), 'The feed "feed.xml" could not be loaded: the server answered HTTP 404 (not found).');
  });
});
