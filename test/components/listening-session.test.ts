import { expect } from '@esm-bundle/chai';
import { LitElement } from 'lit';
import type { AudioState } from '../../src/audio/audio-controller.js';
import type { Chapter } from '../../src/core/model.js';
import { ListeningSession, type SessionParts } from '../../src/components/listening-session.js';
import { playing, register, unregister } from '../../src/components/player-registry.js';
import { loadModule } from '../../src/lazy.js';

/** A player as the session reads it: its position, speed, show and chapters. */
class SessionHost extends LitElement {
  currentTime = 12;
  duration = 600;
  playbackRate = 1;
  showName: string | undefined = undefined;
  chapterList: Chapter[] = [
    { start: 0, end: 60, title: 'Intro', toc: true },
    { start: 60, end: 600, title: 'Interview', toc: true },
  ];
  pauses = 0;
  pause(): void {
    this.pauses++;
  }
}
customElements.define('test-session-host', SessionHost);

describe('ListeningSession', () => {
  let log: string[];
  let lockScreen: string[];
  let state: AudioState;
  let host: SessionHost;
  let session: ListeningSession;

  beforeEach(async () => {
    log = [];
    lockScreen = [];
    state = 'empty';
    host = document.body.appendChild(document.createElement('test-session-host') as SessionHost);
    const parts = {
      playback: {
        get state() {
          return state;
        },
        external: false,
        audio: { src: 'episode.mp3' },
        sayAboutLockScreen: (message: { code: string } | undefined) => lockScreen.push(message?.code ?? 'works'),
      },
      sources: { manifest: { show: 'The Show' }, audioFetched: (src: string) => log.push(`fetched ${src}`) },
      playhead: { playhead: { chapter: 1, artwork: undefined } },
      resume: { withdraw: () => log.push('withdraw'), flush: () => log.push('flush'), ended: () => log.push('ended') },
      episodeName: () => 'Episode 7',
    } as unknown as SessionParts;
    session = new ListeningSession(host, parts, () => undefined);
    await host.updateComplete;
  });
  afterEach(() => host.remove());

  const change = (next: AudioState) => {
    const previous = state;
    state = next;
    session.audioStateChanged(previous);
  };

  it('reads the MP3’s own chapters once its audio is fetched anyway', () => {
    change('loading');
    expect(log).to.deep.equal(['fetched episode.mp3']);
  });

  /** The lock screen's code is a file loaded on the first play; the session's own wait for it resolves first. */
  const lockScreenArrived = () => loadModule('media-session');

  it('on play: withdraws the resume offer, pauses the other players, and shows the episode and chapter on the lock screen', async () => {
    const other = { pauses: 0, pause: () => other.pauses++ };
    register(other);
    try {
      change('playing');
    } finally {
      unregister(other);
    }
    await lockScreenArrived();
    expect(log).to.deep.equal(['withdraw']);
    expect(lockScreen, 'what the player says of the lock screen').to.deep.equal(['works']);
    expect(other.pauses).to.equal(1);
    expect(host.pauses, 'not itself').to.equal(0);
    const metadata = navigator.mediaSession.metadata;
    expect([metadata?.title, metadata?.artist, metadata?.album]).to.deep.equal(['Episode 7', 'The Show', 'Interview']);
    expect(navigator.mediaSession.playbackState).to.equal('playing');
  });

  it('keeps the position on a pause after playing, and forgets it at the end', async () => {
    change('playing');
    await lockScreenArrived();
    change('paused');
    change('ended');
    expect(log).to.deep.equal(['withdraw', 'flush', 'ended']);
    expect(navigator.mediaSession.playbackState).to.equal('paused');
  });

  it('is among the players another pauses while on the page, and not once it leaves', () => {
    const other = { pause() {} };
    register(other);
    try {
      playing(other);
      expect(host.pauses).to.equal(1);
      host.remove();
      playing(other);
      expect(host.pauses).to.equal(1);
    } finally {
      unregister(other);
    }
  });
});
