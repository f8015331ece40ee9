import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isModelShaped, readModelChapters, readModelSegments } from '../../src/core/model-items.js';
import { dataFromValue } from '../../src/data/load-data.js';
import { inEnglish } from './in-english.js';

describe("data in the player's own model", () => {
  it('is recognised only when every item has a numeric start and its text', () => {
    assert.equal(isModelShaped('transcript', [{ start: 0, text: 'a' }]), true);
    assert.equal(isModelShaped('transcript', [{ start: '0', text: 'a' }]), false);
    assert.equal(isModelShaped('transcript', []), false);
    assert.equal(isModelShaped('chapters', [{ start: 0, title: 'A', toc: true }]), true);
    assert.equal(isModelShaped('chapters', [{ start: 0, title: 'A' }]), false, 'Podlove JSON chapters, read by their parser');
  });

  it('drops a javascript: link and an SVG data: image, by path, and keeps the chapter', () => {
    const { items, problems } = readModelChapters(
      [
        { start: 0, title: 'A', toc: true, link: 'javascript:alert(1)', image: 'data:image/svg+xml,<svg onload="alert(1)"/>' },
        { start: 5, title: 'B', toc: false, link: 'https://example.com/b', image: 'b.png' },
      ],
      'https://blog.example/post/',
    );
    assert.deepEqual(items, [
      { start: 0, title: 'A', toc: true },
      { start: 5, title: 'B', toc: false, link: 'https://example.com/b', image: 'https://blog.example/post/b.png' },
    ]);
    assert.deepEqual(
      inEnglish(problems).map((each) => each.where),
      ['[0].image', '[0].link'],
    );
  });

  it('reports words that are not a list, and words that are not words, and never passes them on', () => {
    const { items, problems } = readModelSegments([
      { start: 0, text: 'a', words: 'xyz' },
      { start: 1, end: 2, text: 'b', words: [null, 7, { start: 1, end: 0.5, text: 'b' }, { start: 1, end: 2, text: 'b' }] },
      { start: 2, text: 'c', speaker: { name: 'Ann' }, extra: 'ignored' },
    ]);
    assert.deepEqual(items, [
      { start: 0, text: 'a' },
      { start: 1, end: 2, text: 'b', words: [{ start: 1, end: 2, text: 'b' }] },
      { start: 2, text: 'c' },
    ]);
    assert.deepEqual(inEnglish(problems), [
      { where: '[0].words', message: 'expected a list of timed words, not "xyz", so the words were ignored' },
      { where: '[1].words[0]', message: 'a word needs a start, an end and text, so this one was skipped' },
      { where: '[1].words[1]', message: 'a word needs a start, an end and text, so this one was skipped' },
      { where: '[1].words[2]', message: 'a word needs a start, an end and text, so this one was skipped' },
      { where: '[2].speaker', message: 'expected text, not an object, so it was ignored' },
    ]);
  });

  it('a bad end is dropped, as in files; a negative start skips the item', () => {
    const { items, problems } = readModelSegments([
      { start: 3, end: 1, text: 'end before start' },
      { start: -1, text: 'before the episode' },
    ]);
    assert.deepEqual(items, [{ start: 3, text: 'end before start' }]);
    assert.deepEqual(
      inEnglish(problems).map((each) => each.where),
      ['[0].end', '[1].start'],
    );
  });

  it('dataFromValue puts model data, parsed JSON and text through the same checks, times past the limit included', () => {
    const model = dataFromValue('chapters', [
      { start: 0, title: 'A', toc: true },
      { start: 1e300, title: 'Never', toc: true },
    ]);
    assert.deepEqual(
      model.items.map((chapter) => chapter.title),
      ['A'],
    );
    assert.equal(model.problems[0]?.code, 'start-past-limit');
    const json = dataFromValue('chapters', { chapters: [{ startTime: 1e300, title: 'Never' }] });
    assert.equal(json.error?.code, 'file-unusable');
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    assert.equal(dataFromValue('transcript', cyclic).error?.code, 'file-unusable', 'a cycle is refused, not thrown');
  });

  it('never throws, whatever a page hands over', () => {
    const anything = fc.anything({ withBigInt: true, withNullPrototype: true, withObjectString: true, withMap: true, withSet: true });
    const item = fc.record(
      {
        start: fc.oneof(fc.double(), fc.nat()),
        text: fc.string(),
        title: fc.string(),
        toc: fc.boolean(),
        words: anything,
        link: anything,
        image: anything,
        speaker: anything,
        end: anything,
      },
      { requiredKeys: ['start', 'text', 'title', 'toc'] },
    );
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), (items) => {
        for (const kind of ['transcript', 'chapters'] as const) {
          const result = dataFromValue(kind, items);
          for (const each of result.items) {
            assert.ok(Number.isFinite(each.start) && each.start >= 0 && each.start <= 360_000);
            if ('link' in each && each.link !== undefined) assert.match(each.link, /^https?:/);
            if ('image' in each && each.image !== undefined) assert.match(each.image, /^(https?:|data:image\/(png|jpeg|gif|webp|avif))/);
            if ('words' in each && each.words !== undefined)
              assert.ok(Array.isArray(each.words) && each.words.every((w) => typeof w.text === 'string'));
          }
        }
      }),
    );
  });
});
