import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePodloveJsonChapters } from '../../../src/core/formats/podlove-json-chapters.js';
import { inEnglish } from '../in-english.js';

describe('parsePodloveJsonChapters', () => {
  it('reads a Podlove Web Player array; "" href and image mean none', () => {
    const file = `[
	{ "start": "00:00:01.234", "title": "Intro", "href": "http://example.com", "image": "" },
	{ "start": "00:12:34.000", "title": "Begr\\u00fc\\u00dfung", "href": "", "image": "" },
	{ "start": "01:02:03.5", "title": "Later", "href": "", "image": "covers/later.jpg" }
]`;
    assert.deepEqual(parsePodloveJsonChapters(file, { url: 'https://example.com/ep/chapters.json' }), {
      items: [
        { start: 1.234, title: 'Intro', link: 'http://example.com/', toc: true },
        { start: 754, title: 'Begrüßung', toc: true },
        { start: 3723.5, title: 'Later', image: 'https://example.com/ep/covers/later.jpg', toc: true },
      ],
      problems: [],
    });
  });

  it('accepts numeric starts and reports a missing one', () => {
    const { items, problems } = parsePodloveJsonChapters('[{"start": 37, "title": "A"}, {"title": "B"}]');
    assert.deepEqual(items, [{ start: 37, title: 'A', toc: true }]);
    assert.deepEqual(inEnglish(problems), [{ where: '[1].start', message: 'start is missing, so this chapter was skipped' }]);
  });

  it('is fatal when the JSON is not a list', () => {
    assert.equal(parsePodloveJsonChapters('{"chapters": []}').problems[0]!.fatal, true);
  });
});
