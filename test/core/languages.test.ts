import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Resource } from '../../src/core/message.js';
import { de } from '../../src/i18n/de.js';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { fr } from '../../src/i18n/fr.js';
import { it as italian } from '../../src/i18n/it.js';
import { ja } from '../../src/i18n/ja.js';
import { nl } from '../../src/i18n/nl.js';
import { pt } from '../../src/i18n/pt.js';
import type { Strings } from '../../src/i18n/strings.js';

const LANGUAGES: Record<string, Strings> = { en, de, fr, es, it: italian, nl, pt, ja };
const RESOURCES: Resource[] = ['audio', 'transcript', 'chapters', 'episode', 'feed'];

/** Arguments for every function in `Strings` (a new one needs a sample here). */
const SAMPLES: Record<string, unknown[][]> = {
  skipBack: [[15], [1]],
  skipForward: [[30]],
  speedOption: [[0.75], [1], [1.5], [2]],
  chapterLink: [['Intro']],
  chapterFallback: [[3]],
  matchCount: [
    [3, 17],
    [1, 1234],
  ],
  skipped: [1, 2, 1234].flatMap((count) => RESOURCES.map((resource) => [count, resource])),
  ignored: [[1], [3], [1234]],
  transcriptFile: [['txt'], ['vtt'], ['srt']],
  line: [[12], [3, 7]],
  value: [[{ kind: 'text', text: '"soon"' }], [{ kind: 'list' }], [{ kind: 'nothing' }]],
  timePhrase: [
    [0, 0, 0],
    [0, 3, 20],
    [1, 0, 0],
    [2, 1, 1],
  ],
  timeOf: [['3 x', '45 x']],
  labelled: [['Label', 'text']],
  linkNotCopied: [['https://example.com/#t=3']],
  resumeAt: [['1:40']],
  chapterAnnouncement: [['Intro']],
};

describe('every built-in language', () => {
  for (const [language, strings] of Object.entries(LANGUAGES)) {
    it(`${language} has the keys of English, each of the same kind, and words for every sample`, () => {
      assert.deepEqual(Object.keys(strings).sort(), Object.keys(en).sort());
      assert.deepEqual(Object.keys(strings.messages).sort(), Object.keys(en.messages).sort());
      for (const key of Object.keys(en) as (keyof Strings)[]) {
        assert.equal(typeof strings[key], typeof en[key], key);
        const value = strings[key];
        if (typeof value === 'string') assert.ok(value.trim().length > 0, key);
        if (typeof value !== 'function') continue;
        assert.ok(SAMPLES[key], `a sample for ${key}`);
        for (const args of SAMPLES[key]) {
          const text = (value as (...args: unknown[]) => unknown)(...args);
          assert.equal(typeof text, 'string', key);
          assert.ok((text as string).trim().length > 0, key);
          assert.doesNotMatch(text as string, /undefined|NaN|\[object/, `${key}: ${String(text)}`);
        }
      }
      assert.doesNotThrow(() => new Intl.NumberFormat(strings.locale), 'the locale is one Intl knows');
    });
  }

  it('keeps the key order of English, so a new key merges in the same place in every file', () => {
    for (const [language, strings] of Object.entries(LANGUAGES)) {
      assert.deepEqual(Object.keys(strings), Object.keys(en), language);
      assert.deepEqual(Object.keys(strings.messages), Object.keys(en.messages), `${language} messages`);
    }
  });
});

describe('each language as its speakers say it', () => {
  it('English', () => {
    assert.equal(en.timePhrase(0, 3, 20), '3 minutes, 20 seconds');
    assert.equal(en.timePhrase(0, 0, 1), '1 second');
    assert.equal(en.matchCount(3, 1234), '3 of 1,234');
    assert.equal(en.speedOption(1.5), '1.5×');
  });

  it('German', () => {
    assert.equal(de.skipBack(15), '15 Sekunden zurück');
    assert.equal(de.timePhrase(0, 3, 20), '3 Minuten, 20 Sekunden');
    assert.equal(de.timePhrase(1, 3, 20), '1 Stunde, 3 Minuten und 20 Sekunden');
    assert.equal(de.timePhrase(1, 0, 0), '1 Stunde');
    assert.equal(de.timePhrase(0, 1, 1), '1 Minute, 1 Sekunde');
    assert.equal(de.timePhrase(0, 0, 0), '0 Sekunden');
    assert.equal(de.matchCount(3, 1234), '3 von 1.234');
    assert.equal(de.speedOption(1.5), '1,5×');
    assert.equal(de.skipped(1, 'chapters'), '1 Eintrag der Kapiteldatei konnte nicht gelesen werden und wurde übersprungen.');
    assert.equal(de.skipped(4, 'transcript'), '4 Einträge der Transkriptdatei konnten nicht gelesen werden und wurden übersprungen.');
  });

  it('French, with a no-break space before a colon and inside « »', () => {
    assert.equal(fr.skipBack(15), 'Reculer de 15 secondes');
    // Intl writes a no-break space between a number and its unit in French.
    assert.equal(fr.timePhrase(0, 0, 1), '1\u00a0seconde');
    assert.equal(fr.timePhrase(0, 3, 20).replace(/\u00a0/g, ' '), '3 minutes et 20 secondes');
    assert.equal(fr.labelled('Temps écoulé', '3 minutes'), 'Temps écoulé\u00a0: 3 minutes');
    assert.equal(fr.chapterLink('Intro'), 'Ouvrir le lien de «\u00a0Intro\u00a0» (nouvel onglet)');
    assert.equal(fr.skipped(1, 'transcript'), '1 entrée du fichier de transcription n’a pas pu être lue et a été ignorée.');
    assert.equal(fr.skipped(3, 'chapters'), '3 entrées du fichier de chapitres n’ont pas pu être lues et ont été ignorées.');
    assert.equal(fr.speedOption(0.75), '0,75×');
  });

  it('Spanish, Italian, Dutch, Portuguese', () => {
    assert.equal(es.skipped(2, 'transcript'), '2 entradas del archivo de transcripción no se pudieron leer y se omitieron.');
    assert.equal(es.timePhrase(1, 3, 20), '1 hora, 3 minutos y 20 segundos');
    assert.equal(italian.skipped(1, 'chapters'), '1 voce del file dei capitoli non è leggibile ed è stata saltata.');
    assert.equal(italian.skipBack(15), 'Indietro di 15 secondi');
    assert.equal(nl.skipForward(30), '30 seconden vooruit');
    assert.equal(nl.skipped(2, 'feed'), '2 vermeldingen uit de feed konden niet worden gelezen en zijn overgeslagen.');
    assert.equal(pt.skipped(1, 'episode'), '1 entrada do arquivo do episódio não pôde ser lida e foi ignorada.');
    assert.equal(pt.matchCount(3, 1234), '3 de 1.234');
  });

  it('Japanese', () => {
    assert.equal(ja.skipBack(15), '15 秒戻る');
    assert.equal(ja.matchCount(3, 17), '17 件中 3 件目');
    assert.equal(ja.speedOption(1.5), '1.5倍');
    assert.equal(ja.labelled('経過時間', '3 分'), '経過時間：3 分');
    assert.equal(ja.line(3, 7), '3 行目、7 列目');
  });
});
