import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { linesShown } from '../../src/core/lines-shown.js';
import type { Chapter, Segment } from '../../src/core/model.js';

const line = (start: number, text: string, speaker?: string): Segment => ({
  start,
  end: start + 1,
  text,
  ...(speaker !== undefined ? { speaker } : {}),
  words: text.split(' ').map((word, k) => ({ start: start + k / 10, end: start + (k + 1) / 10, text: word })),
});
const chapter = (start: number, title: string): Chapter => ({ start, end: start + 10, title, toc: true });
const none = new Map<number, Chapter>();
const slots = new Map([
  ['Ada', 0],
  ['Grace', 1],
]);

describe('linesShown', () => {
  const lines = [line(0, 'One two', 'Ada'), line(1, 'Three', 'Ada'), line(2, 'Four five', 'Grace'), line(3, 'Six')];

  it('is the same for new line objects that show the same, ends and word times aside', () => {
    const copy = lines.map((segment) => ({
      ...segment,
      end: segment.end + 5,
      words: segment.words!.map((word) => ({ ...word, end: word.end + 1 })),
    }));
    assert.equal(linesShown(copy, 1, 3, none, [], slots), linesShown(lines, 1, 3, none, [], slots));
  });

  it('changes with what a line shows: its time, text, words, speaker, colour, and the speaker before it', () => {
    const shown = linesShown(lines, 1, 3, none, [], slots);
    const changed = (index: number, change: Partial<Segment>, within = lines) =>
      linesShown(
        within.map((segment, i) => (i === index ? { ...segment, ...change } : segment)),
        1,
        3,
        none,
        [],
        slots,
      );
    assert.notEqual(changed(1, { start: 1.5 }), shown, 'time');
    assert.notEqual(changed(2, { text: 'Four six' }), shown, 'text');
    assert.notEqual(changed(2, { words: [{ start: 2, end: 3, text: 'Four five' }] }), shown, 'words');
    assert.notEqual(changed(2, { speaker: 'Ada' }), shown, 'speaker');
    assert.notEqual(
      linesShown(
        lines,
        1,
        3,
        none,
        [],
        new Map([
          ['Ada', 3],
          ['Grace', 1],
        ]),
      ),
      shown,
      'colour',
    );
    assert.notEqual(changed(0, { speaker: 'Grace' }), shown, 'the line before decides whether the name shows');
    assert.equal(changed(3, { text: 'Seven' }), shown, 'a line after the block does not count');
  });

  it('changes with a heading before one of its lines: its title, its number', () => {
    const chapters = [chapter(0, 'Opening'), chapter(2, '')];
    const shown = linesShown(lines, 1, 3, new Map([[2, chapters[1]!]]), chapters, slots);
    assert.notEqual(shown, linesShown(lines, 1, 3, none, [], slots));
    const renamed = [chapters[0]!, chapter(2, 'Named')];
    assert.notEqual(linesShown(lines, 1, 3, new Map([[2, renamed[1]!]]), renamed, slots), shown, 'title');
    const third = [chapter(-1, 'Before'), ...chapters];
    assert.notEqual(linesShown(lines, 1, 3, new Map([[2, chapters[1]!]]), third, slots), shown, 'number, for an untitled one');
    assert.equal(
      linesShown(
        lines,
        1,
        3,
        new Map([
          [0, chapters[0]!],
          [2, chapters[1]!],
        ]),
        chapters,
        slots,
      ),
      shown,
      'a heading outside the block does not count',
    );
  });

  it('tells different blocks apart, and never throws past the end', () => {
    assert.notEqual(linesShown(lines, 0, 2, none, [], slots), linesShown(lines, 1, 3, none, [], slots));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), (first, end) => {
        assert.equal(typeof linesShown(lines, first, end, none, [], slots), 'string');
      }),
    );
  });

  it('tells texts apart that the separators could confuse', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        assert.notEqual(linesShown([line(0, a)], 0, 1, none, [], slots), linesShown([line(0, b)], 0, 1, none, [], slots));
      }),
    );
  });
});
