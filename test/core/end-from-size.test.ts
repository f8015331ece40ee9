import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { endFromSize } from '../../src/core/end-from-size.js';

describe('endFromSize', () => {
  it('scales how far the first lines go by the share of the file they came from', () => {
    // 120 s of lines in the first 32 KB of a 2 MB file: 2 MB / 32 KB = 64 times as far.
    assert.equal(
      endFromSize(
        [
          { start: 0, end: 5 },
          { start: 110, end: 120 },
        ],
        32_000,
        2_048_000,
      ),
      120 * 64,
    );
  });

  it('goes by the latest of the last line’s start and end', () => {
    assert.equal(endFromSize([{ start: 30 }], 10, 100), 300);
    assert.equal(endFromSize([{ start: 30, end: 20 }], 10, 100), 300);
  });

  it('guesses nothing without lines, times, or sizes that say anything', () => {
    assert.equal(endFromSize([], 10, 100), undefined);
    assert.equal(endFromSize([{ start: 0, end: 0 }], 10, 100), undefined);
    assert.equal(endFromSize([{ start: 10 }], 0, 100), undefined);
    assert.equal(endFromSize([{ start: 10 }], 100, 10), undefined, 'a whole smaller than the part read');
    assert.equal(endFromSize([{ start: Number.POSITIVE_INFINITY }], 10, 100), undefined);
    assert.equal(endFromSize([{ start: 10 }], 10, Number.NaN), undefined);
  });

  it('never throws, and any guess is at least how far the lines go', () => {
    const time = fc.oneof(fc.double({ noNaN: false }), fc.constant(Number.POSITIVE_INFINITY));
    fc.assert(
      fc.property(fc.array(fc.record({ start: time, end: fc.option(time, { nil: undefined }) })), time, time, (lines, read, total) => {
        const guess = endFromSize(lines, read, total);
        if (guess === undefined) return;
        const last = lines.at(-1)!;
        assert.ok(guess >= Math.max(last.start, last.end ?? last.start), `${guess}`);
      }),
    );
  });
});
