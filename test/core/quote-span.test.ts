import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quoteSpan } from '../../src/core/quote-span.js';

const segments = [
  { start: 0, end: 2 },
  { start: 2, end: 4 },
  { start: 4, end: 6 },
  { start: 6, end: Infinity },
];

describe('quoteSpan', () => {
  it('spans from the first selected line’s start to the last one’s end', () => {
    assert.deepEqual(quoteSpan(segments, 1, 2), { start: 2, end: 6 });
    assert.deepEqual(quoteSpan(segments, 1, 1), { start: 2, end: 4 });
  });

  it('takes a selection made upwards the same way', () => {
    assert.deepEqual(quoteSpan(segments, 2, 0), { start: 0, end: 6 });
  });

  it('ends at the start when the last line is open-ended', () => {
    assert.deepEqual(quoteSpan(segments, 1, 3), { start: 2, end: 2 });
  });

  it('is undefined for lines that do not exist', () => {
    assert.equal(quoteSpan(segments, 1, 9), undefined);
    assert.equal(quoteSpan(segments, -1, 1), undefined);
    assert.equal(quoteSpan([], 0, 0), undefined);
  });
});
