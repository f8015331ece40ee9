import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CueIndex } from '../../src/core/cue-index.js';
import { ChapterIndex } from '../../src/core/chapter-index.js';

const cues = [
  { start: 0, end: 2 },
  { start: 2, end: 4 },
  { start: 5, end: 7 }, // a gap from 4 to 5
  { start: 7, end: 7 }, // zero length
  { start: 7, end: 9 },
];

describe('CueIndex', () => {
  const index = new CueIndex(cues);

  it('finds the cue exactly at its start', () => {
    assert.equal(index.activeAt(0), 0);
    assert.equal(index.activeAt(2), 1);
    assert.equal(index.activeAt(5), 2);
  });

  it('keeps a cue until just before its end', () => {
    assert.equal(index.activeAt(1.999), 0);
    assert.equal(index.activeAt(3.5), 1);
  });

  it('answers -1 before the first cue, in gaps and after the last', () => {
    const late = new CueIndex([{ start: 3, end: 4 }]);
    assert.equal(late.activeAt(0), -1);
    assert.equal(late.activeAt(2.99), -1);
    assert.equal(index.activeAt(4), -1);
    assert.equal(index.activeAt(4.5), -1);
    assert.equal(index.activeAt(9), -1);
    assert.equal(index.activeAt(1e9), -1);
  });

  it('lastStartedAt ignores ends, for scroll position in gaps', () => {
    assert.equal(index.lastStartedAt(4.5), 1);
    assert.equal(index.lastStartedAt(-1), -1);
    assert.equal(index.lastStartedAt(100), 4);
  });

  it('prefers the latest-starting of cues that share a start', () => {
    assert.equal(index.activeAt(7), 4);
    assert.equal(index.activeAt(8), 4);
  });

  it('is empty-safe', () => {
    const empty = new CueIndex([]);
    assert.equal(empty.activeAt(0), -1);
    assert.equal(empty.size, 0);
  });

  it('agrees with a linear scan on random sorted cues', () => {
    const cueList = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 50 })), { maxLength: 60 })
      .map((pairs) => pairs.map(([start, length]) => ({ start, end: start + length })).sort((a, b) => a.start - b.start));
    fc.assert(
      fc.property(cueList, fc.double({ min: -10, max: 1100, noNaN: true }), (list, t) => {
        let expected = -1;
        for (let i = 0; i < list.length; i++) if (list[i]!.start <= t) expected = i;
        const cue = list[expected];
        const active = cue && (t < cue.end || (cue.start === cue.end && cue.start === t)) ? expected : -1;
        assert.equal(new CueIndex(list).activeAt(t), active);
      }),
    );
  });
});

describe('ChapterIndex', () => {
  const chapters = [
    { start: 0, end: 10, title: 'Intro', toc: true },
    { start: 5, end: 8, title: 'Artwork change', toc: false },
    { start: 10, end: 20, title: 'Main', toc: true },
    { start: 25, end: 30, title: 'After an ad gap', toc: true },
  ];
  const index = new ChapterIndex(chapters);

  it('lists only table-of-contents chapters', () => {
    assert.deepEqual(
      index.listed.map((chapter) => chapter.title),
      ['Intro', 'Main', 'After an ad gap'],
    );
  });

  it('finds the current listed chapter, ignoring silent ones', () => {
    assert.equal(index.currentAt(6), 0);
    assert.equal(index.currentAt(10), 1);
    assert.equal(index.currentAt(26), 2);
  });

  it('has no current chapter in a gap left by an explicit end', () => {
    assert.equal(index.currentAt(22), -1);
  });
});

describe('ChapterIndex images', () => {
  const index = new ChapterIndex([
    { start: 0, end: 30, title: 'Intro', toc: true, image: 'https://example.com/intro.jpg' },
    { start: 10, end: 20, title: '', toc: false, image: 'https://example.com/guest.jpg' },
    { start: 30, end: 60, title: 'No picture', toc: true },
  ]);

  it('shows the image of the chapter playing, including silent artwork chapters', () => {
    assert.equal(index.imageAt(5), 'https://example.com/intro.jpg');
    assert.equal(index.imageAt(15), 'https://example.com/guest.jpg');
    assert.equal(index.imageAt(25), 'https://example.com/intro.jpg');
  });

  it('shows none where the playing chapter has none', () => {
    assert.equal(index.imageAt(45), undefined);
  });
});
