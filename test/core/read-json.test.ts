import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isObject, jsonErrorAt, readJson } from '../../src/core/read-json.js';
import { inEnglish } from './in-english.js';

describe('readJson', () => {
  it('parses JSON, past a BOM', () => {
    assert.deepEqual(readJson('{"a": 1}'), { value: { a: 1 }, problems: [] });
    assert.deepEqual(readJson('\uFEFF[1]'), { value: [1], problems: [] });
  });

  it('reports broken JSON fatally, at the line and column of the first bad character', () => {
    const broken = readJson('{\n  "a": 1\n  "b": 2\n}');
    assert.equal(broken.value, undefined);
    assert.equal(broken.problems.length, 1);
    const [problem] = broken.problems;
    assert.equal(problem!.code, 'json-invalid');
    assert.equal(problem!.line, 3);
    assert.equal(problem!.fatal, true);
    assert.ok(problem?.code === 'json-invalid');
    assert.deepEqual(problem.params.column, 3);
    assert.equal(problem.params.atEnd, undefined);
    const [english] = inEnglish(broken.problems);
    assert.equal(english!.where, 'line 3');
    assert.match(english!.message, /^this is not valid JSON \(column 3: /);
  });

  it('says when the text ended too soon', () => {
    const [problem] = readJson('{"a": 1').problems;
    assert.ok(problem?.code === 'json-invalid');
    assert.equal(problem.line, 1);
    assert.equal(problem.params.column, 8);
    assert.equal(problem.params.atEnd, true);
  });

  it('calls blank text empty, and text starting with < a web page', () => {
    assert.deepEqual(readJson(' \n ').problems, [{ code: 'file-empty', params: {}, fatal: true }]);
    assert.deepEqual(readJson('\uFEFF  <!doctype html><p>Not found</p>').problems, [{ code: 'json-is-markup', params: {}, fatal: true }]);
  });

  it('repairs single-quoted pseudo-JSON only when asked and when no double quote is present', () => {
    assert.deepEqual(readJson("{'a': 'b'}", { singleQuotes: true }), {
      value: { a: 'b' },
      problems: [{ code: 'json-single-quotes', params: {} }],
    });
    assert.equal(readJson("{'a': 'b'}").problems[0]!.code, 'json-invalid');
    assert.equal(readJson(`{'a': "it's"}`, { singleQuotes: true }).problems[0]!.fatal, true);
  });

  it('never throws, and fails exactly when JSON.parse does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        if (text.startsWith('\uFEFF')) return; // a BOM, which readJson skips and JSON.parse does not
        const { problems } = readJson(text);
        // Blank text and text starting with `<` are never JSON; the rest agrees with the engine.
        assert.equal(problems.length === 0, valid, text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('jsonErrorAt', () => {
  it('finds the first bad character of invalid JSON, whatever the engine says', () => {
    assert.deepEqual(jsonErrorAt('{"a": }'), { line: 1, column: 7, atEnd: false });
    assert.deepEqual(jsonErrorAt('{"a": 1,\n"b": tru}'), { line: 2, column: 6, atEnd: false });
    assert.deepEqual(jsonErrorAt('["\\x"]'), { line: 1, column: 4, atEnd: false });
    assert.deepEqual(jsonErrorAt('{"a": 1'), { line: 1, column: 8, atEnd: true });
    assert.deepEqual(jsonErrorAt('{\n  "segments": [\n    { "startTime": 1, }\n  ]\n}'), { line: 3, column: 23, atEnd: false });
    assert.equal(jsonErrorAt('{"a": [1, 2]}'), undefined);
  });

  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        assert.equal(jsonErrorAt(text) === undefined, valid, text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isObject', () => {
  it('is true for plain objects only', () => {
    assert.equal(isObject({}), true);
    assert.equal(isObject([]), false);
    assert.equal(isObject(null), false);
    assert.equal(isObject('x'), false);
  });
});
