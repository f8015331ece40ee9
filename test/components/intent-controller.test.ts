import { expect } from '@esm-bundle/chai';
import { LitElement } from 'lit';
import { IntentController } from '../../src/components/intent-controller.js';
import { mount } from './mount.js';

/** Any element can host a controller; this one has nothing else. */
class PartsHost extends LitElement {}
customElements.define('test-intent-controller-host', PartsHost);

describe('IntentController', () => {
  it('calls on pointer, touch and focus, and stops once the host leaves the page', async () => {
    const host = mount(document.createElement('test-intent-controller-host') as PartsHost);
    let intents = 0;
    new IntentController(host, () => intents++);
    await host.updateComplete;
    host.dispatchEvent(new Event('pointerenter'));
    host.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    host.dispatchEvent(new Event('touchstart'));
    expect(intents).to.equal(3);
    host.remove();
    host.dispatchEvent(new Event('pointerenter'));
    expect(intents).to.equal(3);
  });
});
