import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  blockOf,
  blocksAfterJump,
  blockSpansWithin,
  blocksToDrawNext,
  blocksWithin,
  panelItems,
  splitIntoBlocks,
  type LineBlock,
} from '../../src/core/line-blocks.js';

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
  it('after a jump, keeps the target and the drawn blocks near it, and lets go of the rest', () => {
    assert.deepEqual(
      [...blocksAfterJump([0, 1, 2, 40, 41, 45, 50], 42, 2)].sort((a, b) => a - b),
      [40, 41, 42],
    );
    assert.deepEqual(
      [...blocksAfterJump([0, 1, 30, 35], 28)].sort((a, b) => a - b),
      [28, 30, 35],
    );
    assert.deepEqual([...blocksAfterJump([], 7)], [7]);
    assert.deepEqual([...blocksAfterJump([5, 9], 7, 0)], [7]);
  });
  it('after any jump, the target is drawn and nothing far from it is', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(200)), fc.nat(200), fc.nat(5), (drawn, target, around) => {
        const kept = blocksAfterJump(drawn, target, around);
        assert.ok(kept.has(target));
        for (const block of kept) assert.ok(block === target || (drawn.includes(block) && Math.abs(block - target) <= around));
        for (const block of drawn) if (Math.abs(block - target) <= around) assert.ok(kept.has(block));
      }),
    );
  });

  it('holds the drawn blocks and one spacer per run of the others, of their total height (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 60 }), fc.array(fc.nat(70)), (estimates, drawnList) => {
        const blocks: LineBlock[] = estimates.map((estimate, b) => ({ first: b * 3, end: b * 3 + 3, estimate }));
        const drawn = new Set(drawnList);
        const items = panelItems(blocks, drawn);
        const covered: number[] = [];
        items.forEach((item, i) => {
          if ('block' in item) return covered.push(item.block);
          assert.ok(i === 0 || 'block' in items[i - 1]!, 'no two spacers in a row');
          const run = blocks.slice(item.first, item.end);
          assert.equal(
            item.height,
            run.reduce((sum, block) => sum + block.estimate, 0),
          );
          for (let b = item.first; b < item.end; b++) assert.ok(!drawn.has(b));
          return covered.push(...run.map((_, k) => item.first + k));
        });
        assert.deepEqual(
          covered,
          blocks.map((_, b) => b),
        );
      }),
    );
  });

  it('finds the blocks of a spacer within a pixel range, and always at least one (property)', () => {
    const blocks: LineBlock[] = [100, 50, 200, 80].map((estimate, b) => ({ first: b, end: b + 1, estimate }));
    const run = { first: 0, end: 4 };
    assert.deepEqual(blocksWithin(blocks, run, 0, 120), [0, 1]);
    assert.deepEqual(blocksWithin(blocks, run, 160, 170), [2]);
    assert.deepEqual(blocksWithin(blocks, run, 1000, 1200), [3], 'below all: the last');
    assert.deepEqual(blocksWithin(blocks, run, -300, -100), [0], 'above all: the first');
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: -500, max: 5000 }),
        fc.nat(2000),
        (estimates, from, length) => {
          const many: LineBlock[] = estimates.map((estimate, b) => ({ first: b, end: b + 1, estimate }));
          const first = Math.floor(estimates.length / 3);
          const found = blocksWithin(many, { first, end: many.length }, from, from + length);
          assert.ok(found.length >= 1);
          for (const b of found) assert.ok(b >= first && b < many.length);
        },
      ),
    );
  });

  it('gives where each block found lies below the spacer top', () => {
    const blocks: LineBlock[] = [100, 50, 200, 80].map((estimate, b) => ({ first: b, end: b + 1, estimate }));
    assert.deepEqual(blockSpansWithin(blocks, { first: 1, end: 4 }, 0, 60), [
      { block: 1, top: 0, bottom: 50 },
      { block: 2, top: 50, bottom: 250 },
    ]);
    assert.deepEqual(
      blockSpansWithin(blocks, { first: 0, end: 4 }, 900, 1000),
      [{ block: 3, top: 350, bottom: 430 }],
      'below all: the last',
    );
  });

  it('draws every block in view, and at most as many as asked of those beyond it, nearest first', () => {
    const spans = [
      { block: 10, top: -300, bottom: -200 },
      { block: 11, top: -200, bottom: -100 },
      { block: 20, top: 400, bottom: 500 },
      { block: 21, top: 500, bottom: 600 },
      { block: 22, top: 600, bottom: 700 },
    ];
    // The view is 0 to 350: 11 lies 100 px above it, 20 lies 50 px below.
    assert.deepEqual(blocksToDrawNext(spans, 0, 350, 2), [20, 11]);
    assert.deepEqual(blocksToDrawNext(spans, 0, 350, 0), []);
    assert.equal(blocksToDrawNext(spans, 0, 350, 9).length, 5);
    const inView = [
      { block: 3, top: -50, bottom: 100 },
      { block: 4, top: 100, bottom: 250 },
      { block: 5, top: 250, bottom: 400 },
      { block: 6, top: 400, bottom: 550 },
      { block: 2, top: -250, bottom: -100 },
    ];
    assert.deepEqual(blocksToDrawNext(inView, 0, 350, 0), [3, 4, 5], 'in view: all of them, whatever the count');
    assert.deepEqual(
      blocksToDrawNext(inView, 0, 350, 1),
      [3, 4, 5, 6],
      'then the nearest beyond it: 6 lies 50 px below, 2 lies 100 px above',
    );
  });
});
