import { expect } from '@esm-bundle/chai';
import { PageMarkupSlot } from '../../src/components/page-markup-slot.js';
import { mount } from './mount.js';

describe('PageMarkupSlot', () => {
  it('shows the light DOM through a slot in an empty shadow root until released', () => {
    const host = mount(document.createElement('div'));
    host.append('the page’s transcript');
    const root = host.attachShadow({ mode: 'open' });
    const markup = new PageMarkupSlot();
    expect(markup.keepIn(root)).to.equal(root);
    const slot = root.querySelector('slot');
    expect(slot?.assignedNodes().map((node) => node.textContent)).to.deep.equal(['the page’s transcript']);
    markup.release();
    expect(root.querySelector('slot')).to.equal(null);
  });

  it('leaves a root that already holds content (a server-rendered one) as it is', () => {
    const host = mount(document.createElement('div'));
    const root = host.attachShadow({ mode: 'open' });
    root.append(document.createElement('section'));
    new PageMarkupSlot().keepIn(root);
    expect(root.querySelector('slot')).to.equal(null);
  });
});
