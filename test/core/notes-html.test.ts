import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseNotesHtml, splitTimes, type NotesNode } from '../../src/core/notes-html.js';

const BASE = 'https://blog.example.com/2024/05/episode-12/';
const ALLOWED = new Set(['p', 'br', 'a', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'blockquote', 'h3', 'h4', 'code', 'time']);

/** The notes as plain text, as a reader would see them (timestamps as written). */
function textOf(nodes: NotesNode[]): string {
  return nodes
    .map((node) => {
      if (!('tag' in node)) return node.text;
      if (node.tag === 'time') return node.text;
      return node.tag === 'br' ? '\n' : textOf(node.children);
    })
    .join('');
}

function elements(nodes: NotesNode[]): Extract<NotesNode, { children: NotesNode[] }>[] {
  return nodes.flatMap((node) => ('tag' in node && node.tag !== 'time' ? [node, ...elements(node.children)] : []));
}

const tags = (nodes: NotesNode[]): string[] => elements(nodes).map((node) => node.tag);
const hrefs = (nodes: NotesNode[]): (string | undefined)[] =>
  elements(nodes)
    .filter((node) => node.tag === 'a')
    .map((node) => node.href);

function times(nodes: NotesNode[], insideLink = false, found: { seconds: number; text: string; insideLink: boolean }[] = []) {
  for (const node of nodes) {
    if (!('tag' in node)) continue;
    if (node.tag === 'time') found.push({ seconds: node.seconds, text: node.text, insideLink });
    else times(node.children, insideLink || node.tag === 'a', found);
  }
  return found;
}

/** What the view relies on: only allowed tags, only `href` on links and only web or mail ones, plain data. */
function assertSafeTree(nodes: unknown, depth = 0): void {
  assert.ok(Array.isArray(nodes), 'children are an array');
  assert.ok(depth < 64, 'nesting is bounded');
  for (const node of nodes as unknown[]) {
    assert.equal(typeof node, 'object');
    const record = node as Record<string, unknown>;
    if (!('tag' in record)) {
      assert.deepEqual(Object.keys(record), ['text']);
      assert.equal(typeof record.text, 'string');
      continue;
    }
    assert.ok(ALLOWED.has(record.tag as string), `allowed tag: ${String(record.tag)}`);
    if (record.tag === 'time') {
      assert.deepEqual(Object.keys(record).sort(), ['seconds', 'tag', 'text']);
      assert.ok(Number.isFinite(record.seconds) && (record.seconds as number) >= 0);
      continue;
    }
    for (const key of Object.keys(record)) assert.ok(['tag', 'children', 'href'].includes(key), `allowed key: ${key}`);
    if (record.tag === 'a') {
      const href = record.href as string;
      assert.equal(typeof href, 'string');
      const url = new URL(href);
      assert.ok(['http:', 'https:', 'mailto:'].includes(url.protocol), `safe link: ${href}`);
      assert.equal(url.href, href, 'the href is the parsed URL, canonical');
    } else {
      assert.equal(record.href, undefined);
    }
    assertSafeTree(record.children, depth + 1);
  }
}

describe('parseNotesHtml: real show notes', () => {
  it('reads Podlove-style notes: headings, link lists, chapter timestamps', () => {
    const notes = `<p>In dieser Folge sprechen wir über <strong>Sora</strong> &amp; SongDNA.</p>
<h2>Kapitel</h2>
<p>00:00:00 Intro<br/>
00:00:33 OpenAI stellt Sora ein<br />
00:02:11 Spotify&#8217;s SongDNA</p>
<h2>Shownotes</h2>
<ul class="shownotes">
  <li><a href="https://openai.com/sora" target="_blank" rel="nofollow">OpenAI: Sora</a></li>
  <li><a href="/2024/05/songdna/">SongDNA (unser Artikel)</a></li>
  <li><a href="mailto:feedback@example.com">Feedback per E-Mail</a></li>
</ul>`;
    const tree = parseNotesHtml(notes, BASE);
    assertSafeTree(tree);
    assert.deepEqual(tags(tree), ['p', 'strong', 'h3', 'p', 'br', 'br', 'h3', 'ul', 'li', 'a', 'li', 'a', 'li', 'a']);
    assert.deepEqual(hrefs(tree), ['https://openai.com/sora', 'https://blog.example.com/2024/05/songdna/', 'mailto:feedback@example.com']);
    assert.deepEqual(
      times(tree).map(({ seconds, text }) => [seconds, text]),
      [
        [0, '00:00:00'],
        [33, '00:00:33'],
        [131, '00:02:11'],
      ],
    );
    assert.match(textOf(tree), /über Sora & SongDNA\./);
    assert.match(textOf(tree), /Spotify’s SongDNA/);
    // Whitespace between list items is not content.
    const list = elements(tree).find((node) => node.tag === 'ul')!;
    assert.ok(list.children.every((child) => 'tag' in child && child.tag === 'li'));
  });

  it('reads WordPress block-editor notes, dropping its comments and empty spacer paragraphs', () => {
    const notes = `<!-- wp:paragraph -->
<p>This week: <em>why the AI hype machine</em> faces a reckoning. Jump to the Sora story at 0:33 or SongDNA at 2:11.</p>
<!-- /wp:paragraph -->
<p>&nbsp;</p>
<!-- wp:quote --><blockquote class="wp-block-quote"><p>&#8220;Producers deserve the credit.&#8221;</p><cite>Spotify</cite></blockquote><!-- /wp:quote -->
<!-- wp:list --><ol><li>Sora&hellip;</li><li>SongDNA &mdash; credits</li></ol><!-- /wp:list -->`;
    const tree = parseNotesHtml(notes, BASE);
    assertSafeTree(tree);
    assert.deepEqual(tags(tree), ['p', 'em', 'blockquote', 'p', 'ol', 'li', 'li']);
    assert.deepEqual(
      times(tree).map((time) => time.seconds),
      [33, 131],
    );
    assert.doesNotMatch(textOf(tree), /wp:/);
    assert.match(textOf(tree), /“Producers deserve the credit\.”Spotify/);
    assert.match(textOf(tree), /SongDNA — credits/);
  });

  it('reads Substack-style notes: containers become paragraphs, images and spans go, links stay', () => {
    const notes = `<div class="captioned-image-container"><figure><a class="image-link" href="https://substackcdn.com/image/fetch/x.png"><img src="https://substackcdn.com/x.png" alt="" srcset="a 424w, b 848w"></a><figcaption class="image-caption">The studio, 12:34 on a Tuesday</figcaption></figure></div>
<p><span>Listen on </span><a href="https://open.spotify.com/show/abc" rel="">Spotify</a><span> or read the </span><a href="https://example.substack.com/p/transcript?utm_source=substack&amp;utm_medium=email" rel="">transcript</a>.</p>
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading!</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"></form></div></div>`;
    const tree = parseNotesHtml(notes, BASE);
    assertSafeTree(tree);
    assert.deepEqual(tags(tree), ['p', 'p', 'a', 'a', 'p']);
    assert.deepEqual(hrefs(tree), [
      'https://open.spotify.com/show/abc',
      'https://example.substack.com/p/transcript?utm_source=substack&utm_medium=email',
    ]);
    // The image link had only an image: an empty link is dropped rather than left invisible.
    assert.equal(textOf(tree).includes('Listen on Spotify or read the transcript.'), true);
    assert.deepEqual(
      times(tree).map((time) => time.seconds),
      [754],
    );
  });

  it('keeps formatting: lists nest, h1/h2 become h3, h5/h6 become h4, code stays', () => {
    const tree = parseNotesHtml(
      '<h1>A</h1><h2>B</h2><h4>C</h4><h6>D</h6><ul><li>x<ul><li>y</li></ul></li></ul><p>run <code>npm i</code></p>',
    );
    assert.deepEqual(tags(tree), ['h3', 'h3', 'h4', 'h4', 'ul', 'li', 'ul', 'li', 'p', 'code']);
    assertSafeTree(tree);
  });

  it('closes what HTML closes implicitly: <p> by a block, <li> by the next <li>, a link by the next link', () => {
    const tree = parseNotesHtml('<p>one<p>two<ul><li>a<li>b</ul><a href="https://a.example/">A<a href="https://b.example/">B</a>');
    assert.deepEqual(tags(tree), ['p', 'p', 'ul', 'li', 'li', 'a', 'a']);
    assert.deepEqual(textOf(tree), 'onetwoabAB');
  });

  it('unwraps unknown tags but keeps their text', () => {
    const tree = parseNotesHtml(
      '<p><span style="color:red">red</span> <font face="x">font</font> <u>u</u> <custom-el x>custom</custom-el></p>',
    );
    assert.deepEqual(tags(tree), ['p']);
    assert.equal(textOf(tree), 'red font u custom');
  });

  it('turns plain-text notes into paragraphs and line breaks', () => {
    const tree = parseNotesHtml('First line\nsecond line\n\nNew paragraph &amp; more, see 12:34');
    assert.deepEqual(tags(tree), ['p', 'br', 'p']);
    assert.equal(textOf(tree), 'First line\nsecond lineNew paragraph & more, see 12:34');
    assert.deepEqual(
      times(tree).map((time) => time.seconds),
      [754],
    );
  });

  it('resolves relative links only with a base URL', () => {
    assert.deepEqual(hrefs(parseNotesHtml('<a href="notes.html#links">x</a>', BASE)), [`${BASE}notes.html#links`]);
    assert.deepEqual(tags(parseNotesHtml('<a href="notes.html">x</a>')), []);
    assert.deepEqual(hrefs(parseNotesHtml('<a href=" https://example.com/a b ">x</a>')), ['https://example.com/a%20b']);
  });

  it('returns nothing for empty or non-string input', () => {
    assert.deepEqual(parseNotesHtml(''), []);
    assert.deepEqual(parseNotesHtml('   \n'), []);
    assert.deepEqual(parseNotesHtml(undefined), []);
    assert.deepEqual(parseNotesHtml({ toString: () => '<p>x</p>' }), []);
  });
});

describe('parseNotesHtml: hostile notes', () => {
  /** Each is a classic payload; `PWN` marks content that must never reach the tree, as markup or as text. */
  const DROPPED: [string, string][] = [
    ['script', '<p>a</p><script>alert("PWN")</script><p>b</p>'],
    ['script with attributes and odd case', '<SCRIPT type="text/javascript" src="x.js">PWN()</SCRIPT >b'],
    ['unclosed script swallows the rest', '<p>b</p><script>PWN<p>more</p>'],
    ['script end tag inside a string', '<script>var s = "</scr" + "ipt>"; PWN</script>b'],
    ['style', '<style>body { background: url("javascript:PWN") }</style>b'],
    ['template', '<template><img src=x onerror=PWN()>PWN</template>b'],
    ['iframe', '<iframe src="javascript:PWN"></iframe><iframe srcdoc="<script>PWN</script>">PWN</iframe>b'],
    ['object', '<object data="javascript:PWN"><param name="x" value="PWN">PWN</object>b'],
    ['noscript', '<noscript><p title="</noscript>b'],
    ['svg onload', '<svg onload="PWN()"><a xlink:href="javascript:PWN">PWN</a><script>PWN</script></svg>b'],
    ['svg with a stray end tag inside', '<b><svg></b><text>PWN</text></svg></b>b'],
    ['math mXSS', '<math><mtext><table><mglyph><style><img src=x onerror=PWN()>PWN</style></mglyph></table></mtext></math>b'],
    ['comment hiding a script', '<!-- <script>PWN</script> -->b'],
    ['comment ended with --!>', '<!-- PWN --!>b'],
    ['unclosed comment', 'b<!-- <script>PWN</script>'],
    ['CDATA around a script', '<![CDATA[<script>PWN</script>]]>b'],
    ['processing instruction', '<?xml PWN ?>b'],
    ['a tag cut off by the end', 'b<img src=x onerror="PWN()"'],
    ['textarea and title', '<textarea><img src=x onerror=PWN()></textarea><title>PWN</title>b'],
    ['plaintext', 'b<plaintext><script>PWN</script>'],
  ];

  for (const [name, payload] of DROPPED) {
    it(`drops ${name} with its content`, () => {
      const tree = parseNotesHtml(payload, BASE);
      assertSafeTree(tree);
      assert.doesNotMatch(textOf(tree), /PWN/);
      assert.match(textOf(tree), /b/);
    });
  }

  const LINKS: [string, string][] = [
    ['javascript:', '<a href="javascript:alert(1)">x</a>'],
    ['JavaScript: mixed case with spaces', '<a href="  JaVaScRiPt:alert(1)">x</a>'],
    ['a tab inside javascript: as an entity', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
    ['a raw tab and newline inside javascript:', '<a href="jav\tascr\nipt:alert(1)">x</a>'],
    ['javascript: as decimal entities', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>'],
    ['a leading control character', '<a href="\u0001javascript:alert(1)">x</a>'],
    ['data: HTML', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
    ['vbscript:', '<a href="vbscript:msgbox(1)">x</a>'],
    ['file:', '<a href="file:///etc/passwd">x</a>'],
    ['tel:', '<a href="tel:+1555">x</a>'],
    ['a quoted > before the href', '<a title="a>b" href="javascript:alert(1)">x</a>'],
    ['unquoted javascript:', '<a href=javascript:alert(1)>x</a>'],
    ['a second href', '<a href="javascript:alert(1)" href="https://ok.example/">x</a>'],
    ['xlink:href', '<a xlink:href="https://ok.example/">x</a>'],
  ];

  for (const [name, payload] of LINKS) {
    it(`keeps no link for ${name}, and keeps its text`, () => {
      const tree = parseNotesHtml(payload, BASE);
      assertSafeTree(tree);
      assert.deepEqual(hrefs(tree), []);
      assert.equal(textOf(tree), 'x');
    });
  }

  it('keeps only href from a link, never event handlers or other attributes', () => {
    const tree = parseNotesHtml('<a href="https://ok.example/" onclick="alert(1)" style="x" target="_self" download>ok</a>');
    assertSafeTree(tree);
    assert.deepEqual(tree, [{ tag: 'a', href: 'https://ok.example/', children: [{ text: 'ok' }] }]);
  });

  it('reads quoted attribute values containing > as part of the tag', () => {
    const tree = parseNotesHtml('<img alt="a > b" onerror="alert(1)">after<a title=\'x>y\' href="https://ok.example/">link</a>');
    assertSafeTree(tree);
    assert.equal(textOf(tree), 'afterlink');
    assert.deepEqual(hrefs(tree), ['https://ok.example/']);
  });

  it('shows escaped markup as text, and never turns text back into markup', () => {
    const tree = parseNotesHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>');
    assert.deepEqual(tree, [{ tag: 'p', children: [{ text: '<script>alert(1)</script> <img src=x onerror=alert(1)>' }] }]);
  });

  it('keeps a lone < and stray end tags as harmless text or nothing', () => {
    assert.equal(textOf(parseNotesHtml('a < b and c<3 </> </ 3 > d</p></b>')), 'a < b and c<3   d');
  });

  it('is not fooled by a tag name split with a nested tag', () => {
    const tree = parseNotesHtml('<scr<script>ipt>alert(1)</script>');
    assertSafeTree(tree);
    assert.deepEqual(tags(tree), []);
  });

  it('leaves unclosed formatting closed at the end', () => {
    const tree = parseNotesHtml('<p><b>bold <i>both');
    assertSafeTree(tree);
    assert.deepEqual(tags(tree), ['p', 'b', 'i']);
    assert.equal(textOf(tree), 'bold both');
  });

  it('bounds nesting, keeping the text of what is too deep', () => {
    const deep = `${'<b>'.repeat(5000)}deep${'</b>'.repeat(5000)}`;
    const tree = parseNotesHtml(deep);
    assertSafeTree(tree);
    assert.equal(textOf(tree), 'deep');
    const lists = parseNotesHtml(`${'<ul><li>'.repeat(3000)}x`);
    assertSafeTree(lists);
    assert.equal(textOf(lists), 'x');
  });

  // Not a timing test (a loaded machine would fail it): a reader that went back over the
  // text would take hours on this, far past the test's timeout; a linear one takes a second.
  it('reads large notes in linear time', { timeout: 120_000 }, () => {
    const big = '<p>Some <b>text</b> at 12:34 <a href="https://e.example/">link</a></p>'.repeat(20000);
    const tree = parseNotesHtml(big);
    assert.equal(tree.length, 20000);
  });

  const fragments = fc.constantFrom(
    '<',
    '>',
    '</',
    '/>',
    '"',
    "'",
    '=',
    ' ',
    '\n',
    '\t',
    '&',
    '&amp;',
    '&#x09;',
    '&#0;',
    ';',
    '<!--',
    '-->',
    '--!>',
    '<!',
    '<?',
    '<![CDATA[',
    ']]>',
    '<a href="',
    '<a href=',
    '</a>',
    'javascript:',
    'data:text/html,',
    'https://e.example/',
    'mailto:x@e.example',
    '<p>',
    '</p>',
    '<li>',
    '<ul>',
    '</ul>',
    '<b>',
    '</b>',
    '<br>',
    '<h1>',
    '</h1>',
    '<div>',
    '</div>',
    '<script>',
    '</script>',
    '<svg>',
    '</svg>',
    '<style>',
    '<template>',
    '</template>',
    '<noscript>',
    '<plaintext>',
    '12:34',
    '1:02:03',
    '(00:12:34)',
    '3:2',
    'x',
  );
  const htmlish = fc.array(fc.oneof(fragments, fc.string({ maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(''));

  it('never throws, and returns only safe trees, on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), htmlish), (input) => {
        assertSafeTree(parseNotesHtml(input, BASE));
      }),
      { numRuns: 3000 },
    );
  });

  it('never lets anything from inside a script, style or svg into the tree', () => {
    // What comes before is text (markup before could, as in a browser, swallow the `<script`),
    // and never the marker itself, which may then of course show.
    const text = htmlish.map((value) => value.replace(/[<&]/g, '').replace(/PWN/gi, ''));
    const element = fc.constantFrom('script', 'style', 'svg', 'template', 'noscript', 'iframe');
    fc.assert(
      fc.property(text, element, htmlish, (before, name, inside) => {
        const body = inside.replace(new RegExp(`</${name}`, 'gi'), '');
        const tree = parseNotesHtml(`${before}<${name}>${body}PWN</${name}>`, BASE);
        assertSafeTree(tree);
        assert.doesNotMatch(textOf(tree), /PWN/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('splitTimes', () => {
  const found = (text: string) =>
    splitTimes(text).flatMap((node) => ('tag' in node && node.tag === 'time' ? [[node.text, node.seconds]] : []));

  it('finds mm:ss, h:mm:ss and hh:mm:ss, in parentheses or brackets too', () => {
    assert.deepEqual(found('Sora at 0:33, SongDNA at 2:11.'), [
      ['0:33', 33],
      ['2:11', 131],
    ]);
    assert.deepEqual(found('(00:12:34) intro [1:02:03] outro 12:34 - end'), [
      ['00:12:34', 754],
      ['1:02:03', 3723],
      ['12:34', 754],
    ]);
    assert.deepEqual(found('at 12:34: the answer'), [['12:34', 754]]);
    assert.deepEqual(found('minute 105:20 of the live show'), [['105:20', 6320]]);
  });

  it('keeps the text around timestamps intact', () => {
    assert.deepEqual(splitTimes('see (12:34) now'), [{ text: 'see (' }, { tag: 'time', seconds: 754, text: '12:34' }, { text: ') now' }]);
    assert.deepEqual(splitTimes('no times'), [{ text: 'no times' }]);
  });

  it('ignores ratios, longer numbers, dates, clock times of day and invalid fields', () => {
    for (const text of [
      '3:2 ratio',
      '16:9 screen',
      '12:345',
      '1234:56',
      '12:34:56:78',
      '12:60',
      '1:60:00',
      '2024-05-01T12:34:56Z',
      'v1:23',
      '9:30 am',
      '9:30am',
      '4:30 p.m.',
      '20:15 Uhr',
      '20:15h',
      '1.12:34',
      '12:34.5',
      '1:02:3',
    ]) {
      assert.deepEqual(found(text), [], text);
    }
  });

  it('does not split timestamps inside links', () => {
    const tree = parseNotesHtml('<p>At 12:34 <a href="https://e.example/">see 1:02:03</a></p>');
    assert.deepEqual(
      times(tree).map(({ text, insideLink }) => [text, insideLink]),
      [['12:34', false]],
    );
    assert.equal(textOf(tree), 'At 12:34 see 1:02:03');
  });
});
