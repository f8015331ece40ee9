import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CueIndex } from '../../src/core/cue-index.js';

const cues = [
  { start: 0, end: 2 },
  { start: 2, end: 4 },
  { start: 5, end: 7 }, // a gap from 4 to 5
  { start: 7, end: 7 }, // zero length
  { start: 7, end: 9 },
];

describe('CueIndex', () => {
  const index = new CueIndex(cues);

  it('finds the cue exactly at its start', () => {
    assert.equal(index.activeAt(0), 0);
    assert.equal(index.activeAt(2), 1);
    assert.equal(index.activeAt(5), 2);
  });

  it('keeps a cue until just before its end', () => {
    assert.equal(index.activeAt(1.999), 0);
    assert.equal(index.activeAt(3.5), 1);
  });

  it('answers -1 before the first cue, in gaps and after the last', () => {
    const late = new CueIndex([{ start: 3, end: 4 }]);
    assert.equal(late.activeAt(0), -1);
    assert.equal(late.activeAt(2.99), -1);
    assert.equal(index.activeAt(4), -1);
    assert.equal(index.activeAt(4.5), -1);
    assert.equal(index.activeAt(9), -1);
    assert.equal(index.activeAt(1e9), -1);
  });

  it('lastStartedAt ignores ends, for scroll position in gaps', () => {
    assert.equal(index.lastStartedAt(4.5), 1);
    assert.equal(index.lastStartedAt(-1), -1);
    assert.equal(index.lastStartedAt(100), 4);
  });

  it('prefers the latest-starting of cues that share a start', () => {
    assert.equal(index.activeAt(7), 4);
    assert.equal(index.activeAt(8), 4);
  });

  it('is empty-safe', () => {
    const empty = new CueIndex([]);
    assert.equal(empty.activeAt(0), -1);
    assert.equal(empty.size, 0);
  });

  it('agrees with a linear scan on random sorted cues', () => {
    const cueList = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 50 })), { maxLength: 60 })
      .map((pairs) => pairs.map(([start, length]) => ({ start, end: start + length })).sort((a, b) => a.start - b.start));
    fc.assert(
      fc.property(cueList, fc.double({ min: -10, max: 1100, noNaN: true }), (list, t) => {
        let expected = -1;
        for (let i = 0; i < list.length; i++) if (list[i]!.start <= t) expected = i;
        const cue = list[expected];
        const active = cue && (t < cue.end || (cue.start === cue.end && cue.start === t)) ? expected : -1;
        assert.equal(new CueIndex(list).activeAt(t), active);
      }),
    );
  });
});
