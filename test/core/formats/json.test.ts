import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Problem } from '../../../src/core/message.js';
import { readSpan, textOf } from '../../../src/core/formats/json.js';
import { inEnglish } from '../in-english.js';

describe('readSpan', () => {
  it('takes the first present key, reading _ms keys as milliseconds', () => {
    const problems: Problem[] = [];
    assert.deepEqual(
      readSpan({ start_ms: 1500, start: '00:00:09.000', end: '2' }, '[0]', ['start_ms', 'start'], ['end_ms', 'end'], problems),
      { start: 1.5, end: 2 },
    );
    assert.deepEqual(readSpan({ start: null, startTime: 3 }, '[1]', ['start', 'startTime'], [], problems), { start: 3 });
    assert.deepEqual(problems, []);
  });

  it('drops a bad end with a problem but keeps the start', () => {
    const problems: Problem[] = [];
    assert.deepEqual(readSpan({ startTime: 5, endTime: 'later' }, 'segments[2]', ['startTime'], ['endTime'], problems), { start: 5 });
    assert.deepEqual(inEnglish(problems), [{ where: 'segments[2].endTime', message: 'endTime "later" is not a time and was ignored' }]);
    assert.deepEqual(problems, [
      { code: 'end-not-time', params: { field: 'endTime', value: { kind: 'text', text: '"later"' } }, path: 'segments[2].endTime' },
    ]);
  });
});

describe('textOf', () => {
  it('trims text, writes numbers out and gives nothing else', () => {
    assert.equal(textOf('  a '), 'a');
    assert.equal(textOf(7), '7');
    assert.equal(textOf({}), '');
  });
});
