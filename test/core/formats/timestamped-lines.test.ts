import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { looksLikeTimestampedLines, parseTimestampedLines, shareTimestamps } from '../../../src/core/formats/timestamped-lines.js';
import { inEnglish } from '../in-english.js';

describe('parseTimestampedLines', () => {
  it('reads hand-typed "00:01:23: text" lines; each ends where the next begins', () => {
    const text = '00:00:00: Welcome to the show.\n00:00:05: Today we talk about chapters.\n00:01:23: Let us begin.\n';
    assert.deepEqual(parseTimestampedLines(text), {
      items: [
        { start: 0, end: 5, text: 'Welcome to the show.' },
        { start: 5, end: 83, text: 'Today we talk about chapters.' },
        { start: 83, text: 'Let us begin.' },
      ],
      problems: [],
    });
  });

  it('reads [00:01:23] text and 00:01:23 Speaker: text, and M:SS', () => {
    const text = '[00:00:10] Jingle plays\n00:00:12 Sam Sethi: Hello James.\n[0:15] James Cridland (host): Hi Sam.\n';
    assert.deepEqual(parseTimestampedLines(text).items, [
      { start: 10, end: 12, text: 'Jingle plays' },
      { start: 12, end: 15, text: 'Hello James.', speaker: 'Sam Sethi' },
      { start: 15, text: 'Hi Sam.', speaker: 'James Cridland (host)' },
    ]);
  });

  it('joins wrapped lines to the line above and reports text before the first timestamp', () => {
    const text = 'Episode 12 transcript\n00:00:01 Ann: This is a long thought\nthat wraps onto a second line.\n00:00:09 Ben: Right.\n';
    const { items, problems } = parseTimestampedLines(text);
    assert.deepEqual(items, [
      { start: 1, end: 9, text: 'This is a long thought that wraps onto a second line.', speaker: 'Ann' },
      { start: 9, text: 'Right.', speaker: 'Ben' },
    ]);
    assert.deepEqual(inEnglish(problems), [{ where: 'line 1', message: 'text before the first timestamp was skipped' }]);
  });

  it('gives lines that share a timestamp consecutive, non-overlapping slots up to the next one', () => {
    const text = '00:00:10 aaaa\n00:00:10 bb\n00:00:10 cc\n00:00:16 next\n';
    const { items } = parseTimestampedLines(text);
    assert.deepEqual(
      items.map((s) => [s.text, s.start, s.end]),
      [
        ['aaaa', 10, 13],
        ['bb', 13, 14.5],
        ['cc', 14.5, 16],
        ['next', 16, undefined],
      ],
    );
  });

  it('is fatal when no line has a timestamp', () => {
    const { items, problems } = parseTimestampedLines('hello\nworld\n');
    assert.deepEqual(items, []);
    assert.equal(problems.at(-1)!.fatal, true);
  });
});

describe('shareTimestamps', () => {
  it('leaves a shared last group without ends', () => {
    assert.deepEqual(
      shareTimestamps([
        { start: 0, text: 'a' },
        { start: 0, text: 'b' },
      ]),
      [
        { start: 0, text: 'a' },
        { start: 0, text: 'b' },
      ],
    );
  });
});

describe('looksLikeTimestampedLines', () => {
  it('accepts mostly timed lines and refuses prose', () => {
    assert.equal(looksLikeTimestampedLines('00:01 a\n00:02 b\nwrapped\n00:03 c\n'), true);
    assert.equal(looksLikeTimestampedLines('Dear listener,\nthanks for 10:30 yesterday.\n'), false);
    assert.equal(looksLikeTimestampedLines(''), false);
  });
});
