import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findList, listPieces } from '../../../src/core/formats/json-list-pieces.js';
import { readPodcastJsonSegments, readPodcastJsonSegmentsInSteps, type StepSize } from '../../../src/core/formats/podcast-json-segments.js';

/** Runs the reader to its end, counting its pauses. */
function inSteps(text: string, step: StepSize) {
  const steps = readPodcastJsonSegmentsInSteps(text, step);
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { result: next.value, pauses };
    pauses++;
  }
}

const TINY: StepSize = { pieceChars: 40, tokensPerStep: 3 };

const segment = fc.record(
  {
    speaker: fc.oneof(fc.constantFrom('Ann', ' Bo ', '', 'C, "d" [e]'), fc.string()),
    startTime: fc.oneof(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.constantFrom('00:01.5', -1, null)),
    endTime: fc.oneof(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.constant(undefined)),
    body: fc.oneof(fc.constantFrom('word', 'two words', ' ', '.', 'end.', '{[",]}'), fc.string(), fc.constant(undefined)),
  },
  { requiredKeys: [] },
);
const entry = fc.oneof({ weight: 9, arbitrary: segment }, { weight: 1, arbitrary: fc.jsonValue() });

describe('readPodcastJsonSegmentsInSteps', () => {
  it('gives what reading the whole file gives, for any file (property)', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 40 }),
        fc.dictionary(fc.constantFrom('version', 'vtt', 'title', 'segment'), fc.jsonValue(), { maxKeys: 2 }),
        fc.constantFrom(undefined, 1, '\t'),
        (segments, others, indent) => {
          const text = JSON.stringify({ ...others, segments }, null, indent);
          assert.deepEqual(inSteps(text, TINY).result, readPodcastJsonSegments(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives what reading the whole gives for broken and odd files too (property)', () => {
    const good = JSON.stringify({
      version: '1.0.0',
      segments: Array.from({ length: 30 }, (_, i) => ({ speaker: 'A', startTime: i, endTime: i + 0.5, body: `w${i}` })),
    });
    fc.assert(
      fc.property(fc.nat(good.length), fc.nat(good.length), fc.string({ maxLength: 3 }), (at, to, insert) => {
        const [from, until] = at <= to ? [at, to] : [to, at];
        const text = good.slice(0, from) + insert + good.slice(Math.min(until, from + 3));
        assert.deepEqual(inSteps(text, TINY).result, readPodcastJsonSegments(text));
      }),
      { numRuns: 500 },
    );
  });

  it('pauses while reading a long list, and reads the lines the whole file has', () => {
    const text = JSON.stringify({
      version: '1.0.0',
      segments: Array.from({ length: 400 }, (_, i) => ({ speaker: i < 200 ? 'Ann' : 'Bo', startTime: i, endTime: i + 0.5, body: `w${i}` })),
    });
    const { result, pauses } = inSteps(text, TINY);
    assert.ok(pauses > 100, `${pauses} pauses`);
    assert.equal(result.items.length, readPodcastJsonSegments(text).items.length);
    assert.equal(result.items[0]!.speaker, 'Ann');
    assert.equal(result.items.at(-1)!.speaker, 'Bo');
  });

  it('reads whole, saying where it is broken, a file whose list cannot be cut', () => {
    for (const text of [
      '{"segments": [{"startTime": 1, "body": "a"},, {"startTime": 2, "body": "b"}]}',
      '{"segments": [{"startTime": 1, "body": "a"},]}',
      '{"segments": [{"startTime": 1, "body": "a"}], "segments": []}',
      '{"segments": [{"startTime": 1, "body": "a"}',
    ]) {
      const { result } = inSteps(text, TINY);
      assert.deepEqual(result, readPodcastJsonSegments(text), text);
    }
  });
});

describe('findList and listPieces', () => {
  it('reads a list a piece at a time, with the rest of the document (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 30 }), fc.nat(60), fc.constantFrom(undefined, 2), (list, pieceChars, indent) => {
        const text = JSON.stringify({ a: { list: 1 }, segments: list, z: [']', { b: '},' }] }, null, indent);
        const pieces = listPieces(text, findList(text, 'segments')!, pieceChars);
        const read: unknown[] = [];
        let next = pieces.next();
        for (; !next.done; next = pieces.next()) read.push(...next.value);
        // An empty list is read whole.
        if (list.length === 0) return assert.equal(next.value, undefined);
        assert.deepEqual(read, JSON.parse(JSON.stringify(list)));
        assert.deepEqual(next.value, { a: { list: 1 }, segments: [], z: [']', { b: '},' }] });
      }),
    );
  });

  it('cuts between entries, however their strings and lists look', () => {
    const entries = Array.from({ length: 50 }, (_, i) => ({ body: i % 2 ? '}, {"body": "x"},' : ']},', words: [{ a: i }, { b: [i] }] }));
    const text = JSON.stringify({ segments: entries });
    const pieces = listPieces(text, findList(text, 'segments')!, 10);
    const sizes: number[] = [];
    let next = pieces.next();
    for (; !next.done; next = pieces.next()) sizes.push(next.value.length);
    assert.ok(sizes.length > 10, `${sizes.length} pieces`);
    assert.equal(
      sizes.reduce((a, b) => a + b),
      50,
    );
    assert.deepEqual(next.value, { segments: [] });
  });

  it('finds only a key of the top-level object', () => {
    assert.equal(findList('{"x": {"segments": [1]}}', 'segments'), undefined);
    assert.equal(findList('["segments", [1]]', 'segments'), undefined);
    assert.equal(findList('{"title": "segments", "n": [1]}', 'segments'), undefined);
  });
});
