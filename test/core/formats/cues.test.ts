import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cueMarkupToText, readCues, readCueText } from '../../../src/core/formats/cues.js';

describe('readCues', () => {
  it('reads timing lines with settings or SRT coordinates after the end', () => {
    const { cues } = readCues('00:00:01,000 --> 00:00:02,000 X1:100 X2:200\nhi\n', false);
    assert.deepEqual(cues, [{ start: 1, end: 2, payload: '\nhi', line: 1 }]);
  });

  it('treats NOTE as text in SRT mode but as a comment in VTT mode', () => {
    const text = 'WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n\nNOTE to self\n';
    assert.equal(readCues(text, true).cues[0]!.payload, '\nhi');
    assert.equal(readCues(text.replace('WEBVTT\n\n', ''), false).cues[0]!.payload, '\nhi\nNOTE to self');
  });
});

describe('readCueText', () => {
  it('prefers voices over a Name: prefix', () => {
    assert.deepEqual(readCueText('<v Ann>Bob: hi', 0, 1), { text: 'Bob: hi', speaker: 'Ann' });
    assert.deepEqual(readCueText('Bob: hi', 0, 1), { text: 'hi', speaker: 'Bob' });
  });

  it('keeps the speaker prefix out of the first word', () => {
    assert.deepEqual(readCueText('Bob: hi <00:00.500>there', 0, 1).words, [
      { start: 0, end: 0.5, text: 'hi' },
      { start: 0.5, end: 1, text: 'there' },
    ]);
  });

  it('drops a first word that was only the speaker prefix, and keeps timestamps in order and inside the cue', () => {
    assert.deepEqual(readCueText('Bob: <00:00.500>hi', 0, 1).words, [{ start: 0.5, end: 1, text: 'hi' }]);
    assert.deepEqual(readCueText('a <00:00.800>b <00:00.400>c <00:05.000>d', 0.5, 2).words, [
      { start: 0.5, end: 0.8, text: 'a' },
      { start: 0.8, end: 0.8, text: 'b' },
      { start: 0.8, end: 2, text: 'c' },
      { start: 2, end: 2, text: 'd' },
    ]);
  });

  it('cueMarkupToText removes tags and SSA codes only where they occur, keeping ruby text', () => {
    assert.equal(cueMarkupToText('{\\an8}<ruby>漢<rt>kan</rt></ruby> x'), '漢kan x');
    assert.equal(cueMarkupToText('{\\an8}<ruby>漢<rt>kan</rt></ruby> x', true), '漢kan x');
    assert.equal(cueMarkupToText('a < b', false), 'a < b');
    assert.equal(cueMarkupToText('a < b', true), 'a');
    assert.equal(cueMarkupToText('{not a code} plain'), '{not a code} plain');
  });

  it('cueMarkupToText leaves escaped markup as literal text', () => {
    assert.equal(cueMarkupToText('&lt;script&gt;alert(1)&lt;/script&gt;'), '<script>alert(1)</script>');
  });
});
