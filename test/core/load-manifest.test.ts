import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Message } from '../../src/core/message.js';
import { loadManifest } from '../../src/data/load-manifest.js';
import { describeMessage } from '../../src/i18n/describe.js';
import { en } from '../../src/i18n/en.js';
import { inEnglish } from './in-english.js';

/** An error as the English widget shows it. */
const english = (error: Message | undefined): string => (error ? describeMessage(en, error) : '');

const realFetch = globalThis.fetch;

/** Answers every fetch with this body (or rejects), as the URL given. */
function serve(body: string | Error, { status = 200, url = '' } = {}): string[] {
  const asked: string[] = [];
  globalThis.fetch = async (input: string | URL | Request) => {
    asked.push(input instanceof Request ? input.url : String(input));
    if (body instanceof Error) throw body;
    const response = new Response(body, { status, headers: { 'content-type': 'application/json' } });
    Object.defineProperty(response, 'url', { value: url || (input instanceof Request ? input.url : String(input)) });
    return response;
  };
  return asked;
}

describe('loadManifest', () => {
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('fetches the episode URL and resolves relative URLs against where the file ended up', async () => {
    const asked = serve(JSON.stringify({ title: 'Ep 1', audio: 'ep1.mp3', transcript: 'ep1.vtt', notes: '<p>Hi</p>' }), {
      url: 'https://cdn.example.com/shows/ep1.json',
    });
    const result = await loadManifest({ url: 'https://blog.example.com/ep1.json' });
    assert.deepEqual(asked, ['https://blog.example.com/ep1.json']);
    assert.equal(result.error, undefined);
    assert.deepEqual(result.manifest?.audio, [{ src: 'https://cdn.example.com/shows/ep1.mp3' }]);
    assert.deepEqual(result.manifest?.transcript, { url: 'https://cdn.example.com/shows/ep1.vtt' });
    assert.equal(result.manifest?.notes, '<p>Hi</p>');
    assert.equal(result.baseUrl, 'https://cdn.example.com/shows/ep1.json');
  });

  it('says which file could not be fetched and why', async () => {
    serve('Not found', { status: 404 });
    const missing = await loadManifest({ url: 'https://blog.example.com/shows/ep1.json' });
    assert.equal(missing.manifest, undefined);
    assert.match(english(missing.error), /episode file "ep1\.json".*HTTP 404 \(not found\)/);
    serve(new TypeError('Failed to fetch'));
    const offline = await loadManifest({ url: 'https://blog.example.com/ep1.json' });
    assert.match(english(offline.error), /episode file "ep1\.json" could not be fetched/);
  });

  it('names the file and the line and column of a JSON syntax error', async () => {
    serve('{\n  "title": "Ep 1",\n  "audio": "ep1.mp3",\n}\n');
    const result = await loadManifest({ url: 'https://blog.example.com/ep1.json' });
    assert.equal(result.manifest, undefined);
    assert.match(english(result.error), /^The episode file "ep1\.json" is not valid JSON at line 4, column 1: /);
  });

  it('says so when a web page came back instead of JSON', async () => {
    serve('<!doctype html><html><body>Home</body></html>');
    const result = await loadManifest({ url: 'https://blog.example.com/ep1.json' });
    assert.match(english(result.error), /"ep1\.json" is not JSON but a web page/);
  });

  it('reads inline JSON against the given base, naming it "the inline episode data"', async () => {
    const ok = await loadManifest({
      inlineJson: ' {"audio": "ep1.mp3", "date": "2024-05-01"} ',
      baseUrl: 'https://blog.example.com/post/',
    });
    assert.deepEqual(ok.manifest, { audio: [{ src: 'https://blog.example.com/post/ep1.mp3' }], date: '2024-05-01' });
    assert.deepEqual(ok.problems, []);
    assert.equal(ok.baseUrl, 'https://blog.example.com/post/');
    const bad = await loadManifest({ inlineJson: '{"audio": "ep1.mp3" "title": "x"}', baseUrl: 'https://blog.example.com/' });
    assert.equal(
      english(bad.error),
      "The inline episode data is not valid JSON at line 1, column 21: expected ',' or '}' after property value.",
    );
    const empty = await loadManifest({ inlineJson: '  \n ' });
    assert.equal(english(empty.error), 'The inline episode data is empty.');
  });

  it('passes on what the manifest parser dropped, and fails with its fatal reason', async () => {
    const partial = await loadManifest({ inlineJson: '{"audio": "https://e.example/a.mp3", "link": "javascript:alert(1)"}' });
    assert.ok(partial.manifest);
    assert.deepEqual(
      inEnglish(partial.problems).map((problem) => problem.where),
      ['link'],
    );
    const noAudio = await loadManifest({ inlineJson: '{"title": "No audio"}' });
    assert.equal(noAudio.manifest, undefined);
    assert.match(english(noAudio.error), /^The inline episode data could not be used: audio: there is no usable audio/);
    assert.ok(noAudio.problems.some((problem) => problem.fatal));
  });

  it('answers with an error, not an exception, when there is nothing to read or the load is cancelled', async () => {
    assert.match(english((await loadManifest({})).error), /no episode description/);
    serve(new DOMException('aborted', 'AbortError'));
    const controller = new AbortController();
    controller.abort();
    const cancelled = await loadManifest({ url: 'https://blog.example.com/ep1.json' }, controller.signal);
    assert.match(english(cancelled.error), /cancelled/);
  });

  it('never throws on arbitrary inline text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json()), async (text) => {
        const result = await loadManifest({ inlineJson: text, baseUrl: 'https://e.example/' });
        assert.ok(result.manifest !== undefined || english(result.error) !== '');
      }),
      { numRuns: 300 },
    );
  });
});
