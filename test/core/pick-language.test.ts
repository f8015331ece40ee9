import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchLanguage, pickLanguage } from '../../src/i18n/pick-language.js';

const BUILT_IN = new Set(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'ja']);
const builtIn = (language: string) => BUILT_IN.has(language);

describe('pickLanguage', () => {
  it('takes the element’s language by its primary subtag', () => {
    assert.equal(pickLanguage(['de', undefined], builtIn), 'de');
    assert.equal(pickLanguage(['de-AT', 'en'], builtIn), 'de');
    assert.equal(pickLanguage(['DE_ch', null], builtIn), 'de');
    assert.equal(pickLanguage(['en-GB', 'de'], builtIn), 'en');
    assert.equal(pickLanguage(['pt-BR', 'en'], builtIn), 'pt');
    assert.equal(pickLanguage(['fr-CA', 'en'], builtIn), 'fr');
    assert.equal(pickLanguage(['ja-JP'], builtIn), 'ja');
    assert.equal(pickLanguage(['nl-BE'], builtIn), 'nl');
    assert.equal(pickLanguage(['es-419'], builtIn), 'es');
  });

  it('falls back to the page’s language, then English', () => {
    assert.equal(pickLanguage([undefined, 'de-DE'], builtIn), 'de');
    assert.equal(pickLanguage(['', 'it'], builtIn), 'it', 'lang="" means unknown');
    assert.equal(pickLanguage(['sv', 'de'], builtIn), 'de', 'a language the player does not speak is passed over');
    assert.equal(pickLanguage(['sv', 'fi'], builtIn), 'en');
    assert.equal(pickLanguage([null, null], builtIn), 'en');
    assert.equal(pickLanguage([], builtIn), 'en');
    assert.equal(pickLanguage(['deutsch', undefined], builtIn), 'en', 'not a prefix match on letters');
  });
});

describe('matchLanguage', () => {
  it('prefers the most specific tag a translation was added for', () => {
    const known = (language: string) => builtIn(language) || language === 'pt-pt' || language === 'zh-hant';
    assert.equal(matchLanguage('pt-PT', known), 'pt-pt');
    assert.equal(matchLanguage('pt_PT', known), 'pt-pt');
    assert.equal(matchLanguage('pt-BR', known), 'pt');
    assert.equal(matchLanguage('zh-Hant-TW', known), 'zh-hant');
    assert.equal(matchLanguage('zh-Hans', known), undefined);
    assert.equal(matchLanguage('  FR  ', known), 'fr');
    assert.equal(matchLanguage(undefined, known), undefined);
  });
});
