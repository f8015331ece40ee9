import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lastStartedBy } from '../../src/core/last-started.js';
import type { Chapter, Segment } from '../../src/core/model.js';
import { dataLength, nextPlayheadChange, NOWHERE, playheadAt, samePlayhead, timedEpisode, upcomingLine } from '../../src/core/playhead.js';

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

/** Three lines (two with word times) and three chapters (one only for its artwork). */
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

describe('playheadAt', () => {
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

  it('keeps the index of lines built before when only the chapters come (and answers with the new chapters)', () => {
    const lines = [line(0, 2, 'a'), line(3, 5, 'b')];
    const before = timedEpisode(lines, []);
    const after = timedEpisode(lines, [chapter(0, 3, 'One'), chapter(3, 10, 'Two')], false, { lines: before.lines });
    assert.equal(after.lines, before.lines);
    assert.deepEqual(playheadAt(after, 4), { segment: 1, word: -1, chapter: 1, artwork: undefined });
  });

  it('never lights a line of an untimed transcript', () => {
    const untimed = timedEpisode([line(0, Infinity, 'a paragraph'), line(0, Infinity, 'another')], [], true);
    assert.equal(playheadAt(untimed, 0).segment, -1);
    assert.equal(playheadAt(untimed, 100).segment, -1);
  });
});

describe('upcomingLine', () => {
  const paused = timedEpisode([line(5, 8, 'after music'), line(8, 10, 'on'), line(14, 16, 'after a pause')], []);

  it('is the line that comes next between lines, the first before them and the last after them', () => {
    assert.equal(upcomingLine(paused, 0), 0);
    assert.equal(upcomingLine(paused, 11), 2);
    assert.equal(upcomingLine(paused, 13.999), 2);
    assert.equal(upcomingLine(paused, 30), 2);
  });

  it('is none without timed lines', () => {
    assert.equal(upcomingLine(timedEpisode([], []), 3), -1);
    assert.equal(upcomingLine(timedEpisode([line(0, Infinity, 'a paragraph')], [], true), 3), -1);
  });

  it('is never before the position: the line it names starts after it, or is the last', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.float({ min: 0, max: 1000, noNaN: true }), fc.float({ min: 0, max: 30, noNaN: true })), { maxLength: 40 }),
        fc.float({ min: -10, max: 1100, noNaN: true }),
        (pairs, t) => {
          const lines = pairs.map(([start, length]) => line(start, start + length, 'x')).sort((a, b) => a.start - b.start);
          const episode = timedEpisode(lines, []);
          const next = upcomingLine(episode, t);
          if (lines.length === 0) return next === -1;
          return next >= 0 && next < lines.length && (lines[next]!.start > t || next === lines.length - 1);
        },
      ),
    );
  });
});

describe('nextPlayheadChange', () => {
  it('is the next start or end of a word, line or chapter', () => {
    assert.equal(nextPlayheadChange(episode, 0.5), 1); // the second word
    assert.equal(nextPlayheadChange(episode, 1.5), 2); // the line ends, the art starts
    assert.equal(nextPlayheadChange(episode, 2.5), 3); // the art ends, line two starts
    assert.equal(nextPlayheadChange(episode, 6.5), 7);
    assert.equal(nextPlayheadChange(episode, 9.5), 10);
    assert.equal(nextPlayheadChange(episode, 10), Infinity);
    assert.equal(nextPlayheadChange(timedEpisode([], []), 3), Infinity);
  });

  it('leaves the playhead as it is until then, on any episode', () => {
    const time = fc.integer({ min: 0, max: 400 }).map((n) => n / 4);
    const span = fc
      .tuple(
        time,
        fc.integer({ min: 0, max: 40 }).map((n) => n / 4),
      )
      .map(([start, length]) => [start, start + length] as const);
    const byStart = <T extends { start: number }>(items: T[]) => items.sort((a, b) => a.start - b.start);
    const segment = fc.tuple(span, fc.array(span, { maxLength: 4 })).map(([[start, end], words]) =>
      line(
        start,
        end,
        'x',
        byStart(words.map(([s, e]) => ({ start: s, end: e }))).map((w) => [w.start, w.end]),
      ),
    );
    const chapterOf = fc
      .tuple(span, fc.boolean(), fc.boolean())
      .map(([[start, end], toc, image]) => chapter(start, end, 'c', { toc, ...(image ? { image: `https://x/${start}.png` } : {}) }));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 12 }), fc.array(chapterOf, { maxLength: 6 }), time, (segments, chapters, t) => {
        const timed = timedEpisode(byStart(segments), byStart(chapters));
        const at = playheadAt(timed, t);
        const next = nextPlayheadChange(timed, t);
        assert.ok(next >= t); // t itself: a zero-length line shown for that instant only
        if (next === t) return;
        for (const k of [0.25, 0.5, 0.99]) {
          const later = Math.min(t + (Number.isFinite(next) ? next - t : 50) * k, 1e6);
          assert.deepEqual(playheadAt(timed, later), at, `at ${later}, before the next change at ${next}`);
        }
      }),
    );
  });
});

describe('dataLength', () => {
  it('is the latest end or start of the last line and chapter, ignoring an unbounded end', () => {
    assert.equal(dataLength(timedEpisode([line(0, 4, 'a'), line(4, Infinity, 'b')], [chapter(0, 3, 'c')])), 4);
    assert.equal(dataLength(timedEpisode([line(0, 4, 'a')], [chapter(0, 12, 'c')])), 12);
    assert.equal(dataLength(timedEpisode([], [])), 0);
  });
});
