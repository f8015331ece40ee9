import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readId3Chapters, readId3Header } from '../../../src/core/id3/index.js';
import { concat, frame, id3Tag, PNG_1X1, text, type ChapterSpec, type Encoding, type Version } from '../../../scripts/id3-tag-writer.js';

const PNG_URL = `data:image/png;base64,${Buffer.from(PNG_1X1).toString('base64')}`;

const CHAPTERS: ChapterSpec[] = [
  { id: 'ch0', startMs: 0, endMs: 2500, title: 'Intro', link: 'https://example.com/intro', image: { mime: 'image/png', bytes: PNG_1X1 } },
  { id: 'ch1', startMs: 2500, endMs: 61_000, title: 'Ünïcödé – “quotes” ✓' },
  { id: 'ch2', startMs: 61_000, endMs: 3_723_400, title: 'Long' },
];

/** The title as ISO-8859-1 can hold it. */
const LATIN_TITLE = 'Ünïcödé ? ?quotes? ?';

describe('readId3Chapters: versions and encodings', () => {
  const cases: [Version, Encoding, string][] = [
    [3, 0, 'ISO-8859-1'],
    [3, 1, 'UTF-16 with BOM'],
    [4, 0, 'ISO-8859-1'],
    [4, 1, 'UTF-16 with BOM'],
    [4, 2, 'UTF-16BE'],
    [4, 3, 'UTF-8'],
  ];
  for (const [version, encoding, name] of cases) {
    it(`ID3v2.${version}, text in ${name}: times, titles, link and picture`, () => {
      const chapters: ChapterSpec[] =
        encoding === 0 ? CHAPTERS.map((chapter, i) => (i === 1 ? { ...chapter, title: LATIN_TITLE } : chapter)) : CHAPTERS;
      const result = readId3Chapters(id3Tag({ version, encoding, chapters }));
      assert.deepEqual(result.problems, []);
      assert.deepEqual(result.items, [
        { start: 0, end: 2.5, title: 'Intro', toc: true, link: 'https://example.com/intro', image: PNG_URL },
        { start: 2.5, end: 61, title: encoding === 0 ? LATIN_TITLE : CHAPTERS[1]!.title, toc: true },
        { start: 61, end: 3723.4, title: 'Long', toc: true },
      ]);
    });
  }

  it('reads v2.4 frame sizes as syncsafe and v2.3 as plain numbers (a 200-byte title tells them apart)', () => {
    const title = 'x'.repeat(200);
    for (const version of [3, 4] as const) {
      const result = readId3Chapters(
        id3Tag({
          version,
          chapters: [
            { id: 'a', startMs: 0, endMs: 1000, title },
            { id: 'b', startMs: 1000, endMs: 2000, title: 'B' },
          ],
        }),
      );
      assert.deepEqual(
        result.items.map((chapter) => chapter.title),
        [title, 'B'],
        `v2.${version}`,
      );
    }
  });

  it('reads a v2.4 tag whose writer put plain sizes (old iTunes), whether a size byte shows it or not', () => {
    for (const length of [200, 300]) {
      const result = readId3Chapters(
        id3Tag({
          version: 4,
          plainSizes: true,
          chapters: [
            { id: 'a', startMs: 0, endMs: 1000, title: 'y'.repeat(length) },
            { id: 'b', startMs: 1000, endMs: 2000, title: 'B' },
          ],
        }),
      );
      assert.deepEqual(
        result.items.map((chapter) => chapter.title.length),
        [length, 1],
        `${length} bytes`,
      );
    }
  });

  it('undoes the unsynchronisation of a v2.3 tag and skips extended headers', () => {
    const picture = concat(PNG_1X1, [0xff, 0xe0, 0xff, 0x00, 0xff]);
    const chapters: ChapterSpec[] = [
      { id: 'u', startMs: 0xff00, endMs: 0xffff00, title: 'ÿÿ', image: { mime: 'image/png', bytes: picture } },
    ];
    const result = readId3Chapters(id3Tag({ version: 3, encoding: 0, chapters, unsynchronise: true, extendedHeader: true }));
    assert.deepEqual(result.problems, []);
    assert.equal(result.items[0]!.start, 0xff00 / 1000);
    assert.equal(result.items[0]!.end, 0xffff00 / 1000);
    assert.equal(result.items[0]!.title, 'ÿÿ');
    assert.equal(result.items[0]!.image, `data:image/png;base64,${Buffer.from(picture).toString('base64')}`);
    assert.equal(readId3Chapters(id3Tag({ version: 4, chapters: CHAPTERS, extendedHeader: true, padding: 100 })).items.length, 3);
  });
});

describe('readId3Chapters: order and table of contents', () => {
  it('lists chapters in the order of the CTOC, and keeps those it does not name unlisted', () => {
    const result = readId3Chapters(id3Tag({ version: 4, chapters: CHAPTERS, toc: ['ch2', 'ch0'] }));
    assert.deepEqual(
      result.items.map((chapter) => [chapter.title, chapter.toc]),
      [
        ['Long', true],
        ['Intro', true],
        [CHAPTERS[1]!.title, false],
      ],
    );
  });

  it('without a CTOC, lists every chapter as written', () => {
    const result = readId3Chapters(id3Tag({ version: 3, chapters: CHAPTERS, toc: false }));
    assert.deepEqual(
      result.items.map((chapter) => [chapter.start, chapter.toc]),
      [
        [0, true],
        [2.5, true],
        [61, true],
      ],
    );
  });

  it('follows a nested table of contents, and stops at a table that names itself', () => {
    const sizes = { version: 4 as const };
    const ctoc = (id: string, flags: number, children: string[]) =>
      frame('CTOC', concat(text(`${id}\0`, 0), [flags, children.length], ...children.map((child) => text(`${child}\0`, 0))), sizes);
    const chap = (id: string, start: number, title: string) =>
      frame(
        'CHAP',
        concat(
          text(`${id}\0`, 0),
          [0, 0, 0, start, 0, 0, 0, start + 1, 255, 255, 255, 255, 255, 255, 255, 255],
          frame('TIT2', concat([3], text(title, 3)), sizes),
        ),
        sizes,
      );
    const tag = id3Tag({
      version: 4,
      chapters: [],
      toc: false,
      before: [
        ctoc('top', 3, ['a', 'part2', 'top']),
        ctoc('part2', 1, ['c', 'b', 'part2']),
        chap('a', 1, 'A'),
        chap('b', 2, 'B'),
        chap('c', 3, 'C'),
      ],
    });
    assert.deepEqual(
      readId3Chapters(tag).items.map((chapter) => chapter.title),
      ['A', 'C', 'B'],
    );
  });
});

describe('readId3Chapters: pictures and links', () => {
  const picture = (mime: string, bytes: Uint8Array, options = {}) =>
    readId3Chapters(id3Tag({ version: 4, chapters: [{ id: 'p', startMs: 0, endMs: 1000, title: 'P', image: { mime, bytes } }] }), options);

  it('tells a picture’s type by its bytes when the frame says nothing or the wrong thing', () => {
    assert.equal(picture('', PNG_1X1).items[0]!.image, PNG_URL);
    assert.equal(picture('image/jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1])).items[0]!.image, 'data:image/jpeg;base64,/9j/4AE=');
    assert.equal(
      picture('image/jpeg', Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61])).items[0]!.image,
      'data:image/gif;base64,R0lGODlh',
    );
    const webp = Uint8Array.from([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]);
    assert.match(picture('application/octet-stream', webp).items[0]!.image!, /^data:image\/webp;base64,/);
  });

  it('leaves out a picture that is not a raster image (SVG can hold script), and says so', () => {
    const result = picture('image/svg+xml', new TextEncoder().encode('<svg onload="alert(1)"/>'));
    assert.equal(result.items[0]!.image, undefined);
    assert.deepEqual(result.problems, [
      { code: 'id3-image-not-raster', params: { mime: { kind: 'text', text: '"image/svg+xml"' } }, path: 'CHAP "p" APIC' },
    ]);
  });

  it('leaves out a picture larger than the limit, and says so', () => {
    const big = concat(PNG_1X1, new Uint8Array(3000));
    const result = picture('image/png', big, { maxImageBytes: 2048 });
    assert.equal(result.items[0]!.image, undefined);
    assert.deepEqual(result.problems, [{ code: 'id3-image-too-large', params: { kilobytes: 3, limit: 2 }, path: 'CHAP "p" APIC' }]);
  });

  it('reads a picture given as a link (MIME type "-->")', () => {
    assert.equal(picture('-->', text('https://x.example/p.jpg', 0)).items[0]!.image, 'https://x.example/p.jpg');
    assert.equal(picture('-->', text('javascript:alert(1)', 0)).items[0]!.image, undefined);
  });

  it('resolves a relative link against the audio, and refuses a script link', () => {
    const tag = (link: string) => id3Tag({ version: 3, chapters: [{ id: 'l', startMs: 0, endMs: 1, title: 'L', link }] });
    assert.equal(
      readId3Chapters(tag('/notes#l'), { baseUrl: 'https://cdn.example.com/ep/1.mp3' }).items[0]!.link,
      'https://cdn.example.com/notes#l',
    );
    const bad = readId3Chapters(tag('javascript:alert(1)'));
    assert.equal(bad.items[0]!.link, undefined);
    assert.deepEqual(bad.problems, [
      { code: 'url-unusable', params: { field: 'WXXX', value: { kind: 'text', text: '"javascript:alert(1)"' } }, path: 'CHAP "l" WXXX' },
    ]);
  });
});

describe('readId3Chapters: broken and foreign tags', () => {
  it('reads nothing, silently, from a file without a tag or a tag without chapters', () => {
    assert.deepEqual(readId3Chapters(Uint8Array.from([0xff, 0xfb, 0x90, 0x64, 0, 0, 0, 0, 0, 0, 0])), { items: [], problems: [] });
    assert.deepEqual(readId3Chapters(id3Tag({ version: 4, chapters: [], toc: false, padding: 20 })), { items: [], problems: [] });
  });

  it('refuses ID3v2.2, which has no chapters', () => {
    const tag = id3Tag({ version: 3, chapters: CHAPTERS });
    tag[3] = 2;
    assert.deepEqual(readId3Chapters(tag), {
      items: [],
      problems: [{ code: 'id3-version-unsupported', params: { version: 2 }, fatal: true }],
    });
  });

  it('reads what arrived of a cut tag and says it was cut', () => {
    const tag = id3Tag({ version: 4, chapters: CHAPTERS, toc: false });
    const cut = tag.subarray(0, tag.length - 10);
    const result = readId3Chapters(cut);
    assert.deepEqual(
      result.items.map((chapter) => chapter.title),
      ['Intro', CHAPTERS[1]!.title],
    );
    assert.deepEqual(
      result.problems.map((problem) => problem.code),
      ['id3-truncated', 'id3-frame-unreadable'],
    );
  });

  it('skips compressed and encrypted frames, saying which', () => {
    const compressed = frame('CHAP', new Uint8Array(20), { version: 3 });
    compressed[9] = 0x80;
    const result = readId3Chapters(id3Tag({ version: 3, chapters: CHAPTERS.slice(0, 1), toc: false, before: [compressed] }));
    assert.equal(result.items.length, 1);
    assert.deepEqual(result.problems, [{ code: 'id3-frame-unreadable', params: { frame: 'CHAP', reason: 'compressed' }, path: 'CHAP' }]);
    const encrypted = frame('CHAP', new Uint8Array(20), { version: 4 });
    encrypted[9] = 0x04;
    assert.deepEqual(readId3Chapters(id3Tag({ version: 4, chapters: [], toc: false, before: [encrypted] })).problems[0]!.params, {
      frame: 'CHAP',
      reason: 'encrypted',
    });
  });

  it('keeps a chapter whose end is before its start, without the end', () => {
    const result = readId3Chapters(id3Tag({ version: 4, chapters: [{ id: 'e', startMs: 5000, endMs: 1000, title: 'E' }] }));
    assert.deepEqual(result.items, [{ start: 5, title: 'E', toc: true }]);
    assert.deepEqual(result.problems, [{ code: 'end-before-start', params: { start: 5, end: 1 }, path: 'CHAP "e"' }]);
  });

  it('announces the size of the whole tag in its header, footer included', () => {
    const tag = id3Tag({ version: 4, chapters: CHAPTERS, padding: 7 });
    assert.deepEqual(readId3Header(tag), { version: 4, flags: 0, size: tag.length });
    const withFooter = Uint8Array.from(tag);
    withFooter[5] = 0x10;
    assert.equal(readId3Header(withFooter)!.size, tag.length + 10);
    assert.equal(readId3Header(tag.subarray(0, 9)), undefined);
    assert.equal(readId3Header(Uint8Array.from([0x49, 0x44, 0x33, 4, 0, 0, 0x80, 0, 0, 0])), undefined);
  });
});

describe('readId3Chapters never throws', () => {
  it('on any bytes after an ID3 header', () => {
    fc.assert(
      fc.property(fc.constantFrom(2, 3, 4), fc.integer({ min: 0, max: 255 }), fc.uint8Array({ maxLength: 400 }), (version, flags, body) => {
        const size = body.length;
        const header = [0x49, 0x44, 0x33, version, 0, flags, (size >> 21) & 0x7f, (size >> 14) & 0x7f, (size >> 7) & 0x7f, size & 0x7f];
        readId3Chapters(concat(header, body));
      }),
      { numRuns: 3000 },
    );
  });

  it('on real tags with bytes changed or cut', () => {
    const tags = ([3, 4] as const).flatMap((version) =>
      [0, 1, 3].map((encoding) => id3Tag({ version, encoding: encoding as Encoding, chapters: CHAPTERS })),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...tags),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.nat(),
        (tag, changes, cut) => {
          const bytes = Uint8Array.from(tag);
          for (const [at, value] of changes) bytes[at % bytes.length] = value;
          const result = readId3Chapters(bytes.subarray(0, bytes.length - (cut % bytes.length)));
          for (const chapter of result.items) assert.ok(Number.isFinite(chapter.start) && chapter.start >= 0);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
