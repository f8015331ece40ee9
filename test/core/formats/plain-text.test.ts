import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTranscript } from '../../../src/core/formats/index.js';
import { looksLikeProse, parsePlainText } from '../../../src/core/formats/plain-text.js';
import { parseHtmlTranscript } from '../../../src/core/formats/html-transcript.js';
import { normaliseSegments } from '../../../src/core/normalise.js';

describe('parsePlainText', () => {
  it('reads blank-line separated paragraphs, a Name: prefix starting a speaker who carries on, all untimed', () => {
    const text = [
      'Luisa Rodriguez: Today I’m speaking with Daniel Kokotajlo.',
      '',
      'Last year, Daniel and his colleagues published a narrative forecast',
      'that was read by millions of people.',
      '',
      'Daniel Kokotajlo: Thanks for having me.',
      'Luisa Rodriguez: Let’s start.',
    ].join('\n');
    assert.deepEqual(parsePlainText(text), {
      items: [
        { start: 0, text: 'Today I’m speaking with Daniel Kokotajlo.', speaker: 'Luisa Rodriguez' },
        {
          start: 0,
          text: 'Last year, Daniel and his colleagues published a narrative forecast that was read by millions of people.',
          speaker: 'Luisa Rodriguez',
        },
        { start: 0, text: 'Thanks for having me.', speaker: 'Daniel Kokotajlo' },
        { start: 0, text: 'Let’s start.', speaker: 'Luisa Rodriguez' },
      ],
      problems: [],
      untimed: true,
    });
  });

  it('makes each line a paragraph when the file has no blank lines', () => {
    assert.deepEqual(
      parsePlainText('First thought.\nSecond thought.\n\n').items.map((item) => item.text),
      ['First thought.', 'Second thought.'],
    );
  });

  it('reads a text/plain file with timestamps as timestamped lines, timed', () => {
    const result = parsePlainText('00:00:01 Ann: Hello.\n00:00:05 Bob: Hi.\n');
    assert.equal(result.untimed, undefined);
    assert.deepEqual(
      result.items.map((item) => [item.start, item.speaker]),
      [
        [1, 'Ann'],
        [5, 'Bob'],
      ],
    );
    // One time of day in prose is no timestamp.
    assert.equal(parsePlainText('We met.\n\n10:30 in the morning, we left.\n').untimed, true);
  });

  it('keeps the model’s invariants: every paragraph starts at 0 and normalises to one span', () => {
    const { items } = parsePlainText('One.\n\nTwo.\n\nThree.');
    for (const segment of normaliseSegments(items, 60)) assert.deepEqual([segment.start, segment.end], [0, 60]);
  });

  it('is what parseTranscript reads prose as, by content or by text/plain, and says it is untimed', () => {
    for (const options of [{}, { contentType: 'text/plain; charset=utf-8' }, { format: 'text' as const }]) {
      const result = parseTranscript('Ann: Hello there.\n\nBob: Hi.', options);
      assert.equal(result.format, 'text');
      assert.equal(result.untimed, true);
      assert.equal(result.items.length, 2);
    }
    assert.equal(parseTranscript('WEBVTT\n\n00:01.000 --> 00:02.000\nHi').untimed, undefined);
  });

  it('tells prose from markup, JSON and binary', () => {
    assert.equal(looksLikeProse('Hello there.'), true);
    assert.equal(looksLikeProse('  Zoë: Grüße'), true);
    for (const text of ['<p>Hi</p>', '{"a":1}', '[1,2]', '42 17', 'PK\u0003\u0004 words']) assert.equal(looksLikeProse(text), false, text);
  });
});

describe('untimed HTML transcripts', () => {
  it('are marked untimed like plain text, and timed ones are not', () => {
    const untimed = parseHtmlTranscript('<cite>Ann:</cite><p>Hello.</p><cite>Bob:</cite><p>Hi.</p>');
    assert.equal(untimed.untimed, true);
    assert.deepEqual(
      untimed.items.map((item) => [item.start, item.speaker, item.text]),
      [
        [0, 'Ann', 'Hello.'],
        [0, 'Bob', 'Hi.'],
      ],
    );
    assert.equal(parseHtmlTranscript('<cite>Ann:</cite><time>0:05</time><p>Hello.</p>').untimed, undefined);
    assert.equal(parseTranscript('<cite>Ann:</cite>\n<p>Hello.</p>').untimed, true);
  });
});
