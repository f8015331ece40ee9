import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lineForKey } from '../../src/core/line-keys.js';

describe('lineForKey', () => {
  it('moves by one line, ten lines, or to either end', () => {
    assert.equal(lineForKey('ArrowDown', 5, 100), 6);
    assert.equal(lineForKey('ArrowUp', 5, 100), 4);
    assert.equal(lineForKey('PageDown', 5, 100), 15);
    assert.equal(lineForKey('PageUp', 15, 100), 5);
    assert.equal(lineForKey('Home', 50, 100), 0);
    assert.equal(lineForKey('End', 5, 100), 99);
  });

  it('stays within the transcript', () => {
    assert.equal(lineForKey('ArrowUp', 0, 100), 0);
    assert.equal(lineForKey('PageUp', 3, 100), 0);
    assert.equal(lineForKey('ArrowDown', 99, 100), 99);
    assert.equal(lineForKey('PageDown', 95, 100), 99);
  });

  it('ignores other keys, and every key without lines', () => {
    for (const key of ['Enter', ' ', 'a', 'toString', 'constructor', 'Tab']) assert.equal(lineForKey(key, 3, 10), undefined);
    assert.equal(lineForKey('ArrowDown', 0, 0), undefined);
  });

  it('always lands on a line that exists', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'),
        fc.nat(500),
        fc.integer({ min: 1, max: 500 }),
        (key, index, count) => {
          const target = lineForKey(key, Math.min(index, count - 1), count)!;
          assert.ok(Number.isInteger(target) && target >= 0 && target < count);
        },
      ),
    );
  });
});
