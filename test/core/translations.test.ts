import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { de } from '../../src/i18n/de.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import type { Strings } from '../../src/i18n/strings.js';
import {
  addTranslation,
  isKnownLanguage,
  loadStrings,
  loadTranslation,
  onTranslationAdded,
  translationNow,
} from '../../src/i18n/translations.js';

// The registry is one per page (here: per test file), so each test adds tags of its own.

describe('built-in languages', () => {
  it('has English at hand and imports the others on use, once', async () => {
    // English's words are at hand; its sentences of errors come with the whole of it, on use.
    assert.equal(translationNow('en')?.play, en.play);
    assert.equal(await loadTranslation('en'), en);
    assert.equal(translationNow('en'), en, 'whole once its sentences have come');
    assert.equal(translationNow('fr'), undefined, 'French is not in the first bytes');
    const french = await loadTranslation('fr');
    assert.equal(french.play, fr.play);
    assert.equal(translationNow('fr'), french, 'at hand once loaded');
    assert.equal(await loadTranslation('fr'), french);
  });

  it('knows the built-in tags and no prototype keys', () => {
    for (const language of ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'ja']) assert.ok(isKnownLanguage(language), language);
    for (const language of ['sv', 'constructor', '__proto__', 'toString', '']) assert.ok(!isKnownLanguage(language), language);
  });

  it('gives the strings for any tag, as a player with that lang would speak', async () => {
    assert.equal((await loadStrings('de-AT')).play, de.play);
    assert.equal((await loadStrings('pt-BR')).locale, 'pt-BR');
    assert.equal(await loadStrings('sv'), en);
  });
});

describe('addTranslation', () => {
  const swedish = { ...en, locale: 'sv', play: 'Spela upp', pause: 'Pausa' } satisfies Strings;

  it('adds a whole language, which players then speak', async () => {
    assert.ok(!isKnownLanguage('sv'));
    addTranslation('sv', swedish);
    assert.ok(isKnownLanguage('sv'));
    const strings = await loadStrings('sv-FI');
    assert.equal(strings.play, 'Spela upp');
    assert.equal(strings.locale, 'sv');
  });

  it('falls back to English for what a whole language lacks or gives as the wrong kind', async () => {
    const { play: _, ...missingPlay } = swedish;
    addTranslation('sv-x-partial', { ...missingPlay, pause: 42 as unknown as string, skipBack: 'no' as unknown as () => string });
    const strings = await loadTranslation('sv-x-partial');
    assert.equal(strings.play, en.play);
    assert.equal(strings.pause, en.pause);
    assert.equal(strings.skipBack(15), en.skipBack(15));
  });

  it('changes a few strings of a built-in language over that base, importing it', async () => {
    addTranslation('pt-PT', { download: 'Transferir o áudio', loading: 'A carregar…' }, 'pt');
    assert.ok(isKnownLanguage('pt-pt'));
    const strings = await loadStrings('pt-PT');
    assert.equal(strings.download, 'Transferir o áudio');
    assert.equal(strings.play, 'Reproduzir', 'the rest is the base’s');
    assert.equal(strings.locale, 'pt-PT', 'a language made from another formats in its own locale');
    assert.equal((await loadStrings('pt-BR')).download, 'Baixar o áudio', 'the base itself is unchanged');
  });

  it('changes a language in place when the base is the language itself, one change over another', async () => {
    addTranslation('es', { play: 'Escuchar' }, 'es');
    addTranslation('es', { pause: 'Detener', messages: { 'file-empty': () => 'vacío' } }, 'es');
    const strings = await loadTranslation('es');
    assert.equal(strings.play, 'Escuchar');
    assert.equal(strings.pause, 'Detener');
    assert.equal(strings.messages['file-empty']({}, strings), 'vacío');
    assert.equal(strings.messages['file-not-text']({}, strings), 'el archivo no se pudo leer como texto');
    assert.equal(strings.locale, 'es');
  });

  it('changes English, which is then no longer at hand without waiting', async () => {
    addTranslation('en', { play: 'Listen' }, 'en');
    assert.equal(translationNow('en'), undefined);
    assert.equal((await loadTranslation('en')).play, 'Listen');
    addTranslation('en', { ...en }); // put English back for the tests after this one
  });

  it('ends in English when bases go round in a circle', async () => {
    addTranslation('x-a', { play: 'A' }, 'x-b');
    addTranslation('x-b', { pause: 'B' }, 'x-a');
    const strings = await loadTranslation('x-a');
    assert.equal(strings.play, 'A');
    assert.equal(strings.pause, 'B');
    assert.equal(strings.skipBack(15), en.skipBack(15));
  });

  it('tells the players, and forgets the languages resolved before', async () => {
    const italian = await loadTranslation('it');
    let told = 0;
    const stop = onTranslationAdded(() => told++);
    addTranslation('it', { play: 'Ascolta' }, 'it');
    assert.equal(told, 1);
    assert.equal(translationNow('it'), undefined);
    assert.notEqual(await loadTranslation('it'), italian);
    stop();
    addTranslation('it', { pause: 'Ferma' }, 'it');
    assert.equal(told, 1);
  });

  it('refuses what is not a language tag', () => {
    assert.throws(() => addTranslation('', swedish), TypeError);
    assert.throws(() => addTranslation('sv se', swedish), TypeError);
    assert.throws(() => addTranslation('sv', {}, 'not a tag'), TypeError);
  });
});
