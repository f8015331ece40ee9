import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TranscriptRef } from '../../src/core/episode-manifest.js';
import { languageKey, TranscriptChoice } from '../../src/core/transcript-choice.js';

const REFS: TranscriptRef[] = [
  { url: 'https://x.example/ep.en.srt', type: 'srt', language: 'en' },
  { url: 'https://x.example/ep.de.txt', type: 'text', language: 'de' },
  { url: 'https://x.example/ep.en.json', type: 'json', language: 'en-US' },
  { url: 'https://x.example/ep.de-at.vtt', type: 'vtt', language: 'de-AT' },
  { url: 'https://x.example/ep.unknown.vtt', type: 'vtt' },
];

const choice = (preferred: string[], remembered?: string) => {
  const made = new TranscriptChoice();
  made.update(REFS, preferred, remembered);
  return made;
};

describe('TranscriptChoice', () => {
  it('shows the listener’s language in its richest format', () => {
    assert.equal(choice(['de-DE', 'en']).current?.url, 'https://x.example/ep.de-at.vtt');
    assert.equal(choice(['en-GB']).current?.url, 'https://x.example/ep.en.json');
    assert.equal(choice(['fr']).current?.url, 'https://x.example/ep.en.json', 'none in French: the richest of all');
  });

  it('offers each language once, in the publisher’s order, regions together, one without a stated language too', () => {
    assert.deepEqual(choice(['de']).languages, [{ key: 'en', tag: 'en' }, { key: 'de', tag: 'de' }, { key: '' }]);
  });

  it('puts a language picked in the menu, or remembered from an earlier visit, before the listener’s', () => {
    const picked = choice(['en']);
    assert.equal(picked.pick('de'), true);
    assert.equal(picked.current?.url, 'https://x.example/ep.de-at.vtt');
    assert.equal(picked.pick('de'), false, 'the same again changes nothing');
    assert.equal(picked.pick(''), true);
    assert.equal(picked.current?.url, 'https://x.example/ep.unknown.vtt');
    assert.equal(choice(['en'], 'de').current?.url, 'https://x.example/ep.de-at.vtt');
    const both = choice(['en'], 'de');
    both.pick('en');
    assert.equal(both.current?.url, 'https://x.example/ep.en.json', 'a pick now wins over the remembered one');
  });

  it('tries the next one when a transcript fails to load: same language first, then the next', () => {
    const made = choice(['de']);
    assert.equal(made.failedToLoad('https://x.example/ep.de-at.vtt'), true);
    assert.equal(made.current?.url, 'https://x.example/ep.de.txt');
    assert.equal(made.failedToLoad('https://x.example/ep.de.txt'), true);
    assert.equal(made.current?.url, 'https://x.example/ep.en.json');
    for (const ref of REFS.slice(0, 4)) made.failedToLoad(ref.url);
    assert.equal(made.failedToLoad('https://x.example/ep.unknown.vtt'), false, 'nothing left to try');
    assert.equal(made.current?.url, 'https://x.example/ep.unknown.vtt', 'the last one tried stays, with its error');
    assert.equal(made.pick('de'), true, 'picking a language again gives its transcripts another chance');
    assert.equal(made.current?.url, 'https://x.example/ep.de-at.vtt');
  });

  it('starts afresh for another episode, and keeps its state while nothing changes', () => {
    const made = choice(['de']);
    made.failedToLoad('https://x.example/ep.de-at.vtt');
    made.update(REFS, ['de'], undefined);
    assert.equal(made.current?.url, 'https://x.example/ep.de.txt', 'the same list: the failure is remembered');
    made.update([...REFS], ['de'], undefined);
    assert.equal(made.current?.url, 'https://x.example/ep.de-at.vtt', 'a new episode: tried again');
    made.update(undefined, ['de'], undefined);
    assert.equal(made.current, undefined);
    assert.deepEqual(made.languages, []);
  });

  it('keys a language by its primary subtag', () => {
    assert.equal(languageKey({ url: 'u', language: ' DE-at ' }), 'de');
    assert.equal(languageKey({ url: 'u' }), '');
  });
});
