import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { chaptersToMark, MIN_MARK_GAP } from '../../src/core/chapter-marks.js';

const at = (...starts: number[]) => starts.map((start) => ({ start }));

describe('chaptersToMark', () => {
  it('marks every chapter when they are far enough apart', () => {
    assert.deepEqual(chaptersToMark(at(0, 10, 20, 30), 40, 400), at(0, 10, 20, 30));
  });

  it('merges marks closer than a few pixels into the first of them', () => {
    // 1 s is 1 px on a 100 px bar for 100 s: 0, 2 and 3 are one mark; 10 another.
    assert.deepEqual(chaptersToMark(at(0, 2, 3, 10, 12, 14), 100, 100), at(0, 10, 14));
  });

  it('draws none without a length or a width', () => {
    assert.deepEqual(chaptersToMark(at(0, 5), 0, 300), []);
    assert.deepEqual(chaptersToMark(at(0, 5), 10, 0), []);
    assert.deepEqual(chaptersToMark(at(0, 5), Number.POSITIVE_INFINITY, 300), []);
  });

  it('50,000 chapters on a 600 px bar: at most 150 marks', () => {
    const chapters = Array.from({ length: 50_000 }, (_, i) => ({ start: i * 5 }));
    const marks = chaptersToMark(chapters, 250_000, 600);
    assert.ok(marks.length <= 600 / MIN_MARK_GAP + 1, String(marks.length));
    assert.ok(marks.length >= 140, String(marks.length));
  });

  it('never more marks than the bar has room for, each a gap from the last, from the chapters given', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { maxLength: 500 }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.integer({ min: 1, max: 2000 }),
        (starts, duration, width) => {
          const chapters = at(...starts.sort((a, b) => a - b));
          const marks = chaptersToMark(chapters, duration, width);
          assert.ok(marks.length <= Math.floor(width / MIN_MARK_GAP) + 1);
          marks.forEach((mark, i) => {
            assert.ok(chapters.includes(mark));
            if (i > 0) assert.ok(((mark.start - marks[i - 1]!.start) / duration) * width >= MIN_MARK_GAP);
          });
        },
      ),
    );
  });
});
