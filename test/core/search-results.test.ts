import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { currentMatch, NO_RESULTS, searchResults, stepResults } from '../../src/core/search-results.js';

const match = (line: number, start = 0) => ({ line, start, length: 3 });
const matches = [match(1), match(1, 10), match(4), match(9)];

describe('search results', () => {
  it('groups matches by line', () => {
    const results = searchResults('abc', matches);
    assert.deepEqual([...results.byLine.keys()], [1, 4, 9]);
    assert.equal(results.byLine.get(1)!.length, 2);
  });

  it('starts at the first match at or after the given line, else at the first', () => {
    assert.equal(searchResults('abc', matches, 0).current, 0);
    assert.equal(searchResults('abc', matches, 2).current, 2);
    assert.equal(searchResults('abc', matches, 4).current, 2);
    assert.equal(searchResults('abc', matches, 10).current, 0);
    assert.equal(searchResults('abc', [], 3).current, -1);
    assert.equal(currentMatch(searchResults('abc', [])), undefined);
  });

  it('steps forwards and backwards, wrapping around, without changing what was found', () => {
    const results = searchResults('abc', matches);
    const previous = stepResults(results, -1);
    assert.equal(previous.current, 3);
    assert.equal(currentMatch(previous), matches[3]);
    assert.equal(stepResults(previous, 1).current, 0);
    assert.equal(previous.byLine, results.byLine, 'the same grouping: lines without the current match need no redraw');
    assert.notEqual(previous, results, 'a new value, so a change is seen');
    assert.equal(stepResults(NO_RESULTS, 1), NO_RESULTS);
  });

  it('stepping n times forward and n times back returns to the start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.nat(29), fc.nat(60), (count, from, steps) => {
        let results = searchResults(
          'q',
          Array.from({ length: count }, (_, i) => match(i)),
          from,
        );
        const start = results.current;
        for (let i = 0; i < steps; i++) results = stepResults(results, 1);
        assert.ok(results.current >= 0 && results.current < count);
        for (let i = 0; i < steps; i++) results = stepResults(results, -1);
        assert.equal(results.current, start);
      }),
    );
  });
});
