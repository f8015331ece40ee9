import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { wordAt } from '../../src/core/word-at.js';
import { blockOf, splitIntoBlocks } from '../../src/core/line-blocks.js';
import { buildSearchIndex, findMatches, foldText } from '../../src/core/search.js';
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

describe('line blocks', () => {
  it('cuts lines into blocks with heights estimated from text length', () => {
    const blocks = splitIntoBlocks([10, 100, 45], { charsPerRow: 50, rowHeight: 20, lineChrome: 8 }, 2);
    assert.deepEqual(blocks, [
      { first: 0, end: 2, estimate: 20 + 8 + 40 + 8 },
      { first: 2, end: 3, estimate: 20 + 8 },
    ]);
    assert.equal(blockOf(0, 2), 0);
    assert.equal(blockOf(3, 2), 1);
  });
  it('covers every line exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(500), { maxLength: 300 }), fc.integer({ min: 1, max: 50 }), (lengths, per) => {
        const blocks = splitIntoBlocks(lengths, { charsPerRow: 60, rowHeight: 22, lineChrome: 6 }, per);
        let next = 0;
        for (const block of blocks) {
          assert.equal(block.first, next);
          assert.ok(block.end > block.first && block.end - block.first <= per);
          assert.ok(block.estimate > 0);
          next = block.end;
        }
        assert.equal(next, lengths.length);
      }),
    );
  });
});

describe('search', () => {
  const index = buildSearchIndex(['Café au lait, CAFE noir', 'Nothing here', 'Ünïcode café', 'cafe']);

  it('finds matches case- and accent-insensitively, in reading order', () => {
    assert.deepEqual(findMatches(index, 'cafe'), [
      { line: 0, start: 0, length: 4 },
      { line: 0, start: 14, length: 4 },
      { line: 2, start: 8, length: 4 },
      { line: 3, start: 0, length: 4 },
    ]);
    assert.deepEqual(findMatches(index, 'UNICODE'), [{ line: 2, start: 0, length: 7 }]);
  });

  it('maps matches back onto text whose folding changes its length', () => {
    const text = 'Straße a\u0301b'; // a + combining acute: two code units for one letter
    const { folded } = foldText(text);
    assert.equal(folded, 'straße ab');
    const [match] = findMatches(buildSearchIndex([text]), 'ab');
    assert.equal(text.slice(match!.start, match!.start + match!.length), 'a\u0301b');
  });

  it('finds nothing for an empty query and respects the limit', () => {
    assert.deepEqual(findMatches(index, '   '), []);
    assert.equal(findMatches(buildSearchIndex(['aaaa']), 'a', 2).length, 2);
  });

  it('every match points at text that folds to the query', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 20 }), fc.string({ minLength: 1, maxLength: 3 }), (texts, query) => {
        const found = findMatches(buildSearchIndex(texts), query);
        const needle = foldText(query.trim()).folded;
        for (const match of found) {
          const original = texts[match.line]!.slice(match.start, match.start + match.length);
          assert.ok(foldText(original).folded.includes(needle) || needle === '');
        }
      }),
    );
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
