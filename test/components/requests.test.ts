import { expect } from '@esm-bundle/chai';
import { REQUEST } from '../../src/components/events.js';
import {
  dispatchRequest,
  handleRequest,
  nextSpeed,
  requestMap,
  type PlayerRequest,
  type RequestTarget,
} from '../../src/components/requests.js';

/** A player reduced to what requests act on, logging what was done to it. */
function fakeTarget(
  state: Partial<Pick<RequestTarget, 'currentTime' | 'paused' | 'playbackRate' | 'chapterStarts' | 'currentChapter'>> = {},
) {
  const done: string[] = [];
  const target: RequestTarget = {
    currentTime: 0,
    paused: true,
    playbackRate: 1,
    speeds: [0.75, 1, 1.25, 1.5, 1.75, 2],
    chapterStarts: [],
    currentChapter: -1,
    ...state,
    play: () => done.push('play'),
    pause: () => done.push('pause'),
    seek: (seconds) => done.push(`seek ${seconds}`),
    setRate: (rate) => done.push(`rate ${rate}`),
    toggleMute: () => done.push('mute'),
    share: (start, end) => done.push(`share ${start ?? 'now'}${end === undefined ? '' : `-${end}`}`),
    setTranscriptLanguage: (language) => done.push(`language ${language || '(not stated)'}`),
    listenerMoved: () => done.push('moved'),
  };
  return { target, done };
}

describe('requests', () => {
  it('has one handler for every request type', () => {
    const types: PlayerRequest['type'][] = [
      'play',
      'pause',
      'toggle-play',
      'seek-to',
      'skip-by',
      'set-rate',
      'speed-step',
      'chapter-step',
      'toggle-mute',
      'share',
      'transcript-language',
    ];
    expect(Object.keys(requestMap).sort()).to.deep.equal([...types].sort());
  });

  it('turns each request into the action on the player', () => {
    const { target, done } = fakeTarget({ currentTime: 40, paused: true, playbackRate: 1.25 });
    for (const request of [
      { type: 'play' },
      { type: 'pause' },
      { type: 'toggle-play' },
      { type: 'skip-by', seconds: -15 },
      { type: 'set-rate', rate: 2 },
      { type: 'speed-step', direction: 1 },
      { type: 'toggle-mute' },
      { type: 'share' },
      { type: 'share', start: 3, end: 9 },
      { type: 'transcript-language', language: 'de' },
      { type: 'transcript-language', language: '' },
    ] satisfies PlayerRequest[]) {
      handleRequest(target, request);
    }
    expect(done).to.deep.equal([
      'play',
      'pause',
      'play',
      'seek 25',
      'rate 2',
      'rate 1.5',
      'mute',
      'share now',
      'share 3-9',
      'language de',
      'language (not stated)',
    ]);
  });

  it('seeks where the listener asked, follows from there, and plays when asked', () => {
    const paused = fakeTarget({ paused: true });
    handleRequest(paused.target, { type: 'seek-to', time: 83, play: true });
    expect(paused.done).to.deep.equal(['moved', 'seek 83', 'play']);
    const playing = fakeTarget({ paused: false });
    handleRequest(playing.target, { type: 'seek-to', time: 83, play: true });
    expect(playing.done).to.deep.equal(['moved', 'seek 83']);
    const seekBar = fakeTarget({ paused: true });
    handleRequest(seekBar.target, { type: 'seek-to', time: 12 });
    expect(seekBar.done).to.deep.equal(['moved', 'seek 12']);
  });

  it('steps chapters, restarting the current one when more than 3 s into it', () => {
    const starts = [0, 60, 120];
    const step = (currentTime: number, currentChapter: number, direction: -1 | 1) => {
      const { target, done } = fakeTarget({ currentTime, currentChapter, chapterStarts: starts });
      handleRequest(target, { type: 'chapter-step', direction });
      return done.join(', ');
    };
    expect(step(65, 1, 1)).to.equal('moved, seek 120');
    expect(step(125, 2, 1)).to.equal('moved, seek 120');
    expect(step(61, 1, -1)).to.equal('moved, seek 0');
    expect(step(70, 1, -1)).to.equal('moved, seek 60');
    expect(step(1, 0, -1)).to.equal('moved, seek 0');
    const none = fakeTarget({ chapterStarts: [] });
    handleRequest(none.target, { type: 'chapter-step', direction: 1 });
    expect(none.done).to.deep.equal([]);
  });

  it('steps through the offered speeds, stopping at both ends', () => {
    const speeds = [0.75, 1, 1.25, 2];
    expect(nextSpeed(speeds, 1, 1)).to.equal(1.25);
    expect(nextSpeed(speeds, 1, -1)).to.equal(0.75);
    expect(nextSpeed(speeds, 0.75, -1)).to.equal(0.75);
    expect(nextSpeed(speeds, 2, 1)).to.equal(2);
    expect(nextSpeed(speeds, 3, -1)).to.equal(1.25);
    expect(nextSpeed(speeds, 1.1, -1)).to.equal(1);
  });

  it('travels from a part inside shadow roots to its player as one composed event', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('button'));
    const seen: PlayerRequest[] = [];
    host.addEventListener(REQUEST, (event) => seen.push((event as CustomEvent<PlayerRequest>).detail));
    dispatchRequest(inner, { type: 'seek-to', time: 5, play: true });
    host.remove();
    expect(seen).to.deep.equal([{ type: 'seek-to', time: 5, play: true }]);
  });
});
