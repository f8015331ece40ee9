import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ChapterIndex } from '../../src/core/chapter-index.js';

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
