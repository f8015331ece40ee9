import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { RawChapter, RawSegment } from '../../src/core/model.js';
import { normaliseChapters, normaliseSegments } from '../../src/core/normalise.js';

const ends = (items: { start: number; end: number }[]) => items.map(({ start, end }) => [start, end]);

describe('normaliseSegments', () => {
  it('sorts by start and keeps file order for ties', () => {
    const raw: RawSegment[] = [
      { start: 5, end: 6, text: 'c' },
      { start: 1, end: 2, text: 'a' },
      { start: 5, end: 7, text: 'd' },
      { start: 3, end: 4, text: 'b' },
    ];
    assert.deepEqual(
      normaliseSegments(raw).map((s) => s.text),
      ['a', 'b', 'c', 'd'],
    );
  });

  it('keeps an end after the start, else takes the next distinct start, else the duration, else Infinity', () => {
    const raw: RawSegment[] = [
      { start: 0, end: 1.5, text: 'own end' },
      { start: 2, text: 'no end' },
      { start: 4, end: 4, text: 'zero length' },
      { start: 4, end: 3, text: 'end before start' },
      { start: 9, text: 'last' },
    ];
    assert.deepEqual(ends(normaliseSegments(raw)), [
      [0, 1.5],
      [2, 4],
      [4, 9],
      [4, 9],
      [9, Number.POSITIVE_INFINITY],
    ]);
    assert.deepEqual(ends(normaliseSegments(raw, 12)), [
      [0, 1.5],
      [2, 4],
      [4, 9],
      [4, 9],
      [9, 12],
    ]);
  });

  it('keeps overlapping cues, as in the WebVTT spec example', () => {
    const raw: RawSegment[] = [
      { start: 60, end: 64, text: 'Roger', speaker: 'Roger Bingham' },
      { start: 62, end: 65, text: 'Neil', speaker: 'Neil deGrasse Tyson' },
    ];
    assert.deepEqual(ends(normaliseSegments(raw)), [
      [60, 64],
      [62, 65],
    ]);
  });

  it('clamps to a known duration, keeping a segment that starts past it at the end', () => {
    const raw: RawSegment[] = [
      { start: 0, end: 50, text: 'runs past the end', words: [{ start: 40, end: 45, text: 'x' }] },
      { start: 70, end: 80, text: 'after the end' },
    ];
    const segments = normaliseSegments(raw, 30);
    assert.deepEqual(ends(segments), [
      [0, 30],
      [30, 30],
    ]);
    assert.deepEqual(segments[0]!.words, [{ start: 30, end: 30, text: 'x' }]);
    assert.equal(segments[1]!.text, 'after the end');
  });

  it('ignores a missing or useless duration', () => {
    const raw: RawSegment[] = [{ start: 1, text: 'a' }];
    for (const duration of [undefined, 0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.deepEqual(ends(normaliseSegments(raw, duration)), [[1, Number.POSITIVE_INFINITY]], String(duration));
    }
  });

  it('keeps speaker, text and words and does not mutate the input', () => {
    const raw: RawSegment[] = [{ start: 1, text: 'hi', speaker: 'Ann', words: [{ start: 1, end: 1.2, text: 'hi' }] }];
    const [segment] = normaliseSegments(raw, 10);
    assert.deepEqual(segment, { start: 1, end: 10, text: 'hi', speaker: 'Ann', words: [{ start: 1, end: 1.2, text: 'hi' }] });
    assert.equal(raw[0]!.end, undefined);
  });

  it('keeps words that need no change as they are, and copies only those it changes', () => {
    const inside = [
      { start: 1, end: 1.5, text: 'a' },
      { start: 1.5, end: 2, text: 'b' },
    ];
    const backwards = { start: 3, end: 2.5, text: 'c' };
    const raw: RawSegment[] = [
      { start: 1, end: 2, text: 'a b', words: inside },
      { start: 3, end: 4, text: 'c d', words: [backwards, { start: 3.5, end: 4, text: 'd' }] },
    ];
    const [first, second] = normaliseSegments(raw);
    // Shared, not copied: 100,000 words would otherwise be copied on every normalisation.
    assert.equal(first!.words, inside);
    assert.deepEqual(second!.words, [
      { start: 3, end: 3, text: 'c' },
      { start: 3.5, end: 4, text: 'd' },
    ]);
    assert.deepEqual(backwards, { start: 3, end: 2.5, text: 'c' });
    const clamped = normaliseSegments(raw, 1.8);
    assert.deepEqual(clamped[0]!.words, [
      { start: 1, end: 1.5, text: 'a' },
      { start: 1.5, end: 1.8, text: 'b' },
    ]);
    assert.deepEqual(inside[1], { start: 1.5, end: 2, text: 'b' });
  });

  it('clamps every word as the rule says, sharing each unchanged word and an unchanged list, for any times', () => {
    const time = fc.oneof(fc.double({ min: -1, max: 20 }), fc.constantFrom(0, -0, 5, Number.POSITIVE_INFINITY, Number.NaN));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(time, time), { minLength: 1, maxLength: 12 }),
        fc.option(fc.constantFrom(5, 10, 0.5, Number.NaN, 0), { nil: undefined }),
        (times, duration) => {
          const words = times.map(([start, end], i) => ({ start, end, text: `w${i}` }));
          const [segment] = normaliseSegments([{ start: 0, end: 1, text: 'line', words }], duration);
          const limit = duration !== undefined && Number.isFinite(duration) && duration > 0 ? duration : undefined;
          const expected = words.map((word) => {
            const start = limit === undefined ? word.start : Math.min(word.start, limit);
            const end = Math.max(start, limit === undefined ? word.end : Math.min(word.end, limit));
            return Object.is(start, word.start) && Object.is(end, word.end) ? word : { ...word, start, end };
          });
          const out = segment!.words!;
          assert.equal(out.length, expected.length);
          out.forEach((word, i) => {
            assert.ok(Object.is(word.start, expected[i]!.start) && Object.is(word.end, expected[i]!.end), `word ${i}`);
            assert.equal(word === words[i], expected[i] === words[i], `word ${i} shared only when unchanged`);
          });
          if (expected.every((word, i) => word === words[i])) assert.equal(out, words, 'an unchanged list is shared');
        },
      ),
    );
  });

  it('drops items whose start is not a finite non-negative number', () => {
    const raw = [
      { start: Number.NaN, text: 'x' },
      { start: -1, text: 'y' },
      { start: 2, text: 'z' },
    ] as RawSegment[];
    assert.deepEqual(
      normaliseSegments(raw).map((s) => s.text),
      ['z'],
    );
  });
});

const chapter = (start: number, title: string, extra: Partial<RawChapter> = {}): RawChapter => ({ start, title, toc: true, ...extra });

describe('normaliseChapters', () => {
  it('sorts by start and ends each chapter where the next begins, the last at the duration', () => {
    const chapters = normaliseChapters([chapter(168, 'Hearing Aids'), chapter(0, 'Intro'), chapter(260, 'Progress Report')], 300);
    assert.deepEqual(
      chapters.map((c) => [c.title, c.start, c.end]),
      [
        ['Intro', 0, 168],
        ['Hearing Aids', 168, 260],
        ['Progress Report', 260, 300],
      ],
    );
  });

  it('ends the last chapter at Infinity while the duration is unknown', () => {
    assert.deepEqual(ends(normaliseChapters([chapter(0, 'a'), chapter(10, 'b')])), [
      [0, 10],
      [10, Number.POSITIVE_INFINITY],
    ]);
  });

  it('uses endTime only when it lies after the start and not past the next chapter (gaps allowed)', () => {
    const chapters = normaliseChapters(
      [chapter(0, 'a', { end: 8 }), chapter(10, 'b', { end: 25 }), chapter(20, 'c', { end: 15 }), chapter(30, 'd', { end: 45 })],
      40,
    );
    assert.deepEqual(ends(chapters), [
      [0, 8],
      [10, 20],
      [20, 30],
      [30, 40],
    ]);
  });

  it('measures toc:false chapters against their own kind, and keeps them', () => {
    const chapters = normaliseChapters(
      [chapter(0, 'Intro'), chapter(5, 'Art 1', { toc: false }), chapter(10, 'Topic'), chapter(12, 'Art 2', { toc: false })],
      20,
    );
    assert.deepEqual(
      chapters.map((c) => [c.title, c.end, c.toc]),
      [
        ['Intro', 10, true],
        ['Art 1', 12, false],
        ['Topic', 20, true],
        ['Art 2', 20, false],
      ],
    );
  });

  it('drops zero-length chapters: the first of a tie and those starting at or past the end', () => {
    const chapters = normaliseChapters([chapter(0, 'dummy'), chapter(0, 'Intro'), chapter(50, 'Outro'), chapter(60, 'Beyond')], 60);
    assert.deepEqual(
      chapters.map((c) => [c.title, c.start, c.end]),
      [
        ['Intro', 0, 50],
        ['Outro', 50, 60],
      ],
    );
  });

  it('keeps image and link', () => {
    const [first] = normaliseChapters([chapter(0, 'a', { image: 'https://x.example/a.jpg', link: 'https://x.example/' })]);
    assert.deepEqual(first, {
      start: 0,
      end: Number.POSITIVE_INFINITY,
      title: 'a',
      toc: true,
      image: 'https://x.example/a.jpg',
      link: 'https://x.example/',
    });
  });
});

describe('normaliseChapters on long lists', () => {
  it('50,000 chapters in well under a second (each one once, not the rest for each)', () => {
    const raw: RawChapter[] = Array.from({ length: 50_000 }, (_, i) => ({ start: i * 5, title: `C${i}`, toc: i % 7 !== 0 }));
    const started = performance.now();
    const chapters = normaliseChapters(raw);
    const ms = performance.now() - started;
    assert.equal(chapters.length, 50_000);
    // Seconds when each chapter searched the rest for the next of its kind.
    assert.ok(ms < 1000, `${Math.round(ms)} ms`);
    // A listed chapter ends at the next listed one, past a hidden one between them; a hidden one at the next hidden one.
    assert.deepEqual([chapters[6]!.end, chapters[7]!.end], [40, 70]);
  });
});
