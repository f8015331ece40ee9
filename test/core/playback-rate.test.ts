import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clampPlaybackRate, isPlayableRate, MAX_PLAYBACK_RATE, MIN_PLAYBACK_RATE } from '../../src/core/playback-rate.js';

describe('playback rates', () => {
  it('brings a rate within what every media element accepts (1/16 to 16)', () => {
    assert.equal(clampPlaybackRate(1000), MAX_PLAYBACK_RATE);
    assert.equal(clampPlaybackRate(0.0001), MIN_PLAYBACK_RATE);
    assert.equal(clampPlaybackRate(1.5), 1.5);
  });

  it('has no rate for what is no rate', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) assert.equal(clampPlaybackRate(bad), undefined, String(bad));
  });

  it('knows which rates a media element takes as they are', () => {
    assert.equal(isPlayableRate(3), true);
    assert.equal(isPlayableRate(16), true);
    for (const bad of [1000, 0.0001, '1', null, Number.NaN]) assert.equal(isPlayableRate(bad), false, String(bad));
  });
});
