import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { episodeHtml, type EpisodeHtmlInput } from '../../src/core/episode-html.js';
import { isElement, type MarkupNode } from '../../src/core/markup-tree.js';
import { parseNotesHtml } from '../../src/core/notes-html.js';
import { markupFromHtml } from './markup-from-html.js';

const labels = {
  chapters: 'Chapters',
  transcript: 'Transcript',
  showNotes: 'Show notes',
  audio: 'Download audio',
  chapterFallback: (n: number) => `Chapter ${n}`,
};

const base: EpisodeHtmlInput = {
  manifest: { title: 'Episode 12', show: 'The Show', audio: [{ src: 'https://example.com/ep12.mp3', type: 'audio/mpeg' }], duration: 130 },
  segments: [
    { start: 0, end: 5, text: 'Hello.', speaker: 'Ada' },
    { start: 5, end: 61, text: 'Still Ada.', speaker: 'Ada' },
    { start: 61, end: 130, text: 'Grace now.', speaker: 'Grace' },
  ],
  chapters: [
    { start: 0, end: 60, title: 'Intro', toc: true },
    { start: 60, end: 130, title: '', toc: true },
  ],
  notes: parseNotesHtml('<p>See <a href="https://example.com/x">this</a> at 1:01.</p>'),
  labels,
};

/** Every element of the tree, depth first. */
function* elements(nodes: readonly MarkupNode[]): Generator<Extract<MarkupNode, { tag: string }>> {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    yield node;
    yield* elements(node.children);
  }
}

describe('episodeHtml', () => {
  it('writes the element with the episode as headings, lists of time links, the notes and two data blocks', () => {
    const html = episodeHtml({ ...base, lang: 'de', id: 'ep12', stylesheet: 'transcript-player.static.css' });
    assert.match(
      html,
      /^<link rel="stylesheet" href="transcript-player\.static\.css">\n<transcript-player id="ep12" lang="de" src="https:\/\/example\.com\/ep12\.mp3">\n<script type="application\/json">/,
    );
    assert.match(html, /<h2 data-title>Episode 12<\/h2>/);
    assert.match(html, /<p class="tp-meta">The Show · <time datetime="PT2M10S">2:10<\/time><\/p>/);
    assert.match(html, /<li><a href="#t-ep12=0">0:00<\/a> Intro<\/li>\n<li><a href="#t-ep12=60">1:00<\/a> Chapter 2<\/li>/);
    // Chapter headings carry the ids their links go to; a line at the same time leaves the id to the heading.
    assert.match(html, /<h4 id="t-ep12=0">Intro<\/h4>\n<ol>\n<li><a href="#t-ep12=0">0:00<\/a> <b>Ada:<\/b> Hello\.<\/li>/);
    assert.match(
      html,
      /<li id="t-ep12=5" data-speaker="Ada"><a href="#t-ep12=5">0:05<\/a> Still Ada\.<\/li>\n<\/ol>\n<h4 id="t-ep12=60">Chapter 2<\/h4>\n<ol start="3">/,
    );
    assert.match(html, /<p>See <a href="https:\/\/example\.com\/x" rel="noopener">this<\/a> at <a href="#t-ep12=61">1:01<\/a>\.<\/p>/);
    assert.match(html, /<script type="application\/ld\+json">\n\{/);
    assert.match(html, /<\/script>\n<\/transcript-player>\n$/);
  });

  it('writes text from the data as text: no element, attribute or script comes out of it', () => {
    const evil = '<img src=x onerror=alert(1)>"\'&amp;</script><script>alert(2)</script>';
    const html = episodeHtml({
      ...base,
      manifest: { ...base.manifest, title: evil, show: evil, date: evil },
      segments: [{ start: 1, end: 2, text: evil, speaker: evil }],
      chapters: [{ start: 0, end: 2, title: evil, toc: true }],
      notes: parseNotesHtml(`<p onclick="x">${evil}<a href="javascript:alert(3)">link</a><iframe src="https://evil"></iframe></p>`),
      id: '"><script>',
    });
    const tree = markupFromHtml(html);
    const found = [...elements(tree)];
    const tags = new Set(found.map((element) => element.tag));
    assert.deepEqual(
      [...tags].sort(),
      [
        'a',
        'article',
        'audio',
        'b',
        'h2',
        'h3',
        'h4',
        'li',
        'nav',
        'ol',
        'p',
        'script',
        'section',
        'source',
        'time',
        'transcript-player',
      ].sort(),
    );
    assert.equal(found.filter((element) => element.tag === 'script').length, 2);
    for (const element of found) {
      assert.ok(!Object.keys(element.attributes).some((name) => name.startsWith('on')), `no handler on ${element.tag}`);
      if (element.tag === 'a') assert.match(element.attributes['href']!, /^(#|https:)/);
    }
    // The title reads back as written.
    assert.equal(
      found.find((element) => element.tag === 'h2')?.children[0] &&
        (found.find((e) => e.tag === 'h2')!.children[0] as { text: string }).text,
      evil,
    );
  });

  it('never throws and always closes its element, whatever the lines hold', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ start: fc.double(), end: fc.double(), text: fc.string(), speaker: fc.option(fc.string(), { nil: undefined }) }),
          { maxLength: 8 },
        ),
        (segments) => {
          const html = episodeHtml({
            ...base,
            segments: segments.map(({ speaker, ...rest }) => (speaker === undefined ? rest : { ...rest, speaker })),
          });
          assert.ok(html.trimEnd().endsWith('</transcript-player>'));
        },
      ),
    );
  });
});
