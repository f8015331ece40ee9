import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { KEY_SHORTCUTS, ShortcutsController } from '../../src/components/shortcuts-controller.js';
import { logged } from './request-log.js';

/** A stand-in for the player: a few focusable parts in a shadow root, and a log of what the shortcuts asked for. */
class ShortcutsHost extends LitElement {
  calls: string[] = [];
  readonly shortcuts = new ShortcutsController(this, (request) => this.calls.push(logged(request)));

  child(id: string): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>(`#${id}`)!;
  }

  override render() {
    return html`
      <button id="button">Play</button>
      <div id="line" tabindex="0">A transcript line</div>
      <input id="search" type="search" />
      <input id="seek" type="range" min="0" max="100" value="50" />
      <div id="slider" role="slider" tabindex="0" aria-valuenow="5">slider</div>
      <ol data-own-keys><li id="owned" tabindex="0">a line that moves with the arrows</li></ol>
    `;
  }
}
customElements.define('test-shortcuts-host', ShortcutsHost);

async function shortcutsHost(): Promise<ShortcutsHost> {
  const host = document.createElement('test-shortcuts-host') as ShortcutsHost;
  document.body.append(host);
  await host.updateComplete;
  return host;
}

/** Real key presses. Space is written ' ': Firefox's driver (WebDriver BiDi) knows no key named "Space". */
async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({ press: key });
}

/** The focused element, inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * A key with a modifier held down, as real input where the driver can hold one; WebKit's
 * WebDriver cannot, so there the keydown the browser would send is dispatched instead.
 * `produces` is the key value the combination gives (`<` for Shift+Comma).
 */
async function chord(modifier: 'Shift' | 'Control' | 'Alt', key: string, produces = key): Promise<void> {
  try {
    await sendKeys({ down: modifier });
  } catch {
    const init = { key: produces, shiftKey: modifier === 'Shift', ctrlKey: modifier === 'Control', altKey: modifier === 'Alt' };
    deepActiveElement()?.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, composed: true, cancelable: true }));
    return;
  }
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

describe('ShortcutsController', () => {
  let outside: HTMLButtonElement;
  beforeEach(() => {
    outside = document.createElement('button');
    outside.textContent = 'outside';
    document.body.append(outside);
  });
  afterEach(() => {
    for (const element of document.querySelectorAll('test-shortcuts-host, body > button')) element.remove();
  });

  it('maps the keys while focus is inside the player', async () => {
    const host = await shortcutsHost();
    host.child('line').focus();
    await press('k', ' ', 'j', 'ArrowLeft', 'l', 'ArrowRight', 'm', '<', '>');
    await chord('Shift', 'Comma', '<');
    await chord('Shift', 'Period', '>');
    await chord('Shift', 'KeyJ', 'J');
    expect(host.calls).to.deep.equal([
      'play/pause',
      'play/pause',
      'skip -15',
      'skip -15',
      'skip 30',
      'skip 30',
      'mute',
      'speed -1',
      'speed 1',
      'speed -1',
      'speed 1',
      'skip -15',
    ]);
  });

  it('keeps Space and the arrows from scrolling the page', async () => {
    const host = await shortcutsHost();
    host.child('line').focus();
    const seen: boolean[] = [];
    const record = (event: KeyboardEvent) => seen.push(event.defaultPrevented);
    // On window, after the controller on the host has run.
    window.addEventListener('keydown', record);
    await press(' ', 'ArrowRight', 'x');
    window.removeEventListener('keydown', record);
    expect(seen).to.deep.equal([true, true, false]);
  });

  it('does nothing while focus is outside the player', async () => {
    const host = await shortcutsHost();
    outside.focus();
    await press('k', 'j', 'ArrowLeft', 'm', '>');
    expect(host.calls).to.deep.equal([]);
  });

  it('leaves typing alone: no shortcut from a text field inside the player', async () => {
    const host = await shortcutsHost();
    const search = host.child('search') as HTMLInputElement;
    search.focus();
    await press('k', 'j', 'm', ' ', 'ArrowLeft', '>');
    expect(host.calls).to.deep.equal([]);
    // ArrowLeft moved the caret, so `>` went in before the space.
    expect(search.value).to.equal('kjm> ');
  });

  it('leaves the arrows and Space to widgets that use them, but not the letters', async () => {
    const host = await shortcutsHost();
    for (const id of ['seek', 'slider', 'owned']) {
      host.child(id).focus();
      await press('ArrowLeft', 'ArrowRight', ' ');
    }
    expect(host.calls).to.deep.equal([]);
    host.child('seek').focus();
    await press('k', 'l');
    expect(host.calls).to.deep.equal(['play/pause', 'skip 30']);
    expect((host.child('seek') as HTMLInputElement).value).to.equal('50');
  });

  it('leaves Space to a focused button, which it activates anyway', async () => {
    const host = await shortcutsHost();
    let clicks = 0;
    host.child('button').addEventListener('click', () => clicks++);
    host.child('button').focus();
    await press(' ', 'k');
    expect(host.calls).to.deep.equal(['play/pause']);
    expect(clicks).to.equal(1);
  });

  it('ignores keys with Control, Alt or Meta (the browser’s and the system’s shortcuts)', async () => {
    const host = await shortcutsHost();
    host.child('line').focus();
    await chord('Control', 'k');
    await chord('Alt', 'j');
    await chord('Control', 'ArrowLeft');
    expect(host.calls).to.deep.equal([]);
  });

  it('stops listening when the player leaves the page', async () => {
    const host = await shortcutsHost();
    host.remove();
    host.child('line').dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true, composed: true }));
    expect(host.calls).to.deep.equal([]);
  });

  it('exports aria-keyshortcuts values for the controls', () => {
    expect(KEY_SHORTCUTS).to.deep.equal({ play: 'k Space', skipBack: 'j ArrowLeft', skipForward: 'l ArrowRight', speed: '< >', mute: 'm' });
  });
});
