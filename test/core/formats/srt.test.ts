import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSrt } from '../../../src/core/formats/srt.js';
import { inEnglish } from '../in-english.js';

describe('parseSrt', () => {
  it('reads a YouTube-style export with 2-line cues and Name: speakers carried forward', () => {
    const srt = [
      '1',
      '00:00:00,780 --> 00:00:06,210',
      'Adam Curry: podcasting 2.0 March',
      '4 2023 Episode 124 on D flat',
      '',
      '2',
      '00:00:06,210 --> 00:00:12,990',
      'formable hello everybody welcome',
      'to a delayed board meeting of',
      '',
      '3',
      '00:00:12,990 --> 00:00:17,070',
      'Dave Jones: preserving, protecting',
      '',
    ].join('\n');
    assert.deepEqual(parseSrt(srt), {
      items: [
        { start: 0.78, end: 6.21, text: 'podcasting 2.0 March 4 2023 Episode 124 on D flat', speaker: 'Adam Curry' },
        { start: 6.21, end: 12.99, text: 'formable hello everybody welcome to a delayed board meeting of', speaker: 'Adam Curry' },
        { start: 12.99, end: 17.07, text: 'preserving, protecting', speaker: 'Dave Jones' },
      ],
      problems: [],
    });
  });

  it('reads CRLF, speakers with a role in parentheses', () => {
    const srt =
      "1\r\n00:00:00,000 --> 00:00:04,470\r\nLeo Dion (host): Before we begin today's episode\r\n\r\n2\r\n00:00:04,890 --> 00:00:16,560\r\nTim Mitra (guest): Thanks, Leo.\r\n";
    assert.deepEqual(
      parseSrt(srt).items.map((s) => [s.speaker, s.text]),
      [
        ['Leo Dion (host)', "Before we begin today's episode"],
        ['Tim Mitra (guest)', 'Thanks, Leo.'],
      ],
    );
  });

  it('reads no index numbers, . milliseconds and double blank lines (VTT timings served as SRT)', () => {
    const srt =
      "00:00:00.000 --> 00:00:05.000\r\nI think in terms of news\r\n\r\n\r\n00:00:05.000 --> 00:00:10.000\r\nSo that's the conference\r\n\r\n\r\n";
    assert.deepEqual(parseSrt(srt).items, [
      { start: 0, end: 5, text: 'I think in terms of news' },
      { start: 5, end: 10, text: "So that's the conference" },
    ]);
  });

  it('reads --> without spaces and seconds past 59', () => {
    const srt = '1\n00:00:00,000-->00:00:02,000\nHi,Brendan.\n\n2\n00:00:02,000-->00:00:90,740\nWelcome.\n';
    assert.deepEqual(
      parseSrt(srt).items.map((s) => [s.start, s.end]),
      [
        [0, 2],
        [2, 90.74],
      ],
    );
  });

  it('ignores wrong index numbers', () => {
    const srt =
      '7\n00:00:01,000 --> 00:00:02,000\none\n\n7\n00:00:02,000 --> 00:00:03,000\ntwo\n\nx12\n00:00:03,000 --> 00:00:04,000\nthree\n';
    assert.deepEqual(
      parseSrt(srt).items.map((s) => s.text),
      ['one', 'two', 'three'],
    );
  });

  it('strips <i>, <b>, <font> tags and SSA position codes', () => {
    const srt = '2\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>Text</i> <b>with</b> <font color="white">HTML</font> tags\n';
    assert.equal(parseSrt(srt).items[0]!.text, 'Text with HTML tags');
  });

  it('continues a cue across a blank line until the next timing line', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:03,000\nMichael: Hello, and welcome to\n\nPostgresFM, a weekly show\n\n2\n00:00:03,000 --> 00:00:04,000\nabout Postgres.\n';
    assert.deepEqual(parseSrt(srt).items, [
      { start: 1, end: 3, text: 'Hello, and welcome to PostgresFM, a weekly show', speaker: 'Michael' },
      { start: 3, end: 4, text: 'about Postgres.', speaker: 'Michael' },
    ]);
  });

  it('keeps a number that is cue text, not an index', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nThe answer is\n42\n\n2\n00:00:02,000 --> 00:00:03,000\nindeed\n';
    assert.deepEqual(
      parseSrt(srt).items.map((s) => s.text),
      ['The answer is 42', 'indeed'],
    );
  });

  it('skips a cue with an unreadable timing line, with its line number, and its text with it', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:0A,000 --> 00:00:03,000\nlost\n\n3\n00:00:04,000 --> 00:00:05,000\nback\n';
    const { items, problems } = parseSrt(srt);
    assert.deepEqual(
      items.map((s) => s.text),
      ['ok', 'back'],
    );
    assert.deepEqual(
      inEnglish(problems).map((p) => p.where),
      ['line 6'],
    );
  });

  it('returns no items, and only non-fatal problems, for text without timings', () => {
    const { items, problems } = parseSrt('just some words\nand more\n');
    assert.deepEqual(items, []);
    assert.deepEqual(inEnglish(problems), [{ where: 'line 1', message: 'text outside a cue (no timing line before it) was skipped' }]);
  });
});
