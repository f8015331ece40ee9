import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { MediaSessionController } from '../../src/components/media-session-controller.js';
import { playing, register, unregister, type Pausable } from '../../src/components/player-registry.js';
import { ResumeStore, STORAGE_PREFIX } from '../../src/components/resume-store.js';
import type { PlayerRequest } from '../../src/components/requests.js';
import { KEY_SHORTCUTS, ShortcutsController } from '../../src/components/shortcuts-controller.js';

/** A request as the tests below log it. */
function logged(request: PlayerRequest): string {
  switch (request.type) {
    case 'toggle-play':
      return 'play/pause';
    case 'skip-by':
      return `skip ${request.seconds}`;
    case 'speed-step':
      return `speed ${request.direction}`;
    case 'toggle-mute':
      return 'mute';
    case 'seek-to':
      return `seekTo ${request.time}`;
    case 'chapter-step':
      return request.direction < 0 ? 'previous chapter' : 'next chapter';
    default:
      return request.type;
  }
}

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

/** Any element can host a controller; this one has nothing else. */
class BareHost extends LitElement {}
customElements.define('test-bare-host', BareHost);

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

describe('MediaSessionController', () => {
  const handlers = new Map<MediaSessionAction, MediaSessionActionHandler | null>();
  let calls: string[];
  const dispatch = (request: PlayerRequest) => calls.push(logged(request));
  const invoke = (action: MediaSessionAction, details: Partial<MediaSessionActionDetails> = {}) => {
    const handler = handlers.get(action);
    expect(handler, `a handler for ${action}`).to.be.a('function');
    handler!({ action, ...details });
  };
  let hosts: BareHost[] = [];
  const controller = () => {
    const host = document.createElement('test-bare-host') as BareHost;
    hosts.push(host);
    document.body.append(host);
    return new MediaSessionController(host, dispatch);
  };

  beforeEach(() => {
    calls = [];
    handlers.clear();
    const session = navigator.mediaSession;
    const original = session.setActionHandler.bind(session);
    // An own property shadows the prototype's method; deleting it restores that.
    session.setActionHandler = (action, handler) => {
      handlers.set(action, handler);
      original(action, handler);
    };
  });
  afterEach(() => {
    for (const host of hosts) host.remove();
    hosts = [];
    Reflect.deleteProperty(navigator.mediaSession, 'setActionHandler');
  });

  it('shows the episode and routes the OS controls to the player while it holds the session', () => {
    const session = controller();
    session.setInfo({
      title: 'Sora’s Exit',
      show: 'Tech Weekly',
      chapter: 'Intro',
      artwork: 'https://example.com/cover.jpg',
      chapterImage: 'https://example.com/intro.jpg',
      hasChapters: true,
    });
    expect(handlers.size, 'nothing before claim').to.equal(0);
    session.claim();
    const metadata = navigator.mediaSession.metadata!;
    expect(metadata.title).to.equal('Sora’s Exit');
    expect(metadata.artist).to.equal('Tech Weekly');
    expect(metadata.album).to.equal('Intro');
    expect(metadata.artwork.map((image) => image.src)).to.deep.equal(['https://example.com/intro.jpg', 'https://example.com/cover.jpg']);
    invoke('play');
    invoke('pause');
    invoke('seekbackward');
    invoke('seekforward');
    invoke('seekbackward', { seekOffset: 5 });
    invoke('seekto', { seekTime: 42.5 });
    invoke('previoustrack');
    invoke('nexttrack');
    expect(calls).to.deep.equal(['play', 'pause', 'skip -15', 'skip 30', 'skip -5', 'seekTo 42.5', 'previous chapter', 'next chapter']);
  });

  it('offers no track buttons without chapters, and updates the metadata on a chapter change', () => {
    const session = controller();
    session.setInfo({ title: 'Episode', show: 'Show' });
    session.claim();
    expect(handlers.get('nexttrack')).to.equal(null);
    expect(navigator.mediaSession.metadata!.album).to.equal('Show');
    session.setInfo({ title: 'Episode', show: 'Show', chapter: 'Part 2', hasChapters: true });
    expect(navigator.mediaSession.metadata!.album).to.equal('Part 2');
    expect(handlers.get('nexttrack')).to.be.a('function');
  });

  it('clears its handlers and metadata on release', () => {
    const session = controller();
    session.setInfo({ title: 'Episode', hasChapters: true });
    session.claim();
    session.release();
    expect(handlers.size).to.be.greaterThan(0);
    for (const [action, handler] of handlers) expect(handler, action).to.equal(null);
    expect(navigator.mediaSession.metadata).to.equal(null);
  });

  it('leaves the session alone when releasing after another player claimed it', () => {
    const first = controller();
    const second = controller();
    first.setInfo({ title: 'First' });
    second.setInfo({ title: 'Second' });
    first.claim();
    second.claim();
    first.release();
    expect(navigator.mediaSession.metadata!.title).to.equal('Second');
    invoke('play');
    expect(calls).to.deep.equal(['play']);
    expect(second.claimed).to.equal(true);
    expect(first.claimed).to.equal(false);
  });

  it('releases when its player leaves the page', () => {
    const session = controller();
    session.setInfo({ title: 'Episode' });
    session.claim();
    hosts[0]!.remove();
    expect(session.claimed).to.equal(false);
    expect(handlers.get('play')).to.equal(null);
  });

  it('does nothing, silently, where the Media Session API is missing', () => {
    Object.defineProperty(navigator, 'mediaSession', { value: undefined, configurable: true });
    try {
      const session = controller();
      session.setInfo({ title: 'Episode' });
      session.claim();
      session.setPlaybackState(false);
      session.setPosition(10, 100, 1);
      session.release();
      expect(session.claimed).to.equal(false);
    } finally {
      Reflect.deleteProperty(navigator, 'mediaSession');
    }
    expect(navigator.mediaSession instanceof MediaSession, 'restored').to.equal(true);
  });
});

describe('ResumeStore', () => {
  let key: string;
  let clock: number;
  const store = () => new ResumeStore(undefined, key, { now: () => clock });
  const stored = () => localStorage.getItem(STORAGE_PREFIX + key);
  const restorers: (() => void)[] = [];

  beforeEach(() => {
    key = `https://cdn.example.com/ep-${Math.random()}.mp3`;
    clock = 1_000_000;
  });
  afterEach(() => {
    for (const restore of restorers.splice(0)) restore();
    localStorage.removeItem(STORAGE_PREFIX + key);
  });

  /** Replaces a Storage method for one test, as Safari's private mode or a sandboxed iframe would behave. */
  function breakStorage(method: 'getItem' | 'setItem' | 'removeItem'): void {
    const original = Storage.prototype[method];
    Storage.prototype[method] = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    restorers.push(() => {
      Storage.prototype[method] = original as never;
    });
  }

  it('remembers position and speed per episode, as JSON under a prefixed key', () => {
    const resume = store();
    resume.update(75.5, 1800, 1.5);
    expect(JSON.parse(stored()!)).to.deep.equal({ position: 75.5, rate: 1.5, savedAt: 1_000_000 });
    expect(store().load(1800)).to.deep.equal({ position: 75.5, rate: 1.5, savedAt: 1_000_000 });
    expect(new ResumeStore(undefined, `${key}-other`).load()).to.equal(undefined);
  });

  it('writes at most every 5 seconds while playing, and at once on flush (pause)', () => {
    const resume = store();
    resume.update(20, 1800, 1);
    clock += 1000;
    resume.update(21, 1800, 1);
    clock += 3000;
    resume.update(24, 1800, 1);
    expect(store().load()!.position).to.equal(20);
    clock += 1000;
    resume.update(25, 1800, 1);
    expect(store().load()!.position).to.equal(25);
    clock += 250;
    resume.update(25.25, 1800, 1.25);
    expect(store().load()!.position).to.equal(25);
    resume.flush();
    expect(store().load()).to.deep.equal({ position: 25.25, rate: 1.25, savedAt: clock });
  });

  it('writes what is pending when the page is hidden or left', () => {
    const resume = store();
    resume.hostConnected();
    resume.update(30, 1800, 1);
    clock += 100;
    resume.update(31, 1800, 1);
    window.dispatchEvent(new Event('pagehide'));
    expect(store().load()!.position).to.equal(31);
    resume.hostDisconnected();
    clock += 5000;
    resume.update(40, 1800, 1);
    clock += 100;
    resume.update(41, 1800, 1);
    window.dispatchEvent(new Event('pagehide'));
    expect(store().load()!.position, 'no listener after disconnect').to.equal(40);
  });

  it('forgets the episode near its start or its end', () => {
    const resume = store();
    resume.update(300, 1800, 1);
    expect(store().load()).to.not.equal(undefined);
    clock += 5000;
    resume.update(1790, 1800, 1);
    expect(stored(), 'within 15 s of the end').to.equal(null);
    clock += 5000;
    resume.update(300, 1800, 1);
    clock += 5000;
    resume.update(9, 1800, 1);
    expect(stored(), 'back at the start').to.equal(null);
  });

  it('does not offer a saved position that is too close to the start or end once the duration is known', () => {
    localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify({ position: 1790, rate: 1, savedAt: 1 }));
    expect(store().load()).to.deep.equal({ position: 1790, rate: 1, savedAt: 1 });
    expect(store().load(1800)).to.equal(undefined);
    localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify({ position: 5, rate: 1, savedAt: 1 }));
    expect(store().load()).to.equal(undefined);
  });

  it('reads what another version or a person wrote without trusting it', () => {
    for (const text of ['not json', 'null', '[]', '{"position":"60"}', '{"position":-20}']) {
      localStorage.setItem(STORAGE_PREFIX + key, text);
      expect(store().load(), text).to.equal(undefined);
    }
    localStorage.setItem(STORAGE_PREFIX + key, '{"position":60,"rate":"fast"}');
    expect(store().load()).to.deep.equal({ position: 60, rate: 1, savedAt: 0 });
  });

  it('survives localStorage throwing (Safari private mode, sandboxed iframes)', () => {
    store().update(60, 1800, 1);
    breakStorage('getItem');
    breakStorage('setItem');
    breakStorage('removeItem');
    const resume = store();
    expect(resume.load()).to.equal(undefined);
    resume.update(120, 1800, 1);
    resume.flush();
    resume.update(1, 1800, 1);
    resume.flush();
    resume.clear();
  });

  it('survives localStorage itself being unreachable', () => {
    const resume = new ResumeStore(undefined, key, {
      storage: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    expect(resume.load()).to.equal(undefined);
    resume.update(120, 1800, 1);
    resume.flush();
  });

  it('forgets on clear (after the episode ended)', () => {
    const resume = store();
    resume.update(120, 1800, 1);
    resume.clear();
    expect(stored()).to.equal(null);
  });
});

describe('player registry', () => {
  class FakePlayer implements Pausable {
    pauses = 0;
    pause(): void {
      this.pauses++;
    }
  }
  let registered: Pausable[] = [];
  const add = <T extends Pausable>(player: T): T => {
    register(player);
    registered.push(player);
    return player;
  };
  afterEach(() => {
    for (const player of registered) unregister(player);
    registered = [];
  });

  it('pauses the other players when one starts', () => {
    const a = add(new FakePlayer());
    const b = add(new FakePlayer());
    playing(a);
    expect([a.pauses, b.pauses]).to.deep.equal([0, 1]);
    playing(b);
    expect([a.pauses, b.pauses]).to.deep.equal([1, 1]);
  });

  it('leaves unregistered players alone', () => {
    const a = add(new FakePlayer());
    const b = add(new FakePlayer());
    unregister(b);
    playing(a);
    expect(b.pauses).to.equal(0);
  });

  it('pauses the rest when one player’s pause throws or removes another', () => {
    const a = add(new FakePlayer());
    const c = new FakePlayer();
    add({
      pause: () => {
        unregister(c);
        throw new Error('broken');
      },
    });
    add(c);
    const d = add(new FakePlayer());
    playing(a);
    expect([a.pauses, c.pauses, d.pauses]).to.deep.equal([0, 1, 1]);
  });
});
