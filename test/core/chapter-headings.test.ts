import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { headingsByLine } from '../../src/core/chapter-headings.js';
import type { Chapter } from '../../src/core/model.js';

const chapter = (start: number, title = `at ${start}`): Chapter => ({ start, end: start + 1, title, toc: true });
const lines = (...starts: number[]) => starts.map((start) => ({ start }));

describe('headingsByLine', () => {
  it('puts each chapter before the first line at or after its start', () => {
    const headings = headingsByLine(lines(0, 2, 4, 6, 8), [chapter(0), chapter(3), chapter(6)]);
    assert.deepEqual(
      [...headings].map(([line, c]) => [line, c.start]),
      [
        [0, 0],
        [2, 3],
        [3, 6],
      ],
    );
  });

  it('counts a line a millisecond early as at the chapter (rounded times)', () => {
    assert.deepEqual([...headingsByLine(lines(0, 4.9995), [chapter(5)]).keys()], [1]);
    assert.deepEqual([...headingsByLine(lines(0, 4.99), [chapter(5)]).keys()], []);
  });

  it('gives a line the first of two chapters that fall before it, and none to chapters after the last line', () => {
    const headings = headingsByLine(lines(0, 10), [chapter(1, 'first'), chapter(2, 'second'), chapter(20)]);
    assert.deepEqual(
      [...headings].map(([line, c]) => [line, c.title]),
      [[1, 'first']],
    );
    assert.equal(headingsByLine([], [chapter(0)]).size, 0);
  });

  it('never gives a line two headings, and every heading goes before a line at or after its chapter', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000)), fc.array(fc.nat(1000)), (lineStarts, chapterStarts) => {
        const segments = lines(...lineStarts.sort((a, b) => a - b));
        const chapters = chapterStarts.sort((a, b) => a - b).map((start) => chapter(start));
        for (const [line, c] of headingsByLine(segments, chapters)) {
          assert.ok(segments[line]!.start >= c.start - 0.001);
          if (line > 0) assert.ok(segments[line - 1]!.start < c.start - 0.001);
        }
      }),
    );
  });
});
