import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { blockOf, blocksAfterJump, splitIntoBlocks } from '../../src/core/line-blocks.js';

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
      [...blocksAfterJump([0, 1, 2, 40, 41, 45], 42)].sort((a, b) => a - b),
      [40, 41, 42],
    );
    assert.deepEqual(
      [...blocksAfterJump([0, 1], 1)].sort((a, b) => a - b),
      [0, 1],
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
});
