import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseWebVTTChapters } from '../../../src/core/formats/webvtt-chapters.js';
import { inEnglish } from '../in-english.js';

describe('parseWebVTTChapters', () => {
  it('takes each cue text as a title, keeping a "Name: rest" title whole', () => {
    const vtt =
      'WEBVTT\n\nchapter-1\n00:00:00.000 --> 00:02:48.000\nIntro &amp; news\n\nchapter-2\n00:02:48.000 --> 00:04:20.000\nPart 2: Hearing Aids\n';
    assert.deepEqual(parseWebVTTChapters(vtt), {
      items: [
        { start: 0, end: 168, title: 'Intro & news', toc: true },
        { start: 168, end: 260, title: 'Part 2: Hearing Aids', toc: true },
      ],
      problems: [],
    });
  });

  it('skips a cue with a bad timing line', () => {
    const { items, problems } = parseWebVTTChapters('WEBVTT\n\n00:00.000 --> 00:10.000\nA\n\nxx --> 00:20.000\nB\n');
    assert.deepEqual(
      items.map((c) => c.title),
      ['A'],
    );
    assert.equal(inEnglish(problems)[0]!.where, 'line 6');
  });
});
