import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buildSearchIndex, findMatches, foldText } from '../../src/core/search.js';

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
