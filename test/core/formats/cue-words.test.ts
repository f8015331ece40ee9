import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCueText } from '../../../src/core/formats/cues.js';

describe('readCueText words', () => {
  it('never ends a word before it starts when the cue ends before it starts', () => {
    const { words } = readCueText('Hello & welcome <00:00:01.000>to', 0.038, 0, true);
    assert.deepEqual(words, [
      { start: 0.038, end: 1, text: 'Hello & welcome' },
      { start: 1, end: 1, text: 'to' },
    ]);
  });
});
