import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { shareUrl } from '../../src/components/share-link.js';

describe('shareUrl', () => {
  it('adds #t= for the moment, dropping an older one', () => {
    assert.equal(shareUrl('https://blog.example/ep-12#t=5', 83.5), 'https://blog.example/ep-12#t=83.5');
    assert.equal(shareUrl('https://blog.example/ep-12?x=1', 83), 'https://blog.example/ep-12?x=1#t=83');
  });
  it('scopes to the player and keeps other fragment parameters', () => {
    assert.equal(shareUrl('https://blog.example/#style=dark&t-a=3', 10, 20, 'a'), 'https://blog.example/#style=dark&t-a=10,20');
  });
});
