import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  collapseWhitespace,
  decodeEntities,
  lineCounter,
  markupToText,
  readAttributes,
  splitSpeaker,
  stripTags,
} from '../../src/core/text.js';
import { LEGACY_NAMES, NAMED_REFERENCES } from '../../src/core/html-entities.js';

describe('decodeEntities', () => {
  it('decodes the named entities podcast files use', () => {
    assert.equal(decodeEntities('Q&amp;A &lt;live&gt; &quot;hi&quot; it&apos;s'), 'Q&A <live> "hi" it\'s');
    assert.equal(decodeEntities('a&nbsp;b&lrm;c&rlm;'), 'a\u00a0b\u200ec\u200f');
    assert.equal(decodeEntities('wait&hellip; &mdash; &rsquo;'), 'wait… — ’');
  });

  it('decodes decimal and hex character references', () => {
    assert.equal(decodeEntities('it&#39;s &#x2019; &#X1F600;'), "it's ’ 😀");
  });

  it('leaves unknown, broken and prototype-named entities as written', () => {
    assert.equal(
      decodeEntities('&nb &am&lt; &copyx; &valueOf; &constructor; &ClockwiseContourIntegral;'),
      '&nb &am< ©x; &valueOf; &constructor; &ClockwiseContourIntegral;',
    );
  });

  it('replaces impossible code points instead of throwing', () => {
    assert.equal(decodeEntities('&#0;&#xD800;&#9999999;'), '\ufffd\ufffd\ufffd');
  });

  it('reads HTML 4 names, and the legacy ones without their semicolon, as HTML reads text', () => {
    assert.equal(decodeEntities('&eacute;t&eacute; &euro;5 &alpha;&beta; &rarr; &AMP; &COPY; &notin; &not;'), 'été €5 αβ → & © ∉ ¬');
    assert.equal(decodeEntities('&amp &copy 2024 &notit; &eacutex &euro'), '& © 2024 ¬it; éx &euro');
    assert.equal(decodeEntities('&#233 &#xe9 &#150; &#x80;'), 'é é – €');
  });

  it('leaves a legacy name in an attribute value as written when a letter, digit or = follows', () => {
    assert.equal(decodeEntities('?a=1&copy=2&amp;b&copyx &copy', true), '?a=1&copy=2&b&copyx ©');
  });

  it('has a character for every legacy name, and only names HTML has', () => {
    for (const name of LEGACY_NAMES) assert.ok(NAMED_REFERENCES.has(name), name);
    assert.equal(NAMED_REFERENCES.size, 259);
    assert.equal(LEGACY_NAMES.size, 106);
  });
});

describe('stripTags', () => {
  it('removes tags and comments, keeping the text between them', () => {
    assert.equal(stripTags('<b>Text</b> <i>with</i> <font color="white">HTML</font><!-- note --> tags'), 'Text with HTML tags');
  });

  it('turns <br> into a space', () => {
    assert.equal(stripTags('one<br>two<br/>three'), 'one two three');
  });

  it('drops only the name of a tag cut off by the end of the text', () => {
    assert.equal(stripTags("<v It's a blue apple tree!"), " It's a blue apple tree!");
  });

  it('keeps a lone < that starts no tag', () => {
    assert.equal(stripTags('3 < 4'), '3 < 4');
  });
});

describe('markupToText and collapseWhitespace', () => {
  it('strips, decodes and collapses, in that order', () => {
    assert.equal(markupToText('  <p>1 &lt;b&gt; 2</p>\n\t3 '), '1 <b> 2 3');
    assert.equal(collapseWhitespace('  a \n\n b\u00a0c '), 'a b c');
  });

  it('collapses every kind of whitespace, and only whitespace, whether or not there is any', () => {
    assert.equal(collapseWhitespace('word'), 'word');
    assert.equal(collapseWhitespace(' word '), 'word');
    assert.equal(collapseWhitespace('two words'), 'two words');
    assert.equal(collapseWhitespace('a\u2028b\u3000c\ufeffd\u1680e'), 'a b c d e');
    // Not whitespace to `\s`, so kept: zero-width space, NEL, Mongolian vowel separator.
    assert.equal(collapseWhitespace('a\u200bb\u0085c\u180ed'), 'a\u200bb\u0085c\u180ed');
    const reference = (text: string) => text.replace(/\s+/g, ' ').trim();
    const spacey = fc.constantFrom(
      ' ',
      '  ',
      '\t',
      '\n',
      '\r',
      '\u00a0',
      '\u0085',
      '\u2000',
      '\u200a',
      '\u200b',
      '\u2028',
      '\u202f',
      '\u3000',
      '\ufeff',
      'a',
      'Z',
      '.',
      '\u00e9',
      '\u4e00',
      '\ud83d\ude00',
      '\x01',
    );
    const texts = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.array(spacey, { maxLength: 12 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(texts, (text) => assert.equal(collapseWhitespace(text), reference(text))),
      { numRuns: 2000 },
    );
  });
});

describe('splitSpeaker', () => {
  it('reads Name:, Full Name:, Name (role): and numbered speakers', () => {
    assert.deepEqual(splitSpeaker('Travis: Hello there'), { speaker: 'Travis', text: 'Hello there' });
    assert.deepEqual(splitSpeaker('Adam Curry: podcasting 2.0'), { speaker: 'Adam Curry', text: 'podcasting 2.0' });
    assert.deepEqual(splitSpeaker('Leo Dion (host): Before we begin'), { speaker: 'Leo Dion (host)', text: 'Before we begin' });
    assert.deepEqual(splitSpeaker('Speaker 1: Text'), { speaker: 'Speaker 1', text: 'Text' });
    assert.deepEqual(splitSpeaker('SPEAKER_2: Yes'), { speaker: 'SPEAKER_2', text: 'Yes' });
    assert.deepEqual(splitSpeaker('Zoë Ångström: Hej'), { speaker: 'Zoë Ångström', text: 'Hej' });
  });

  it('leaves text without a prefix alone', () => {
    assert.deepEqual(splitSpeaker('at 10:30 we start'), { text: 'at 10:30 we start' });
    assert.deepEqual(splitSpeaker('the ratio is 3:1 here'), { text: 'the ratio is 3:1 here' });
    assert.deepEqual(splitSpeaker('Travis:no space'), { text: 'Travis:no space' });
    assert.deepEqual(splitSpeaker('So this is a very long sentence: with a colon'), {
      text: 'So this is a very long sentence: with a colon',
    });
  });
});

describe('readAttributes', () => {
  it('reads single- and double-quoted values, decoded, names lower-cased', () => {
    const attributes = readAttributes(` start="8:26.250" Title='Podlove &amp; You' href="http://podlove.org/"`);
    assert.equal(attributes.get('start'), '8:26.250');
    assert.equal(attributes.get('title'), 'Podlove & You');
    assert.equal(attributes.get('href'), 'http://podlove.org/');
  });
});

describe('lineCounter', () => {
  it('maps increasing offsets to 1-based lines', () => {
    const text = 'a\nbb\n\nccc';
    const lineAt = lineCounter(text);
    assert.equal(lineAt(0), 1);
    assert.equal(lineAt(2), 2);
    assert.equal(lineAt(6), 4);
    assert.equal(lineAt(100), 4);
  });
});
