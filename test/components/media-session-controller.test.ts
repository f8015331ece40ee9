import { expect } from '@esm-bundle/chai';
import { LitElement } from 'lit';
import { MediaSessionController } from '../../src/components/media-session-controller.js';
import type { PlayerRequest } from '../../src/components/requests.js';
import { logged } from './request-log.js';

/** Any element can host a controller; this one has nothing else. */
class BareHost extends LitElement {}
customElements.define('test-bare-host', BareHost);

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
