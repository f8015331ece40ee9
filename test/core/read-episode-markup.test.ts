import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { episodeHtml, type EpisodeHtmlLabels } from '../../src/core/episode-html.js';
import type { MarkupNode } from '../../src/core/markup-tree.js';
import type { Chapter, Segment } from '../../src/core/model.js';
import { normaliseChapters, normaliseSegments } from '../../src/core/normalise.js';
import { readEpisodeMarkup } from '../../src/core/read-episode-markup.js';
import { markupFromHtml } from './markup-from-html.js';

const read = (html: string, baseUrl?: string) => readEpisodeMarkup(markupFromHtml(html), baseUrl ? { baseUrl } : {});
const lines = (html: string) => read(html).transcript?.items;

describe('readEpisodeMarkup: the documented shape', () => {
  it('reads lines with time links and bold speakers, chapters with time links, and the title', () => {
    const result = read(`
      <h2>Episode 12</h2>
      <ol data-chapters><li><a href="#t=0">0:00</a> Welcome</li><li><a href="#t=83">1:23</a> The news</li></ol>
      <ol data-transcript>
        <li><a href="#t=0">0:00</a> <b>Ada</b> Hello &amp; welcome.</li>
        <li><a href="#t=83.5">1:23</a> <b>Grace</b> Thanks, Ada.</li>
        <li><a href="#t=90">1:30</a> Music.</li>
      </ol>`);
    assert.equal(result.title, 'Episode 12');
    assert.deepEqual(result.transcript, {
      items: [
        { start: 0, text: 'Hello & welcome.', speaker: 'Ada' },
        { start: 83.5, text: 'Thanks, Ada.', speaker: 'Grace' },
        { start: 90, text: 'Music.' },
      ],
      problems: [],
    });
    assert.deepEqual(result.chapters, {
      items: [
        { start: 0, title: 'Welcome', toc: true },
        { start: 83, title: 'The news', toc: true },
      ],
      problems: [],
    });
  });

  it('has nothing to say without a container', () => {
    assert.deepEqual(read('<p>Just a post.</p><ol><li>1:23 not marked as a transcript</li></ol>'), {});
  });

  it('says why when a container holds no line', () => {
    const { transcript } = read('<div data-transcript><h3>Transcript</h3></div>');
    assert.deepEqual(transcript?.items, []);
    assert.equal(transcript?.problems[0]?.code, 'nothing-found');
    assert.equal(transcript?.problems[0]?.fatal, true);
  });
});

describe('readEpisodeMarkup: what editors do to it', () => {
  it('finds lines however wrapped: divs, lists of paragraphs, a class instead of the data attribute', () => {
    assert.deepEqual(
      lines(`<div class="wp-block transcript"><div><ul><li><p><a href="#t=1">0:01</a> <strong>Ada</strong> One.</p></li>
        <li><div><p><a href="#t=2">0:02</a> Two.</p></div></li></ul></div></div>`),
      [
        { start: 1, text: 'One.', speaker: 'Ada' },
        { start: 2, text: 'Two.' },
      ],
    );
  });

  it('reads paragraphs, &nbsp;, zero-width spaces and runs of whitespace as one space', () => {
    assert.deepEqual(lines('<div data-transcript><p>0:01&nbsp;&nbsp;Ada:&nbsp;Hello\u200b  there\n   friend</p></div>'), [
      { start: 1, text: 'Hello there friend', speaker: 'Ada' },
    ]);
  });

  it('reads times typed into the text: 1:23, [01:02:03], (1:23) –, 1:23 |, with decimals', () => {
    assert.deepEqual(
      lines(`<div data-transcript>
        <p>1:23 Ada: a</p><p>[01:02:03] b</p><p>(2:00) – c</p><p>2:05 | d</p><p>2:10.5 e</p><p>1990 was a year</p></div>`),
      [
        { start: 83, text: 'a', speaker: 'Ada' },
        { start: 3723, text: 'b' },
        { start: 120, text: 'c' },
        { start: 125, text: 'd' },
        { start: 130.5, text: 'e 1990 was a year' },
      ],
    );
  });

  it('takes data-start (on the line or an ancestor) and data-speaker, and keeps the link text out of the line', () => {
    assert.deepEqual(
      lines(`<ol data-transcript>
        <li data-start="12.25" data-speaker="Ada"><a href="#t=12">0:12</a> One.</li>
        <li data-start="1:00"><p>Two.</p><p>Three.</p></li>
        <li data-start="70">1:10 Bob: Four.</li></ol>`),
      [
        { start: 12.25, text: 'One.', speaker: 'Ada' },
        { start: 60, text: 'Two.' },
        { start: 60, text: 'Three.' },
        { start: 70, text: 'Four.', speaker: 'Bob' },
      ],
    );
  });

  it('reads <time datetime>, scoped and full-URL #t links, npt: and ranges', () => {
    assert.deepEqual(
      lines(`<ol data-transcript>
        <li><time datetime="PT1M2.5S">1:02</time> a</li>
        <li><time datetime="0:01:05">1:05</time> b</li>
        <li><a href="#t-ep12=70">1:10</a> c</li>
        <li><a href="https://example.com/ep12?x=1#foo&amp;t=npt:75,80">1:15</a> d</li>
        <li><a href="#t=1%3A20">1:20</a> e</li></ol>`),
      [
        { start: 62.5, text: 'a' },
        { start: 65, text: 'b' },
        { start: 70, text: 'c' },
        { start: 75, text: 'd' },
        { start: 80, text: 'e' },
      ],
    );
  });

  it('gives a block with only a time, a name or both to the next line, and continues a line with a block without a time', () => {
    assert.deepEqual(
      lines(`<div data-transcript>
        <p><a href="#t=5">0:05</a></p><p><strong>Ada:</strong></p><p>Split by the editor.</p>
        <p>A second paragraph of the same line.</p>
        <p><b>Grace</b></p><p>0:09 Her answer.</p></div>`),
      [
        { start: 5, text: 'Split by the editor. A second paragraph of the same line.', speaker: 'Ada' },
        { start: 9, text: 'Her answer.', speaker: 'Grace' },
      ],
    );
  });

  it('splits lines at <br>, and reads a transcript without any time as lines at 0', () => {
    assert.deepEqual(lines('<p data-transcript>0:01 one<br>0:02 two<br/>0:03 three</p>'), [
      { start: 1, text: 'one' },
      { start: 2, text: 'two' },
      { start: 3, text: 'three' },
    ]);
    assert.deepEqual(lines('<div data-transcript><p>Ada: First.</p><p>Second.</p></div>'), [
      { start: 0, text: 'First. Second.', speaker: 'Ada' },
    ]);
  });

  it('leaves out chapter headings, scripts, buttons and emphasis that is not a name', () => {
    assert.deepEqual(
      lines(`<section data-transcript><h3>Transcript</h3><h4>Intro</h4>
        <ol><li>0:01 <b>This whole sentence is bold because the editor thought it was important, not a name</b> and more.</li>
        <li>0:02 <script>alert(1)</script><button>Play</button>Text <b>with</b> bold.</li></ol></section>`),
      [
        { start: 1, text: 'This whole sentence is bold because the editor thought it was important, not a name and more.' },
        { start: 2, text: 'Text with bold.' },
      ],
    );
  });

  it('reports a data-start that is not a time, where it is', () => {
    const { transcript } = read('<ol data-transcript><li data-start="soon">a</li><li data-start="3">b</li></ol>');
    assert.deepEqual(transcript?.problems, [
      { code: 'start-not-time', params: { value: { kind: 'text', text: '"soon"' }, entry: 'segment' }, path: 'transcript[0]' },
    ]);
  });
});

describe('readEpisodeMarkup: chapters', () => {
  it('reads links and pictures through the URL rules, skips the list heading and reports entries without a time', () => {
    const { chapters } = read(
      `<nav data-chapters><h3>Chapters</h3><ol>
        <li><a href="#t=0">0:00</a> Intro <a href="/show">site</a> <img src="cover.png"></li>
        <li><a href="#t=60">1:00</a> <a href="javascript:alert(1)">Bad link</a> <img src="data:image/svg+xml,x"></li>
        <li>No time here</li>
        <li data-start="x">Bad time</li></ol></nav>`,
      'https://example.com/ep/',
    );
    assert.deepEqual(chapters?.items, [
      { start: 0, title: 'Intro site', toc: true, link: 'https://example.com/show', image: 'https://example.com/ep/cover.png' },
      { start: 60, title: 'Bad link', toc: true },
    ]);
    assert.deepEqual(
      chapters?.problems.map((p) => [p.code, p.path]),
      [
        ['start-missing', 'chapters[3]'],
        ['start-not-time', 'chapters[4]'],
      ],
    );
  });
});

// — the markup `render` writes reads back as what it was written from —

const labels: EpisodeHtmlLabels = {
  chapters: 'Chapters',
  transcript: 'Transcript',
  showNotes: 'Show notes',
  audio: 'Download audio',
  chapterFallback: (n) => `Chapter ${n}`,
};

const word = fc.oneof(
  fc.stringMatching(/^[a-zA-Z0-9äöüéñ日本]{1,8}$/),
  fc.constantFrom('&', '<b>', '</li>', '"', "'", '1:23', '[0:05]', 'a<b', '&amp;', '—', '.', ':'),
);
const sentence = fc
  .array(word, { minLength: 1, maxLength: 8 })
  .map((words) => words.join(' '))
  // A line without a speaker whose text starts "Name:" is read as that speaker's.
  .filter((text) => !/^\p{Lu}[^:]*:/u.test(text));
const speaker = fc.option(
  fc.stringMatching(/^[A-Z][a-z]{1,8}$/).map((name) => name),
  { nil: undefined },
);

const episode = fc
  .record({
    lines: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 9000 }), text: sentence, speaker }), { minLength: 1, maxLength: 25 }),
    chapters: fc.array(fc.record({ at: fc.integer({ min: 0, max: 200_000 }), title: sentence }), { maxLength: 6 }),
    id: fc.option(fc.constantFrom('ep12', 'a b&c', 'x"y'), { nil: undefined }),
  })
  .map(({ lines: written, chapters, id }) => {
    let at = 0;
    const segments: Segment[] = normaliseSegments(
      written.map(({ gap, text, speaker: name }) => ({ start: (at += gap) / 1000, text, ...(name ? { speaker: name } : {}) })),
    );
    const listed: Chapter[] = normaliseChapters(chapters.map(({ at: ms, title }) => ({ start: ms / 1000, title, toc: true })));
    return { segments, chapters: listed, id };
  });

describe('readEpisodeMarkup reads what episodeHtml writes', () => {
  it('the same lines (start, speaker, text) and chapters (start, title), with or without a player id', () => {
    fc.assert(
      fc.property(episode, ({ segments, chapters, id }) => {
        const html = episodeHtml({
          manifest: { audio: [{ src: 'https://example.com/ep.mp3' }] },
          segments,
          chapters,
          notes: [],
          labels,
          id,
        });
        const back = readEpisodeMarkup(markupFromHtml(html));
        assert.deepEqual(
          back.transcript?.items,
          segments.map(({ start, text, speaker: name }) => ({ start, text, ...(name ? { speaker: name } : {}) })),
        );
        assert.deepEqual(back.transcript?.problems, []);
        if (chapters.length > 0) {
          assert.deepEqual(
            back.chapters?.items,
            chapters.map(({ start, title }) => ({ start, title, toc: true })),
          );
        }
      }),
      { numRuns: 150 },
    );
  });
});

// — never throws —

const tags = ['div', 'p', 'li', 'ol', 'ul', 'a', 'b', 'strong', 'time', 'br', 'h3', 'span', 'img', 'script', 'td', 'tr', 'table', 'cite'];
const attributeValue = fc.oneof(fc.string(), fc.constantFrom('#t=1:23', '#t-x=5', '#t=npt:1,2', 'PT1M', '1:23', 'javascript:x', '#', ''));
const { tree } = fc.letrec<{ tree: MarkupNode[]; node: MarkupNode }>((tie) => ({
  tree: fc.array(tie('node'), { maxLength: 5 }),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ text: fc.string({ maxLength: 30 }) }),
    fc.record({
      tag: fc.constantFrom(...tags),
      attributes: fc.dictionary(
        fc.constantFrom('data-transcript', 'data-chapters', 'class', 'data-start', 'data-speaker', 'href', 'datetime', 'src', 'data-title'),
        attributeValue,
        { maxKeys: 4 },
      ),
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tie() is untyped in this fast-check version
      children: tie('tree') as fc.Arbitrary<MarkupNode[]>,
    }),
  ),
}));

describe('readEpisodeMarkup never throws', () => {
  it('on any tree of elements, attributes and text', () => {
    fc.assert(
      fc.property(tree, (nodes) => {
        const result = readEpisodeMarkup(nodes, { baseUrl: 'https://example.com/' });
        for (const part of [result.transcript, result.chapters]) {
          for (const item of part?.items ?? []) assert.ok(Number.isFinite(item.start) && item.start >= 0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('on any HTML text, read as a browser would', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (html) => {
        readEpisodeMarkup(markupFromHtml(`<ol data-transcript>${html}</ol><ol data-chapters>${html}</ol>`));
      }),
      { numRuns: 300 },
    );
  });
});
