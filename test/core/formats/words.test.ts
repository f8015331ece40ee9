import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupWords, type Token } from '../../../src/core/formats/words.js';

const spoken = (text: string, start = 0, step = 0.3, speaker?: string): Token[] =>
  text
    .split(' ')
    .map((word, i) => ({ start: start + i * step, end: start + i * step + 0.25, text: word, ...(speaker ? { speaker } : {}) }));

describe('groupWords', () => {
  it('makes one line per speaker turn', () => {
    const lines = groupWords([...spoken('Hello there', 0, 0.3, 'Ann'), ...spoken('Hi', 0.6, 0.3, 'Ben')]);
    assert.deepEqual(
      lines.map((l) => [l.speaker, l.text, l.start, l.end]),
      [
        ['Ann', 'Hello there', 0, 0.55],
        ['Ben', 'Hi', 0.6, 0.85],
      ],
    );
  });

  it('breaks at a pause longer than a second, not at a shorter one', () => {
    const lines = groupWords([...spoken('one two'), ...spoken('three', 1.5), ...spoken('four', 2.8)]);
    assert.deepEqual(
      lines.map((l) => l.text),
      ['one two three', 'four'],
    );
  });

  it('breaks after a sentence only once the line has 8 words', () => {
    const lines = groupWords(spoken('Yes. We did it. And then we went home again. Fine'));
    assert.deepEqual(
      lines.map((l) => l.text),
      ['Yes. We did it. And then we went home again.', 'Fine'],
    );
  });

  it('never lets a line pass 25 words', () => {
    const lines = groupWords(spoken(Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ')));
    assert.deepEqual(
      lines.map((l) => l.words!.length),
      [25, 25, 10],
    );
  });

  it('glues trailing punctuation tokens to the word before, extending its end', () => {
    const lines = groupWords([
      { start: 0, end: 0.4, text: 'Friday' },
      { start: 0.4, end: 0.45, text: ',' },
      { start: 0.5, end: 0.7, text: 'okay' },
      { start: 0.7, text: '?!' },
    ]);
    assert.deepEqual(lines[0]!.words, [
      { start: 0, end: 0.45, text: 'Friday,' },
      { start: 0.5, end: 0.7, text: 'okay?!' },
    ]);
    assert.equal(lines[0]!.text, 'Friday, okay?!');
  });

  it('ends a word without an end where the next starts, and honours breakBefore', () => {
    const lines = groupWords([
      { start: 1, text: 'a' },
      { start: 1.4, text: 'b', breakBefore: true },
    ]);
    assert.deepEqual(
      lines.map((l) => l.words),
      [[{ start: 1, end: 1.4, text: 'a' }], [{ start: 1.4, end: 1.4, text: 'b' }]],
    );
  });

  it('judges glued punctuation and sentence ends by the whole token, not one character', () => {
    // ".5" starts like trailing punctuation but is a word; "it”" ends like a quote but no sentence.
    const glued = groupWords([
      { start: 0, end: 0.2, text: 'point' },
      { start: 0.2, end: 0.4, text: '.5' },
      { start: 0.4, end: 0.5, text: '”)' },
    ]);
    assert.deepEqual(
      glued[0]!.words!.map((word) => word.text),
      ['point', '.5”)'],
    );
    const quoted = groupWords(spoken('one two three four five six seven “done.” eight nine ten eleven twelve thirteen fourteen “it” more'));
    assert.deepEqual(
      quoted.map((line) => line.words!.length),
      [8, 9],
    );
  });

  it('returns nothing for no tokens', () => {
    assert.deepEqual(groupWords([]), []);
  });
});
