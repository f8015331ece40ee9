import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { wordAt } from '../../src/core/word-at.js';
import { assignSpeakerSlots, contrastRatio, SPEAKER_PALETTE_DARK, SPEAKER_PALETTE_LIGHT } from '../../src/core/speaker-colors.js';

describe('wordAt', () => {
  const words = [
    { start: 1, end: 1.4, text: 'one' },
    { start: 1.5, end: 2, text: 'two' },
    { start: 2, end: 2, text: 'zero-length' },
    { start: 2.2, end: 3, text: 'three' },
  ];
  it('finds the word that has started last', () => {
    assert.equal(wordAt(words, 1), 0);
    assert.equal(wordAt(words, 1.45), 0);
    assert.equal(wordAt(words, 1.5), 1);
    assert.equal(wordAt(words, 2), 2);
    assert.equal(wordAt(words, 2.9), 3);
  });
  it('is -1 before the first word and for no words', () => {
    assert.equal(wordAt(words, 0.99), -1);
    assert.equal(wordAt([], 5), -1);
  });
});

describe('speaker colours', () => {
  it('assigns slots by first appearance and keeps them', () => {
    const slots = assignSpeakerSlots(['Ada', undefined, 'Grace', 'Ada', 'Linus']);
    assert.deepEqual(
      [...slots],
      [
        ['Ada', 0],
        ['Grace', 1],
        ['Linus', 2],
      ],
    );
  });

  it('every colour reads at 4.5:1 on the background and on the highlighted line, light and dark', () => {
    const light = ['#ffffff', '#dbe8f7'];
    const dark = ['#16191d', '#2a3a4b'];
    for (const colour of SPEAKER_PALETTE_LIGHT)
      for (const bg of light) assert.ok(contrastRatio(colour, bg) >= 4.5, `${colour} on ${bg}: ${contrastRatio(colour, bg).toFixed(2)}`);
    for (const colour of SPEAKER_PALETTE_DARK)
      for (const bg of dark) assert.ok(contrastRatio(colour, bg) >= 4.5, `${colour} on ${bg}: ${contrastRatio(colour, bg).toFixed(2)}`);
  });
});
