import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { htmlEntity } from '../../../src/core/feed/html-entities.js';
import { parseXml, type XmlElement } from '../../../src/core/feed/xml-reader.js';

const elements = (element: XmlElement): XmlElement[] => element.children.filter((node): node is XmlElement => typeof node !== 'string');
const text = (element: XmlElement): string => element.children.filter((node) => typeof node === 'string').join('');
const fatalOf = (source: string) => {
  const document = parseXml(source);
  assert.equal(document.root, undefined, 'a document that is not well-formed has no tree');
  const fatal = document.problems.filter((problem) => problem.fatal);
  assert.equal(fatal.length, 1);
  return fatal[0]!;
};

describe('parseXml: the tree', () => {
  it('reads elements, attributes, text and CDATA, with the declaration, comments and instructions skipped', () => {
    const { root, problems } = parseXml(
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- a feed -->\n<rss version="2.0"><channel a=\'1\' b = "x &amp; y">' +
        'Hello <?php echo 1; ?><![CDATA[<p>as <b>written</b></p>]]><empty/></channel></rss>\n',
    );
    assert.deepEqual(problems, []);
    assert.equal(root!.name, 'rss');
    assert.equal(root!.attributes.get('version'), '2.0');
    const channel = elements(root!)[0]!;
    assert.deepEqual(
      [...channel.attributes],
      [
        ['a', '1'],
        ['b', 'x & y'],
      ],
    );
    assert.equal(text(channel), 'Hello <p>as <b>written</b></p>');
    assert.equal(elements(channel)[0]!.name, 'empty');
  });

  it('resolves prefixes to namespaces in scope, and keeps a prefix nobody declared', () => {
    const { root, problems } = parseXml(
      '<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><itunes:image/>' +
        '<x:chapters xmlns:x="http://podlove.org/simple-chapters"><x:chapter/></x:chapters><podcast:transcript/></rss>',
    );
    assert.deepEqual(problems, []);
    const [image, chapters, transcript] = elements(root!);
    assert.deepEqual([image!.prefix, image!.name, image!.namespace], ['itunes', 'image', 'http://www.itunes.com/dtds/podcast-1.0.dtd']);
    assert.equal(elements(chapters!)[0]!.namespace, 'http://podlove.org/simple-chapters');
    assert.deepEqual([transcript!.prefix, transcript!.name, transcript!.namespace], ['podcast', 'transcript', '']);
  });

  it('tolerates white space before the XML declaration and a DOCTYPE with an internal subset', () => {
    const { root, problems } = parseXml('\n\n<?xml version="1.0"?>\n<!DOCTYPE rss [ <!ENTITY show "The [Show]"> ]>\n<rss>&show;</rss>');
    assert.deepEqual(problems, []);
    assert.equal(text(root!), 'The [Show]');
  });

  it('normalises line ends in text and white space in attribute values', () => {
    const { root } = parseXml('<a b="1\t2\n3">x\r\ny\rz</a>');
    assert.equal(root!.attributes.get('b'), '1 2 3');
    assert.equal(text(root!), 'x\ny\nz');
  });

  it('keeps the offsets of content, for markup taken as written', () => {
    const source = '<rss><description><p>Hi <b>there</b></p></description></rss>';
    const description = elements(parseXml(source).root!)[0]!;
    assert.equal(source.slice(description.contentStart, description.contentEnd), '<p>Hi <b>there</b></p>');
  });
});

describe('parseXml: entities', () => {
  it("reads XML's five, character references, HTML's names and declared entities", () => {
    const { root, problems } = parseXml('<a t="&quot;&apos;">&lt;&gt;&amp; &#233;&#xE9; &nbsp;&eacute;&rsquo;&hellip;&euro;</a>');
    assert.deepEqual(problems, []);
    assert.equal(root!.attributes.get('t'), `"'`);
    assert.equal(text(root!), '<>& éé \u00a0é’…€');
  });

  it('keeps an undefined entity as written and says where it is, as podcast apps read such feeds', () => {
    const { root, problems } = parseXml('<rss>\n  <p>Pat E&lt;/p&gtgt;&lt;p&gt;</p>\n</rss>');
    assert.equal(text(elements(root!)[0]!), 'Pat E</p&gtgt;<p>');
    assert.deepEqual(problems, [{ code: 'xml-undefined-entity', params: { entity: '&gtgt;' }, line: 2, column: 17 }]);
  });

  it('keeps a bare ampersand (an unescaped link) and says where it is', () => {
    const { root, problems } = parseXml('<a href="https://x.example/?a=1&b=2">Q&A</a>');
    assert.equal(root!.attributes.get('href'), 'https://x.example/?a=1&b=2');
    assert.equal(text(root!), 'Q&A');
    assert.deepEqual(
      problems.map((problem) => [problem.code, problem.column]),
      [
        ['xml-bare-ampersand', 32],
        ['xml-bare-ampersand', 39],
      ],
    );
  });

  it('never reads a name off an object prototype', () => {
    const { root, problems } = parseXml('<a>&constructor;&toString;&__proto__;</a>');
    assert.equal(text(root!), '&constructor;&toString;&__proto__;');
    assert.equal(problems.length, 3);
  });

  it('lists the first 20 slips and counts the rest', () => {
    const { problems } = parseXml(`<a>${'&x; '.repeat(25)}</a>`);
    assert.equal(problems.length, 21);
    assert.deepEqual(problems[20], { code: 'more-problems', params: { count: 5 } });
  });

  it('knows the 96 names of the ISO-8859-1 block in order', () => {
    assert.equal(htmlEntity('nbsp'), '\u00a0');
    assert.equal(htmlEntity('times'), '×');
    assert.equal(htmlEntity('yuml'), 'ÿ');
    assert.equal(htmlEntity('mdash'), '—');
    assert.equal(htmlEntity('NBSP'), undefined);
  });
});

describe('parseXml: not well-formed is refused with line and column', () => {
  it('a feed cut off mid-download', () => {
    const problem = fatalOf('<rss>\n  <channel>\n    <item><title>One</title></item>\n    <item><title>Tw');
    assert.deepEqual([problem.code, problem.params], ['xml-unexpected-end', { open: 'title', openedAtLine: 4 }]);
    assert.deepEqual(fatalOf('<rss>\n  <channel>\n    <item><tit').params, { within: 'tag' });
    const cut = fatalOf('<rss>\n  <channel>\n    <item><title>One</title></item>\n');
    assert.deepEqual([cut.code, cut.params, cut.line, cut.column], ['xml-unexpected-end', { open: 'channel', openedAtLine: 2 }, 4, 1]);
  });

  it('an end tag that closes the wrong element', () => {
    const problem = fatalOf('<rss>\n<channel>\n<item>\n</channel>');
    assert.deepEqual(
      [problem.code, problem.params, problem.line, problem.column],
      ['xml-mismatched-tag', { expected: 'item', found: 'channel', openedAtLine: 3 }, 4, 1],
    );
  });

  it('an HTML page with a void tag', () => {
    assert.equal(fatalOf('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head></html>').code, 'xml-mismatched-tag');
  });

  it('JSON, or anything that does not start with a tag', () => {
    const problem = fatalOf('  {"title": "not a feed"}');
    assert.deepEqual([problem.code, problem.line, problem.column], ['xml-not-xml', 1, 3]);
    assert.equal(fatalOf('').code, 'file-empty');
    assert.equal(fatalOf('   \n ').code, 'file-empty');
  });

  it('attribute values without quotes, with a "<", or without "="', () => {
    assert.deepEqual(fatalOf('<a b=1/>').params, { found: { kind: 'text', text: '"1"' }, expected: 'quote' });
    assert.equal(fatalOf('<a b="<"/>').column, 7);
    assert.deepEqual(fatalOf('<a b/>').params, { found: { kind: 'text', text: '"/"' }, expected: 'equals' });
    assert.deepEqual(fatalOf('<a b="1"c="2"/>').params, { found: { kind: 'text', text: '"c"' }, expected: 'tag-end' });
  });

  it('text or a second element after the root, an end tag with nothing open', () => {
    assert.equal(fatalOf('<a/>\ntext').code, 'xml-text-outside-root');
    assert.equal(fatalOf('<a/><b/>').code, 'xml-text-outside-root');
    assert.equal(fatalOf('</a>').code, 'xml-unexpected');
  });

  it('an unclosed comment, CDATA section, instruction or DOCTYPE', () => {
    assert.deepEqual(fatalOf('<a><!-- open').params, { within: 'comment' });
    assert.deepEqual(fatalOf('<a><![CDATA[ open').params, { within: 'cdata' });
    assert.deepEqual(fatalOf('<?xml version="1.0"').params, { within: 'instruction' });
    assert.deepEqual(fatalOf('<!DOCTYPE rss [ <!ENTITY x "y"> ').params, { within: 'doctype' });
  });

  it('counts lines with CRLF and CR line ends', () => {
    assert.equal(fatalOf('<a>\r\n<b>\r\n</c>').line, 3);
    assert.equal(fatalOf('<a>\r<b>\r</c>').line, 3);
  });

  it('refuses every cut of a well-formed document: a shorter document never passes for a complete one', () => {
    const source = '<rss><channel><title>T</title><item><title>1</title></item><item><title>2</title></item></channel></rss>';
    for (let end = 0; end < source.length; end++) {
      const document = parseXml(source.slice(0, end));
      assert.equal(document.root, undefined, `cut at ${end}`);
      assert.ok(document.problems.some((problem) => problem.fatal));
    }
  });
});

describe('parseXml never throws', () => {
  const tokens = fc.constantFrom(
    '<',
    '>',
    '/>',
    '</',
    '<a',
    '</a>',
    '<b>',
    '</b>',
    ' x="1"',
    "='",
    '"',
    '&',
    '&amp;',
    '&#x1F600;',
    '&#0;',
    '&#99999999;',
    '&nbsp;',
    '<![CDATA[',
    ']]>',
    '<!--',
    '-->',
    '<?',
    '?>',
    '<!DOCTYPE a [',
    ']',
    '<!ENTITY e "v">',
    'xmlns:p="u"',
    '<p:q>',
    '</p:q>',
    '\r\n',
    '\uFEFF',
    'text',
  );

  it('on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (source) => {
        const document = parseXml(source);
        assert.ok(document.root !== undefined || document.problems.some((problem) => problem.fatal));
      }),
      { numRuns: 2000 },
    );
  });

  it('on XML-like token soup, with every problem placed in the text', () => {
    fc.assert(
      fc.property(fc.array(tokens, { maxLength: 60 }), (parts) => {
        const source = parts.join('');
        const lines = source.split(/\r\n|\r|\n/).length;
        for (const problem of parseXml(source).problems) {
          if (problem.line === undefined) continue;
          assert.ok(problem.line >= 1 && problem.line <= lines, `line ${problem.line} of ${lines}`);
          assert.ok(problem.column! >= 1);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
