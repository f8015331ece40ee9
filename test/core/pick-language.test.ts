import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { de } from '../../src/i18n/de.js';
import { en } from '../../src/i18n/en.js';
import { pickLanguage, stringsFor } from '../../src/i18n/pick-language.js';

describe('pickLanguage', () => {
  it('takes the element’s language by its primary subtag', () => {
    assert.equal(pickLanguage('de', undefined), 'de');
    assert.equal(pickLanguage('de-AT', 'en'), 'de');
    assert.equal(pickLanguage('DE_ch', null), 'de');
    assert.equal(pickLanguage('en-GB', 'de'), 'en');
  });

  it('falls back to the page’s language, then English', () => {
    assert.equal(pickLanguage(undefined, 'de-DE'), 'de');
    assert.equal(pickLanguage('', 'de'), 'de', 'lang="" means unknown');
    assert.equal(pickLanguage('fr', 'de'), 'de', 'a language we do not ship is passed over');
    assert.equal(pickLanguage('fr', 'it'), 'en');
    assert.equal(pickLanguage(null, null), 'en');
    assert.equal(pickLanguage('deutsch', undefined), 'en', 'not a prefix match on letters');
    assert.equal(pickLanguage('constructor', '__proto__'), 'en', 'no prototype keys');
  });

  it('gives the table for a language', () => {
    assert.equal(stringsFor('de'), de);
    assert.equal(stringsFor('en'), en);
  });
});

describe('German strings', () => {
  it('have exactly the keys of the English ones, each of the same kind', () => {
    assert.deepEqual(Object.keys(de).sort(), Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      assert.equal(typeof de[key], typeof en[key], key);
      const value = de[key];
      if (typeof value === 'string') assert.ok(value.trim().length > 0, key);
    }
  });

  it('return non-empty text for sample inputs', () => {
    const samples: Record<string, unknown[][]> = {
      skipBack: [[15]],
      skipForward: [[30]],
      chapterLink: [['Intro']],
      chapterFallback: [[3]],
      matchCount: [[3, 17]],
      skipped: [
        [1, 'chapters'],
        [4, 'transcript'],
        [2, 'episode'],
        [3, 'audio'],
        [5, 'feed'],
      ],
      line: [[12]],
      value: [[{ kind: 'text', text: '"soon"' }], [{ kind: 'list' }]],
      timePhrase: [
        [0, 0, 0],
        [0, 3, 20],
        [1, 0, 0],
        [2, 1, 1],
      ],
      timeOf: [['3 Minuten', '45 Minuten']],
      linkNotCopied: [['https://example.com/#t=3']],
      resumeAt: [['1:40']],
      chapterAnnouncement: [['Intro']],
      transcriptFile: [['txt'], ['vtt'], ['srt']],
    };
    for (const [key, value] of Object.entries(de)) {
      if (typeof value !== 'function') continue;
      assert.ok(samples[key], `a sample for ${key}`);
      for (const args of samples[key]) {
        const text = (value as (...args: unknown[]) => unknown)(...args);
        assert.equal(typeof text, 'string', key);
        assert.ok((text as string).trim().length > 0, key);
      }
    }
  });

  it('say what German speakers say', () => {
    assert.equal(de.skipBack(15), '15 Sekunden zurück');
    assert.equal(de.timePhrase(0, 3, 20), '3 Minuten 20 Sekunden');
    assert.equal(de.timePhrase(1, 0, 0), '1 Stunde');
    assert.equal(de.timePhrase(0, 1, 1), '1 Minute 1 Sekunde');
    assert.equal(de.timePhrase(0, 0, 0), '0 Sekunden');
    assert.equal(de.matchCount(3, 17), '3 von 17');
    assert.equal(de.skipped(1, 'chapters'), '1 Eintrag der Kapiteldatei konnte nicht gelesen werden und wurde übersprungen.');
    assert.equal(de.skipped(4, 'transcript'), '4 Einträge der Transkriptdatei konnten nicht gelesen werden und wurden übersprungen.');
  });
});
