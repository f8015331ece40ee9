import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { normaliseSegments } from '../../src/core/normalise.js';
import { sameLines } from '../../src/core/same-lines.js';
import type { Segment } from '../../src/core/model.js';

const line = (start: number, text: string, speaker?: string): Segment => ({ start, end: start + 1, text, ...(speaker ? { speaker } : {}) });

test('the same lines with other times are the same lines', () => {
  const raw = [line(0, 'One'), line(5, 'Two', 'Ada'), line(9, 'Three')];
  assert.equal(sameLines(normaliseSegments(raw), normaliseSegments(raw, 7)), true);
  assert.equal(sameLines(normaliseSegments(raw, 12), normaliseSegments(raw, 7.5)), true);
});

test('another text, speaker or count is not', () => {
  const a = [line(0, 'One'), line(5, 'Two', 'Ada')];
  assert.equal(sameLines(a, [line(0, 'One'), line(5, 'Two!', 'Ada')]), false);
  assert.equal(sameLines(a, [line(0, 'One'), line(5, 'Two', 'Grace')]), false);
  assert.equal(sameLines(a, [line(0, 'One'), line(5, 'Two')]), false);
  assert.equal(sameLines(a, a.slice(0, 1)), false);
  assert.equal(sameLines([], []), true);
});

test('normalising again against any duration keeps the same lines', () => {
  const segment = fc.record({
    start: fc.double({ min: 0, max: 1e4, noNaN: true }),
    text: fc.string(),
    speaker: fc.option(fc.constantFrom('Ada', 'Grace'), { nil: undefined }),
  });
  fc.assert(
    fc.property(fc.array(segment, { maxLength: 30 }), fc.double({ min: 0.1, max: 2e4, noNaN: true }), (raw, duration) => {
      const items = raw.map((s) => ({ start: s.start, text: s.text, ...(s.speaker ? { speaker: s.speaker } : {}) }));
      assert.equal(sameLines(normaliseSegments(items), normaliseSegments(items, duration)), true);
    }),
  );
});
