import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lastStartedBy } from '../../src/core/last-started.js';
import type { Chapter, Segment } from '../../src/core/model.js';
import { dataLength, NOWHERE, playheadAt, samePlayhead, timedEpisode } from '../../src/core/playhead.js';

const line = (start: number, end: number, text: string, words?: [number, number][]): Segment => ({
  start,
  end,
  text,
  ...(words ? { words: words.map(([s, e], i) => ({ start: s, end: e, text: `w${i}` })) } : {}),
});
const chapter = (start: number, end: number, title: string, extra: Partial<Chapter> = {}): Chapter => ({
  start,
  end,
  title,
  toc: true,
  ...extra,
});

describe('lastStartedBy', () => {
  it('finds the last start at or before t, -1 before the first', () => {
    const starts = [0, 1, 1, 5];
    const at = (t: number) => lastStartedBy(starts.length, (i) => starts[i]!, t);
    assert.equal(at(-1), -1);
    assert.equal(at(0), 0);
    assert.equal(at(1), 2);
    assert.equal(at(4.99), 2);
    assert.equal(at(100), 3);
    assert.equal(
      lastStartedBy(0, () => 0, 3),
      -1,
    );
  });

  it('agrees with a linear scan on any sorted starts', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e4, noNaN: true })), fc.double({ min: -1, max: 1e4, noNaN: true }), (raw, t) => {
        const starts = [...raw].sort((a, b) => a - b);
        let expected = -1;
        starts.forEach((start, i) => {
          if (start <= t) expected = i;
        });
        assert.equal(
          lastStartedBy(starts.length, (i) => starts[i]!, t),
          expected,
        );
      }),
    );
  });
});

describe('playheadAt', () => {
  const episode = timedEpisode(
    [
      line(0, 2, 'one', [
        [0, 1],
        [1, 2],
      ]),
      line(3, 5, 'two'),
      line(5, 9, 'three', [
        [5, 6],
        [7, 9],
      ]),
    ],
    [
      chapter(0, 4, 'Intro'),
      chapter(2, 3, 'Art', { toc: false, image: 'https://x/a.png' }),
      chapter(4, 10, 'Main', { image: 'https://x/m.png' }),
    ],
  );

  it('gives line, word, chapter and artwork at a time', () => {
    assert.deepEqual(playheadAt(episode, 1.5), { segment: 0, word: 1, chapter: 0, artwork: undefined });
    assert.deepEqual(playheadAt(episode, 2.5), { segment: -1, word: -1, chapter: 0, artwork: 'https://x/a.png' });
    assert.deepEqual(playheadAt(episode, 3.5), { segment: 1, word: -1, chapter: 0, artwork: undefined });
    assert.deepEqual(playheadAt(episode, 6.5), { segment: 2, word: 0, chapter: 1, artwork: 'https://x/m.png' });
  });

  it('is nowhere before anything starts and after everything ends', () => {
    assert.ok(samePlayhead(playheadAt(timedEpisode([], []), 12), NOWHERE));
    assert.deepEqual(playheadAt(episode, 20), { ...NOWHERE });
  });

  it('never lights a line of an untimed transcript', () => {
    const untimed = timedEpisode([line(0, Infinity, 'a paragraph'), line(0, Infinity, 'another')], [], true);
    assert.equal(playheadAt(untimed, 0).segment, -1);
    assert.equal(playheadAt(untimed, 100).segment, -1);
  });
});

describe('dataLength', () => {
  it('is the latest end or start of the last line and chapter, ignoring an unbounded end', () => {
    assert.equal(dataLength(timedEpisode([line(0, 4, 'a'), line(4, Infinity, 'b')], [chapter(0, 3, 'c')])), 4);
    assert.equal(dataLength(timedEpisode([line(0, 4, 'a')], [chapter(0, 12, 'c')])), 12);
    assert.equal(dataLength(timedEpisode([], [])), 0);
  });
});
