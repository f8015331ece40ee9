import { expect } from '@esm-bundle/chai';
import type { TranscriptPlayer } from '../../src/components/transcript-player.js';
import { en } from '../../src/i18n/en.js';
import { spokenDuration } from '../../src/i18n/intl.js';
import { FIXTURES, partsOf, removeAll, waitFor } from './helpers.js';

const LANGUAGES = ['de', 'fr', 'es', 'it', 'nl', 'pt', 'ja'];

/**
 * Words a language shares with English, where the English string is also right in that
 * language ("Pause" is the German and French button too).
 */
const SHARED_WORDS: Record<string, string[]> = {
  de: ['Pause'],
  fr: ['Pause', 'minutes'],
};

/** A value that stands for any argument: text in a sentence, a number in arithmetic, a quoted value for `value()`. */
const SENTINEL = 'QQQ';
const sentinel: Record<string | symbol, unknown> = {
  kind: 'text',
  text: SENTINEL,
  toString: () => SENTINEL,
  valueOf: () => 97531,
  join: () => SENTINEL,
  [Symbol.toPrimitive]: (hint: string) => (hint === 'number' ? 97531 : SENTINEL),
};
const anything = new Proxy(sentinel, { get: (target, key) => (key in target ? target[key] : anything) });

/**
 * What English says, in the pieces between the values it is given: every string of
 * `en.ts`, and every function of it (strings and message sentences) called with values
 * that are then cut out. Built from `en` itself, so a new string is checked as soon as it exists.
 */
function englishPieces(): string[] {
  const pieces = new Set<string>();
  const add = (text: unknown) => {
    if (typeof text !== 'string') return;
    for (const piece of text.split(/QQQ|97[,.]?531|undefined|\[object Object\]|NaN/)) {
      const trimmed = piece.replace(/^[\s\p{P}\p{S}\d]+|[\s\p{P}\p{S}\d]+$/gu, '');
      if ((trimmed.match(/\p{L}/gu) ?? []).length >= 4) pieces.add(trimmed);
    }
  };
  const calls = (fn: (...args: unknown[]) => unknown, argsList: unknown[][]) => {
    for (const args of argsList) {
      try {
        add(fn(...args));
      } catch {
        // Some sentences need values of a shape the stand-in cannot take; the others cover their words.
      }
    }
  };
  for (const [key, value] of Object.entries(en)) {
    if (key === 'locale') continue;
    if (typeof value === 'string') add(value);
    else if (typeof value === 'function') calls(value as (...args: unknown[]) => unknown, [[anything, anything, anything], [1, 1, 1], [1]]);
  }
  for (const sentence of Object.values(en.messages)) calls(sentence as (...args: unknown[]) => unknown, [[anything, en]]);
  return [...pieces];
}

/** Every text a person or a screen reader meets in the player: text, and the attributes that name or describe. */
function textsOf(player: HTMLElement): string[] {
  const texts: string[] = [];
  const visit = (root: ShadowRoot | Element) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) {
        if (!(node.parentElement instanceof HTMLStyleElement) && node.data.trim()) texts.push(node.data.trim());
        continue;
      }
      const element = node as Element;
      for (const name of ['aria-label', 'title', 'placeholder', 'aria-valuetext', 'alt']) {
        const value = element.getAttribute(name);
        if (value?.trim()) texts.push(value.trim());
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(player.shadowRoot!);
  return texts;
}

function englishLeftIn(player: HTMLElement, language: string): string[] {
  const shared = new Set(SHARED_WORDS[language] ?? []);
  const pieces = englishPieces().filter((piece) => !shared.has(piece));
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found: string[] = [];
  for (const text of textsOf(player)) {
    for (const piece of pieces) {
      if (new RegExp(`(?<![\\p{L}])${escape(piece)}(?![\\p{L}])`, 'u').test(text)) found.push(`"${piece}" in "${text}"`);
    }
  }
  return found;
}

// The data is in no language (Latin filler, Greek letters), so any English comes from the player.
const TRANSCRIPT = [
  'WEBVTT',
  '',
  '00:00.000 --> 00:02.000',
  '<v Alpha>Lorem ipsum dolor sit amet.',
  '',
  '00:02.000 --> 00:04.000',
  '<v Beta>Consectetur adipiscing elit, lorem.',
  '',
  '00:0x.000 --> 00:05.000',
  'Sed do eiusmod.',
  '',
  '00:05.000 --> 00:09.000',
  '<v Alpha>Tempor incididunt ut labore.',
  '',
].join('\n');
const CHAPTERS = {
  version: '1.2.0',
  chapters: [{ startTime: 0, title: 'Α' }, { startTime: 4, title: 'Β', url: 'https://example.com/b' }, { startTime: 6 }],
};

/** A player in the states that show most strings: transcript with a notice, chapters, show notes, a resume offer, a search with matches, a share. */
/** Long enough to offer a place to resume (the tone is 10 s: no position in it is kept). */
const LONG_AUDIO = new URL('/demo/episode.mp3', location.href).href;

async function fullPlayer(language: string): Promise<TranscriptPlayer> {
  localStorage.setItem(`transcript-player:${LONG_AUDIO}`, JSON.stringify({ position: 12, rate: 1.5, savedAt: Date.now() }));
  const player = document.createElement('transcript-player');
  player.setAttribute('lang', language);
  player.setAttribute('preload', 'metadata');
  player.setAttribute('download', '');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify({
    title: 'Lorem ipsum',
    show: 'Dolor',
    date: '2024-05-01',
    audio: LONG_AUDIO,
    transcript: TRANSCRIPT,
    chapters: CHAPTERS,
    notes: '<p>Lorem <a href="https://example.com/">ipsum</a> 0:05.</p>',
  });
  player.append(script);
  document.body.append(player);
  await waitFor(() => player.segments.length === 3 && player.chapterList.length === 3, 'the episode');
  await waitFor(() => player.duration > 9, 'the audio’s length');
  await player.updateComplete;
  const search = partsOf(player, 'search-input')[0] as HTMLInputElement;
  search.value = 'lorem';
  search.dispatchEvent(new Event('input'));
  await waitFor(() => partsOf(player, 'match').length > 0, 'search matches');
  partsOf(player, 'share')[0]!.click();
  await waitFor(() => partsOf(player, 'share-status')[0]!.textContent.trim() !== '', 'the share status');
  return player;
}

/** A player whose transcript is missing and whose audio is not audio: an error in the panel and one above it. */
async function brokenPlayer(language: string): Promise<TranscriptPlayer> {
  const player = document.createElement('transcript-player');
  player.setAttribute('lang', language);
  player.setAttribute('preload', 'metadata');
  player.setAttribute('src', `${FIXTURES}not-audio.mp3`);
  player.setAttribute('transcript', `${FIXTURES}missing.transcript.json`);
  player.chaptersData = CHAPTERS;
  document.body.append(player);
  await waitFor(() => partsOf(player, 'error').length >= 2, 'both errors');
  await player.updateComplete;
  return player;
}

describe('every built-in language', () => {
  afterEach(() => {
    removeAll();
    localStorage.clear();
  });

  it('finds English words the way the test below looks for them', async () => {
    const pieces = englishPieces();
    for (const piece of [
      'Play',
      'Skip back',
      'seconds',
      'Copy link to this moment',
      'could not be loaded',
      'Podcast player',
      'Show notes',
    ]) {
      expect(pieces, piece).to.include(piece);
    }
    const player = await fullPlayer('en');
    expect(englishLeftIn(player, 'de').length).to.be.greaterThan(20);
  });

  for (const language of LANGUAGES) {
    it(`${language}: no English is left in a full player or a broken one`, async () => {
      const full = await fullPlayer(language);
      expect(partsOf(full, 'resume')).to.have.length(1);
      expect(partsOf(full, 'notice')).to.have.length(1);
      expect(partsOf(full, 'notes-time')).to.have.length(1);
      expect(englishLeftIn(full, language)).to.deep.equal([]);
      const broken = await brokenPlayer(language);
      expect(englishLeftIn(broken, language)).to.deep.equal([]);
    });
  }

  it('formats numbers, dates and durations in the language', async () => {
    const player = await fullPlayer('de');
    const speeds = [...partsOf(player, 'speed')[0]!.querySelectorAll('option')].map((option) => option.textContent.trim());
    expect(speeds).to.include('1,5×');
    expect(partsOf(player, 'episode-date')[0]!.textContent).to.equal('1. Mai 2024');
    const total = Math.floor(player.duration);
    expect(partsOf(player, 'seek-bar')[0]!.getAttribute('aria-valuetext')).to.equal(
      `0 Sekunden von ${spokenDuration('de', 0, Math.floor(total / 60), total % 60)}`,
    );
    const japanese = await fullPlayer('ja');
    expect(partsOf(japanese, 'episode-date')[0]!.textContent).to.equal('2024年5月1日');
    expect(partsOf(japanese, 'search-count')[0]!.textContent).to.equal('2 件中 1 件目');
  });

  it('says durations with Intl.DurationFormat as the fallback without it does', function () {
    if (!('DurationFormat' in Intl)) this.skip();
    for (const locale of ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt-BR', 'ja']) {
      const unit = (value: number, name: string) =>
        new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
      const list = new Intl.ListFormat(locale, { type: 'unit', style: 'long' });
      expect(spokenDuration(locale, 1, 3, 20), locale).to.equal(list.format([unit(1, 'hour'), unit(3, 'minute'), unit(20, 'second')]));
      expect(spokenDuration(locale, 0, 2, 1), locale).to.equal(list.format([unit(2, 'minute'), unit(1, 'second')]));
    }
  });
});
