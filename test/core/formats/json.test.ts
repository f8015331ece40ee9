import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Problem } from '../../../src/core/model.js';
import { describe as describeValue, isObject, readJson, readSpan, textOf } from '../../../src/core/formats/json.js';

describe('readJson', () => {
  it('parses JSON and reports broken JSON with a line', () => {
    assert.deepEqual(readJson('{"a": 1}'), { value: { a: 1 }, problems: [] });
    const broken = readJson('{\n  "a": 1\n  "b": 2\n}');
    assert.equal(broken.value, undefined);
    assert.equal(broken.problems[0]!.where, 'line 3');
    assert.match(broken.problems[0]!.message, /^this is not valid JSON \(/);
    assert.equal(broken.problems[0]!.fatal, true);
  });

  it('repairs single-quoted pseudo-JSON only when no double quote is present', () => {
    assert.deepEqual(readJson("{'a': 'b'}").value, { a: 'b' });
    assert.equal(readJson(`{'a': "it's"}`).problems[0]!.fatal, true);
  });
});

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
    assert.deepEqual(problems, [{ where: 'segments[2].endTime', message: 'endTime "later" is not a time and was ignored' }]);
  });
});

describe('small helpers', () => {
  it('isObject, textOf and describe', () => {
    assert.equal(isObject({}), true);
    assert.equal(isObject([]), false);
    assert.equal(isObject(null), false);
    assert.equal(textOf('  a '), 'a');
    assert.equal(textOf(7), '7');
    assert.equal(textOf({}), '');
    assert.equal(describeValue('x'.repeat(50)), `"${'x'.repeat(36)}...`);
  });
});
