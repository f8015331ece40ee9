import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { chooseTranscript, preferredLanguages } from '../../src/core/choose-transcript.js';
import type { TranscriptRef } from '../../src/core/episode-manifest.js';
import type { TranscriptFormat } from '../../src/core/model.js';

const ref = (name: string, type?: TranscriptFormat, language?: string, rel?: string): TranscriptRef => ({
  url: `https://x.example/${name}`,
  ...(type ? { type } : {}),
  ...(language ? { language } : {}),
  ...(rel ? { rel } : {}),
});
const names = (refs: TranscriptRef[]) => refs.map((item) => item.url.slice('https://x.example/'.length));

describe('chooseTranscript', () => {
  const feed = [
    ref('en.txt', 'lines', 'en'),
    ref('en.srt', 'srt', 'en'),
    ref('de.html', 'html', 'de'),
    ref('en.json', 'json', 'en'),
    ref('de.vtt', 'vtt', 'de-DE', 'captions'),
    ref('es.srt', 'srt', 'es'),
  ];

  it('takes the listener’s language first, then the richest format', () => {
    assert.equal(names([chooseTranscript(feed, ['en']).chosen!])[0], 'en.json');
    assert.equal(names([chooseTranscript(feed, ['de-AT', 'en']).chosen!])[0], 'de.vtt');
  });

  it('ranks JSON > VTT > SRT > HTML > plain text, captions as good as any', () => {
    const all = [
      ref('a.txt', 'lines'),
      ref('a.html', 'html'),
      ref('a.srt', 'srt'),
      ref('a.vtt', 'vtt', undefined, 'captions'),
      ref('a.json', 'json'),
    ];
    assert.deepEqual(names(chooseTranscript(all, []).ranked), ['a.json', 'a.vtt', 'a.srt', 'a.html', 'a.txt']);
  });

  it('counts the regions of a language as one, richest first, the exact tag breaking a tie', () => {
    const portuguese = [ref('pt.json', 'json', 'pt'), ref('pt-br.srt', 'srt', 'pt-BR'), ref('pt-pt.srt', 'srt', 'pt-PT')];
    assert.deepEqual(names(chooseTranscript(portuguese, ['pt-BR']).ranked), ['pt.json', 'pt-br.srt', 'pt-pt.srt']);
    assert.deepEqual(names(chooseTranscript(portuguese, ['pt-PT']).ranked), ['pt.json', 'pt-pt.srt', 'pt-br.srt']);
    assert.deepEqual(names(chooseTranscript(portuguese, ['pt-PT']).languages), ['pt.json']);
  });

  it('matches language tags whatever their case (feeds write "EN")', () => {
    assert.equal(names([chooseTranscript([ref('a.json', 'json', 'fr'), ref('b.txt', 'lines', 'EN')], ['en-us']).chosen!])[0], 'b.txt');
  });

  it('without a language match, takes the richest of all', () => {
    assert.equal(names([chooseTranscript(feed, ['ja']).chosen!])[0], 'en.json');
  });

  it('lists the fallbacks in order: the rest of the chosen language first', () => {
    assert.deepEqual(names(chooseTranscript(feed, ['en', 'de']).ranked), ['en.json', 'en.srt', 'en.txt', 'de.vtt', 'de.html', 'es.srt']);
  });

  it('gives one transcript per language for a menu, the chosen language first', () => {
    assert.deepEqual(names(chooseTranscript(feed, ['de']).languages), ['de.vtt', 'en.json', 'es.srt']);
    assert.deepEqual(names(chooseTranscript([ref('one.vtt', 'vtt')], ['de']).languages), ['one.vtt']);
  });

  it('ranks an unknown format last and copes with nothing', () => {
    assert.deepEqual(names(chooseTranscript([ref('x.pdf'), ref('x.txt', 'lines')], []).ranked), ['x.txt', 'x.pdf']);
    assert.deepEqual(chooseTranscript([], ['en']), { ranked: [], languages: [] });
  });

  it('keeps every transcript and chooses the first it ranks', () => {
    const types: TranscriptFormat[] = ['json', 'vtt', 'srt', 'html', 'lines', 'pst', 'podlove-json'];
    const arbitraryRef = fc.record({
      name: fc.string({ maxLength: 4 }),
      type: fc.option(fc.constantFrom(...types), { nil: undefined }),
      language: fc.option(fc.constantFrom('en', 'EN', 'en-US', 'de', 'de-AT', 'fr', ''), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryRef, { maxLength: 8 }),
        fc.array(fc.constantFrom('en', 'de-AT', 'fr', '', ' '), { maxLength: 3 }),
        (refs, wanted) => {
          const list = refs.map((item) => ref(item.name, item.type, item.language));
          const choice = chooseTranscript(list, wanted);
          assert.equal(choice.ranked.length, list.length);
          assert.equal(choice.chosen, choice.ranked[0]);
          assert.equal(choice.languages[0], choice.chosen);
        },
      ),
    );
  });
});

describe('preferredLanguages', () => {
  it('puts the sources in order of authority, without blanks or repeats', () => {
    assert.deepEqual(preferredLanguages('de', '', ['en-US', 'DE', 'fr'], undefined, null), ['de', 'en-US', 'fr']);
    assert.deepEqual(preferredLanguages(undefined, 'en', ['en']), ['en']);
  });
});
