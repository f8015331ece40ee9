import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { wordAt } from '../../src/core/word-at.js';

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
