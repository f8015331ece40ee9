import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readTranscript } from '../../src/core/formats/index.js';
import { normaliseSegments } from '../../src/core/normalise.js';
import { writeSrt, writeText, writeWebVtt, type WrittenLine } from '../../src/core/transcript-writers.js';

const lines: WrittenLine[] = [
  { start: 0, end: 4.5, speaker: 'Ada', text: 'Hello & welcome to <the> show.' },
  { start: 4.5, end: 9.25, speaker: 'Grace Hopper', text: 'Thanks --> glad to be here.' },
  { start: 9.25, end: Infinity, text: 'Music.' },
];

describe('writeWebVtt', () => {
  it('writes a WEBVTT file with voices, escaped text and a finite end for the last line', () => {
    assert.equal(
      writeWebVtt(lines),
      [
        'WEBVTT',
        '',
        '00:00:00.000 --> 00:00:04.500',
        '<v Ada>Hello &amp; welcome to &lt;the&gt; show.',
        '',
        '00:00:04.500 --> 00:00:09.250',
        '<v Grace Hopper>Thanks --&gt; glad to be here.',
        '',
        '00:00:09.250 --> 00:00:14.250',
        'Music.',
        '',
      ].join('\n'),
    );
  });

  it('keeps a cue in one block: line breaks and blank lines in the text become spaces', () => {
    assert.match(writeWebVtt([{ start: 1, end: 2, text: 'one\n\ntwo\nthree' }]), /\n00:00:01\.000 --> 00:00:02\.000\none two three\n$/);
  });
});

describe('writeSrt', () => {
  it('numbers the cues, writes `,` milliseconds and the speaker as a prefix', () => {
    assert.equal(
      writeSrt(lines.slice(0, 2)),
      [
        '1',
        '00:00:00,000 --> 00:00:04,500',
        'Ada: Hello & welcome to <the> show.',
        '',
        '2',
        '00:00:04,500 --> 00:00:09,250',
        'Grace Hopper: Thanks --> glad to be here.',
        '',
      ].join('\n'),
    );
  });

  it('ends a line without an end where the next distinct start is', () => {
    const srt = writeSrt([
      { start: 1, end: NaN, text: 'a' },
      { start: 1, end: Infinity, text: 'b' },
      { start: 3, end: 4, text: 'c' },
    ]);
    assert.match(srt, /^1\n00:00:01,000 --> 00:00:03,000\na\n\n2\n00:00:01,000 --> 00:00:03,000\nb\n/);
  });
});

describe('writeText', () => {
  it('writes one timestamped line per line, milliseconds only where there are some', () => {
    assert.equal(
      writeText([...lines, { start: 3725.5, end: 3726, text: 'Late.' }]),
      '[00:00:00] Ada: Hello & welcome to <the> show.\n[00:00:04.500] Grace Hopper: Thanks --> glad to be here.\n[00:00:09.250] Music.\n[01:02:05.500] Late.\n',
    );
  });
});

// — Round trips through our own readers (format detected from the content, as for any file) —

const name = fc
  .tuple(
    fc.constantFrom('A', 'B', 'Ö', 'Z', 'É'),
    fc.stringMatching(/^[a-zäöüé]{1,8}$/),
    fc.option(fc.stringMatching(/^ [A-Z][a-z]{1,6}$/), { nil: '' }),
  )
  .map(([first, rest, last]) => `${first}${rest}${last}`);

/** Words a transcript has: letters of several scripts, digits, punctuation; `markup` adds `& < >` and `-->`. */
const textOf = (markup: boolean) =>
  fc
    .array(
      fc.oneof(
        fc.stringMatching(/^[a-zA-Z0-9äöüßéñ日本語]{1,10}$/),
        fc.constantFrom('.', ',', '!', '?', '—', '"quoted"', "it's", '(aside)', '50%', '1:23'),
        ...(markup ? [fc.constantFrom('&', '<', '>', '-->', '&amp;', '<b>', 'a<b', 'x > y')] : []),
      ),
      { minLength: 1, maxLength: 12 },
    )
    .map((words) => words.join(' '))
    // A line starting "Word: …" without a speaker would be read as that speaker's line.
    .filter((text) => !/^\p{Lu}[^:]*:/u.test(text));

const linesOf = (markup: boolean) =>
  fc
    .array(
      fc.record({
        gap: fc.integer({ min: 0, max: 20_000 }),
        length: fc.integer({ min: 1, max: 30_000 }),
        speaker: fc.option(name, { nil: undefined }),
        text: textOf(markup),
      }),
      { minLength: 1, maxLength: 30 },
    )
    .map((entries) => {
      let at = 0;
      return entries.map(({ gap, length, speaker, text }): WrittenLine => {
        const start = (at += gap) / 1000;
        at += length;
        return { start, end: at / 1000, text, ...(speaker ? { speaker } : {}) };
      });
    });

/** What a reader gives back: cue files carry a speaker on to the lines without one after it, as the namespace advises. */
function expected(written: WrittenLine[], carry: boolean, ends: boolean) {
  let speaker: string | undefined;
  return written.map((line) => {
    speaker = carry ? (line.speaker ?? speaker) : line.speaker;
    return { start: line.start, ...(ends ? { end: line.end } : {}), text: line.text, ...(speaker ? { speaker } : {}) };
  });
}

function readBack(text: string, ends: boolean) {
  const result = readTranscript(text);
  assert.deepEqual(
    result.problems.filter((p) => p.fatal),
    [],
  );
  return normaliseSegments(result.items).map((segment) => ({
    start: segment.start,
    ...(ends ? { end: segment.end } : {}),
    text: segment.text,
    ...(segment.speaker ? { speaker: segment.speaker } : {}),
  }));
}

describe('round trips', () => {
  it('WebVTT reads back as the same lines: times, voices, text with & < > and -->', () => {
    fc.assert(
      fc.property(linesOf(true), (written) => {
        const result = readTranscript(writeWebVtt(written));
        assert.equal(result.format, 'vtt');
        assert.deepEqual(readBack(writeWebVtt(written), true), expected(written, true, true));
      }),
      { numRuns: 200 },
    );
  });

  it('SRT reads back as the same lines (text without tags or character references, which SRT readers strip)', () => {
    fc.assert(
      fc.property(linesOf(false), (written) => {
        assert.equal(readTranscript(writeSrt(written)).format, 'srt');
        assert.deepEqual(readBack(writeSrt(written), true), expected(written, true, true));
      }),
      { numRuns: 200 },
    );
  });

  it('text reads back as the same timestamped lines (starts, speakers and text; a text file has no ends)', () => {
    fc.assert(
      fc.property(linesOf(false), (written) => {
        // Lines sharing a start share its time in the reader: distinct starts here.
        const distinct = written.filter((line, i) => i === 0 || line.start > written[i - 1]!.start);
        assert.equal(readTranscript(writeText(distinct)).format, 'lines');
        assert.deepEqual(readBack(writeText(distinct), false), expected(distinct, false, false));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws, whatever the lines hold', () => {
    const anyLine = fc.record({
      start: fc.double(),
      end: fc.double(),
      text: fc.string(),
      speaker: fc.option(fc.string(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 20 }), (written) => {
        const clean = written.map(({ speaker, ...line }) => (speaker === undefined ? line : { ...line, speaker }));
        for (const write of [writeText, writeWebVtt, writeSrt]) assert.equal(typeof write(clean), 'string');
      }),
    );
  });
});
