import { expect } from '@esm-bundle/chai';
import type { MediaLike } from '../../src/audio/media-element-controller.js';
import { findBoundMedia } from '../../src/components/bound-media.js';
import { mount } from './mount.js';

describe('findBoundMedia', () => {
  const never = () => expect.fail('no retry: the page is parsed');

  it('prefers the media object, then the element `for` names in the player’s own tree', async () => {
    const outer = mount(document.createElement('div'));
    const shadow = outer.attachShadow({ mode: 'open' });
    const inside = shadow.appendChild(Object.assign(document.createElement('audio'), { id: 'ep' }));
    mount(Object.assign(document.createElement('audio'), { id: 'ep' }));
    const player = shadow.appendChild(document.createElement('div'));
    const object = { currentTime: 0 } as unknown as MediaLike;
    expect(findBoundMedia(player, object, 'ep', never)).to.equal(object);
    expect(findBoundMedia(player, undefined, 'ep', never)).to.equal(inside);
  });

  it('finds nothing without an id, or for an id not on the page', () => {
    const player = mount(document.createElement('div'));
    expect(findBoundMedia(player, undefined, undefined, never)).to.equal(undefined);
    expect(findBoundMedia(player, undefined, 'nowhere', never)).to.equal(undefined);
  });
});
