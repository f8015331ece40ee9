import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { message } from '../../src/core/message.js';
import { describeMessage } from '../../src/i18n/describe.js';
import { en } from '../../src/i18n/en.js';
import { englishNow, hasSentences, onEnglishArrived, sentencesOnTheirWay } from '../../src/i18n/english-at-hand.js';

describe('English at hand', () => {
  it('has its words at once and its sentences once one is asked for', async () => {
    const first = englishNow();
    assert.equal(first.play, en.play);
    assert.equal(hasSentences(first), false);
    // The one sentence at hand: a file beside the script could not be loaded.
    const failed = message('load-failed', { resource: 'audio', file: 'ep.mp3', detail: 'HTTP 404' });
    assert.equal(describeMessage(first, failed), describeMessage(en, failed));
    let arrived = 0;
    const stop = onEnglishArrived(() => arrived++);
    const empty = message('file-empty', {});
    assert.equal(describeMessage(first, empty), '', 'nothing until the sentence has come');
    await sentencesOnTheirWay();
    stop();
    assert.equal(arrived, 1);
    assert.equal(englishNow(), en);
    assert.equal(hasSentences(englishNow()), true);
    assert.equal(describeMessage(englishNow(), empty), 'the file is empty');
  });
});
