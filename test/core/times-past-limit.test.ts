import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RawChapter, RawSegment } from '../../src/core/model.js';
import { dropTimesPastLimit } from '../../src/core/times-past-limit.js';
import { inEnglish } from './in-english.js';

describe('dropTimesPastLimit', () => {
  it('returns the same items when every time is within 100 hours', () => {
    const items: RawSegment[] = [
      { start: 0, end: 2, text: 'a' },
      { start: 359_999, text: 'b', words: [{ start: 359_999, end: 360_000, text: 'b' }] },
    ];
    const result = dropTimesPastLimit('transcript', items);
    assert.equal(result.items, items);
    assert.deepEqual(result.problems, []);
  });

  it('skips an entry that starts past the limit, and says which by its text', () => {
    const chapters: RawChapter[] = [
      { start: 0, title: 'Start', toc: true },
      { start: 1e300, title: 'Never', toc: true },
    ];
    const result = dropTimesPastLimit('chapters', chapters);
    assert.deepEqual(
      result.items.map((chapter) => chapter.title),
      ['Start'],
    );
    assert.deepEqual(inEnglish(result.problems), [
      { where: 'file', message: 'the chapter "Never" starts after 100 hours, later than any episode, so it was skipped' },
    ]);
  });

  it('keeps an entry that starts within it, without the end and words past it', () => {
    const items: RawSegment[] = [
      {
        start: 10,
        end: 1e300,
        text: 'Long',
        words: [
          { start: 10, end: 11, text: 'Long' },
          { start: 1e300, end: 1e300, text: 'gone' },
        ],
      },
    ];
    const result = dropTimesPastLimit('transcript', items);
    assert.deepEqual(result.items, [{ start: 10, text: 'Long', words: [{ start: 10, end: 11, text: 'Long' }] }]);
    assert.notEqual(result.items[0], items[0], 'the given item is left as it was');
    assert.equal(items[0]!.end, 1e300);
    assert.deepEqual(inEnglish(result.problems), [{ where: 'file', message: 'times after 100 hours in the segment "Long" were ignored' }]);
  });

  it('counts what is past a hundred problems in one', () => {
    const items: RawSegment[] = Array.from({ length: 250 }, (_, i) => ({ start: 1e9 + i, text: `line ${i}` }));
    const result = dropTimesPastLimit('transcript', items);
    assert.equal(result.items.length, 0);
    assert.equal(result.problems.length, 101);
    assert.deepEqual(result.problems.at(-1), { code: 'more-problems', params: { count: 150 } });
  });
});
