import { expect } from '@esm-bundle/chai';
import { LitElement } from 'lit';
import { REQUEST } from '../../src/components/events.js';
import { RequestController, requestTargetOf, type RequestablePlayer } from '../../src/components/request-controller.js';
import { dispatchRequest, type RequestTarget } from '../../src/components/requests.js';
import { mount } from './mount.js';

/** Any element can host a controller; this one has nothing else. */
class PartsHost extends LitElement {}
customElements.define('test-request-controller-host', PartsHost);

describe('RequestController', () => {
  function target(log: string[]): RequestTarget {
    const player: RequestablePlayer = {
      currentTime: 10,
      paused: true,
      playbackRate: 1,
      play: () => (log.push('play'), Promise.resolve()),
      pause: () => log.push('pause'),
      seek: (seconds) => log.push(`seek ${seconds}`),
    };
    return requestTargetOf(player, {
      chapterStarts: [],
      currentChapter: -1,
      toggleMute: () => log.push('mute'),
      share: () => log.push('share'),
      setTranscriptLanguage: (language) => log.push(`language ${language}`),
      listenerMoved: () => log.push('moved'),
    });
  }

  it('acts on the requests its parts dispatch, and the page never sees them', async () => {
    const host = mount(document.createElement('test-request-controller-host') as PartsHost);
    const log: string[] = [];
    new RequestController(host, () => target(log));
    await host.updateComplete;
    const part = host.appendChild(document.createElement('button'));
    let seenByPage = 0;
    const pageListener = () => seenByPage++;
    document.addEventListener(REQUEST, pageListener);
    dispatchRequest(part, { type: 'toggle-play' });
    dispatchRequest(part, { type: 'skip-by', seconds: 30 });
    dispatchRequest(part, { type: 'seek-to', time: 3 });
    document.removeEventListener(REQUEST, pageListener);
    expect(log).to.deep.equal(['play', 'seek 40', 'moved', 'seek 3']);
    expect(seenByPage).to.equal(0);
  });

  it('sets the player’s speed for speed requests, through its own property', () => {
    const player = { currentTime: 0, paused: true, playbackRate: 1, play: () => Promise.resolve(), pause() {}, seek() {} };
    const made = requestTargetOf(player, {
      chapterStarts: [],
      currentChapter: -1,
      toggleMute() {},
      share() {},
      setTranscriptLanguage() {},
      listenerMoved() {},
    });
    made.setRate(1.5);
    expect(player.playbackRate).to.equal(1.5);
    expect(made.speeds[0]).to.be.below(1);
  });
});
