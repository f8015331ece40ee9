import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePodcastJsonChapters } from '../../../src/core/formats/podcast-json-chapters.js';
import { inEnglish } from '../in-english.js';

const source = { url: 'https://cdn.example.com/show/ep7/chapters.json' };

describe('parsePodcastJsonChapters', () => {
  it('reads the spec example shape: ints and floats, img and url, toc:false kept', () => {
    const file = JSON.stringify({
      version: '1.2.0',
      chapters: [
        { startTime: 0, title: 'Intro' },
        { startTime: 168.5, title: 'Hearing Aids', img: 'https://example.com/images/hearing_aids.jpg' },
        { startTime: 410, title: 'Namespace', url: 'https://github.com/Podcastindex-org/podcast-namespace', endTime: 500 },
        { startTime: 4826, title: 'Boston Harbor', img: 'https://example.com/images/bostonharbor.jpg', toc: false },
      ],
    });
    assert.deepEqual(parsePodcastJsonChapters(file, source), {
      items: [
        { start: 0, title: 'Intro', toc: true },
        { start: 168.5, title: 'Hearing Aids', image: 'https://example.com/images/hearing_aids.jpg', toc: true },
        { start: 410, end: 500, title: 'Namespace', link: 'https://github.com/Podcastindex-org/podcast-namespace', toc: true },
        { start: 4826, title: 'Boston Harbor', image: 'https://example.com/images/bostonharbor.jpg', toc: false },
      ],
      problems: [],
    });
  });

  it('accepts a missing version placed anywhere, string times, legacy marker and hasArtwork, unknown keys', () => {
    const file = `{
  "title": "this is a episode title!",
  "chapters": [
    { "title": "Chapter 1 of 26", "startTime": "6.202", "img": "chapter_001.jpg" },
    { "marker": "00:02:11.762", "title": "Chapter 2 of 26", "id": "ch2", "hasArtwork": "chapter 2.jpg" },
    { "startTime": 260, "rssblue:remoteEntity": { "item": { "guid": "44a78abc" } } }
  ]
}`;
    assert.deepEqual(parsePodcastJsonChapters(file, source).items, [
      { start: 6.202, title: 'Chapter 1 of 26', image: 'https://cdn.example.com/show/ep7/chapter_001.jpg', toc: true },
      { start: 131.762, title: 'Chapter 2 of 26', image: 'https://cdn.example.com/show/ep7/chapter%202.jpg', toc: true },
      { start: 260, title: '', toc: true },
    ]);
  });

  it('drops chapters without a valid startTime, naming each', () => {
    const file = JSON.stringify({
      chapters: [{ title: 'No start' }, { startTime: -5, title: 'Negative' }, 'text', { startTime: 10, title: 'Fine' }],
    });
    const { items, problems } = parsePodcastJsonChapters(file);
    assert.deepEqual(items, [{ start: 10, title: 'Fine', toc: true }]);
    assert.deepEqual(inEnglish(problems), [
      { where: 'chapters[0].startTime', message: 'startTime is missing, so this chapter was skipped' },
      { where: 'chapters[1].startTime', message: 'startTime -5 is not a time, so this chapter was skipped' },
      { where: 'chapters[2]', message: 'this chapter is not an object, so it was skipped' },
    ]);
  });

  it('drops unsafe images and links with a problem, and an endTime before the start', () => {
    const file = JSON.stringify({
      chapters: [
        { startTime: 1, title: 'x', img: 'data:image/svg+xml,<svg onload=alert(1)>', url: 'javascript:alert(1)', endTime: 0.5 },
        { startTime: 2, title: 'y', img: 'relative.jpg', url: '' },
      ],
    });
    const { items, problems } = parsePodcastJsonChapters(file);
    assert.deepEqual(items, [
      { start: 1, title: 'x', toc: true },
      { start: 2, title: 'y', toc: true },
    ]);
    assert.deepEqual(
      inEnglish(problems).map((p) => p.where),
      ['chapters[0].endTime', 'chapters[0].img', 'chapters[0].url', 'chapters[1].img'],
    );
  });

  it('keeps an empty chapter list as no items without a problem', () => {
    assert.deepEqual(parsePodcastJsonChapters('{"version": "1.2.0", "chapters": []}'), { items: [], problems: [] });
  });

  it('is fatal without a chapters array', () => {
    assert.deepEqual(inEnglish(parsePodcastJsonChapters('{"version": "1.2.0"}').problems), [
      { where: 'chapters', message: 'chapters is missing (expected {"version": "1.2.0", "chapters": [...]})', fatal: true },
    ]);
  });
});
