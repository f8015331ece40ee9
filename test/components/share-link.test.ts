import { expect } from '@esm-bundle/chai';
import { shareUrl } from '../../src/components/share-link.js';

describe('shareUrl', () => {
  it('adds #t= for the moment, dropping an older one', () => {
    expect(shareUrl('https://blog.example/ep-12#t=5', 83.5)).to.equal('https://blog.example/ep-12#t=83.5');
    expect(shareUrl('https://blog.example/ep-12?x=1', 83)).to.equal('https://blog.example/ep-12?x=1#t=83');
  });
  it('scopes to the player and keeps other fragment parameters', () => {
    expect(shareUrl('https://blog.example/#style=dark&t-a=3', 10, 20, 'a')).to.equal('https://blog.example/#style=dark&t-a=10,20');
  });
});
