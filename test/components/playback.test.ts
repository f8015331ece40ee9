import { expect } from '@esm-bundle/chai';
import { Howler } from '../../src/audio/howler.js';
import { audioElementOf, collectErrors, makePlayer, mediaTrail, nextEvent, partsOf, removeAll, waitFor, TONE } from './helpers.js';
import { inUserGesture, userPlay } from './gesture.js';

const tone = TONE;

describe('playback with real audio', () => {
  afterEach(removeAll);

  it('advances the time while playing and fires play and pause', async () => {
    const player = await makePlayer(tone);
    const played = nextEvent(player, 'play');
    await userPlay(player);
    await played;
    expect(player.paused).to.equal(false);
    await waitFor(() => player.currentTime > 0.6, 'time to advance');
    const paused = nextEvent(player, 'pause');
    player.pause();
    await paused;
    const stopped = player.currentTime;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(player.paused).to.equal(true);
    expect(player.currentTime).to.be.closeTo(stopped, 0.05);
  });

  it('fires timeupdate while playing as its audio element does, and at once on a seek', async () => {
    const player = await makePlayer(tone);
    await userPlay(player);
    await waitFor(() => player.currentTime > 0.3, 'playback to start');
    const element = audioElementOf(player);
    let ours = 0;
    let its = 0;
    // The player's event in the same task as the element's (the player hears the element first).
    let oursInThisTask = false;
    let together = 0;
    const count = () => {
      ours++;
      oursInThisTask = true;
      setTimeout(() => (oursInThisTask = false));
    };
    const countIts = () => {
      its++;
      if (oursInThisTask) together++;
    };
    player.addEventListener('timeupdate', count);
    element.addEventListener('timeupdate', countIts);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // About four a second, each with one of the element's: the player wakes for no event of its own.
    expect(its, "the element's").to.be.within(3, 12);
    expect(ours, "the player's").to.be.within(its - 1, its + 1);
    expect(together, "the player's in the element's task").to.be.at.least(its - 1);
    // A seek while playing is told at once, not at the element's next timeupdate.
    const before = ours;
    player.seek(6);
    expect(ours, 'the seek told').to.equal(before + 1);
    expect(player.currentTime).to.be.within(6, 6.3);
    player.removeEventListener('timeupdate', count);
    element.removeEventListener('timeupdate', countIts);
    player.pause();
  });

  it('knows the duration of the audio from its metadata', async () => {
    const player = await makePlayer({ src: tone.src }, ['durationchange']);
    expect(player.duration).to.be.closeTo(10, 0.1);
  });

  it('seek() lands where asked, before and during playback', async () => {
    const player = await makePlayer(tone);
    player.seek(6);
    expect(player.currentTime).to.equal(6);
    // Every position played, so a busy machine's late polling cannot miss a restart from 0.
    const positions: number[] = [];
    player.addEventListener('timeupdate', () => positions.push(player.currentTime));
    await userPlay(player);
    await waitFor(() => player.currentTime > 6.2, 'playback to continue from 6 s');
    expect(Math.min(...positions), 'never back at the start').to.be.at.least(5.95);
    const seekedAt = performance.now();
    player.seek(2.5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // From 2.5 s on, by no more than the time that has really passed since.
    const elapsed = (performance.now() - seekedAt) / 1000;
    expect(player.currentTime).to.be.within(2.5, 2.5 + elapsed + 0.5);
  });

  it('a seek made before play, with the audio already loaded, is where play starts', async () => {
    const player = await makePlayer(tone, ['durationchange']);
    const played = nextEvent(player, 'play');
    await inUserGesture(() => {
      player.seek(7);
      void player.play();
      player.seek(7.5); // while the browser's play() is still pending
    });
    await played;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(player.currentTime).to.be.within(7.5, 8.2);
  });

  it('setting currentTime seeks', async () => {
    const player = await makePlayer(tone);
    await userPlay(player);
    // Not within 2 s of the end: Firefox without a sound device (as on CI) plays against its
    // clock and ends at once when a seek during playback leaves less than that to decode.
    player.currentTime = 5.25;
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(player.currentTime).to.be.within(5.25, 5.9);
  });

  it('moves the highlight and fires segmentchange when a line boundary passes', async () => {
    const player = await makePlayer(tone);
    player.seek(1.6);
    await player.updateComplete;
    const first = partsOf(player, 'segment')[0]!;
    expect(first.part.contains('active')).to.equal(true);
    const changes: number[] = [];
    player.addEventListener('segmentchange', (event) => changes.push((event as CustomEvent<{ index: number }>).detail.index));
    const trail = mediaTrail(audioElementOf(player), player);
    await userPlay(player);
    await waitFor(() => changes.length > 0, 'a segmentchange event').catch((error: Error) => {
      throw new Error(`${error.message} (at ${player.currentTime} s; the audio element: ${trail()})`);
    });
    expect(changes, `segment changes, at ${player.currentTime} s; the audio element: ${trail()}`).to.deep.equal([1]);
    expect(player.currentTime).to.be.within(2, 2.5);
    await player.updateComplete;
    const segments = partsOf(player, 'segment');
    const active = segments.filter((segment) => segment.part.contains('active'));
    expect(active).to.have.length(1);
    expect(active[0]).to.equal(segments[1]);
    expect(active[0]!.getAttribute('aria-current')).to.equal('true');
    expect(segments[0]!.hasAttribute('aria-current')).to.equal(false);
    expect(active[0]!.textContent).to.contain('Line two.');
  });

  it('plays at the chosen speed', async () => {
    const player = await makePlayer(tone);
    player.playbackRate = 2;
    await userPlay(player);
    // Measured once the audio moves: WebKit's output starts a little after its play event.
    await waitFor(() => player.currentTime > 0.3, 'the audio to move');
    const from = player.currentTime;
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const advanced = player.currentTime - from;
    const elapsed = (performance.now() - started) / 1000;
    expect(advanced / elapsed).to.be.within(1.6, 2.4);
  });

  it('fires ended at the end of the audio', async () => {
    const player = await makePlayer(tone);
    player.seek(9.3);
    const ended = nextEvent(player, 'ended');
    await userPlay(player);
    await ended;
    expect(player.paused).to.equal(true);
  });

  it('plays on through an audio error that comes while a seek holds its element (Firefox without a sound device)', async () => {
    // Firefox that cannot open an audio output reports a decode error and plays on against its
    // clock. Under load that error came once between the pause and the play with which Howler
    // seeks a playing sound; the player took the held element for a stopped one and failed,
    // and the transcript stood still while the audio played to its end.
    const player = await makePlayer(tone);
    const errors = collectErrors(player);
    const lines: number[] = [];
    player.addEventListener('segmentchange', (event) => lines.push((event as CustomEvent<{ index: number }>).detail.index));
    await userPlay(player);
    await waitFor(() => player.currentTime > 0.3, 'playback to start');
    const element = audioElementOf(player);
    player.seek(3.5);
    expect(element.paused, 'the element, held by the seek').to.equal(true);
    element.dispatchEvent(new Event('error'));
    await waitFor(() => lines.includes(2), 'the line from 4 s', 8000).catch((error: Error) => {
      throw new Error(`${error.message} (lines ${lines.join(', ')}; at ${player.currentTime.toFixed(2)} s)`);
    });
    // Past the moment the player looks again at whether the audio moved.
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(errors.map((error) => error.detail.message)).to.deep.equal([]);
    expect(player.paused).to.equal(false);
    player.pause();
  });

  it('waits, after an audio error, for an element still seeking, and reports an error after which nothing moves', async () => {
    const player = await makePlayer(tone);
    const errors = collectErrors(player);
    const said = () => errors.map((error) => error.detail.message).join(' | ');
    await userPlay(player);
    await waitFor(() => player.currentTime > 0.3, 'playback to start');
    const element = audioElementOf(player);
    // The element as a busy machine's WebKit left it after a seek: still seeking, its time
    // standing, for longer than the player's first look (750 ms); then it plays on.
    const stand = (seeking: boolean) => {
      const at = element.currentTime;
      Object.defineProperty(element, 'currentTime', { configurable: true, get: () => at, set: () => undefined });
      Object.defineProperty(element, 'seeking', { configurable: true, get: () => seeking });
    };
    const moveOn = () => {
      delete (element as { currentTime?: number }).currentTime;
      delete (element as { seeking?: boolean }).seeking;
    };
    stand(true);
    element.dispatchEvent(new Event('error'));
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(said(), 'no error while the element is still seeking').to.equal('');
    moveOn();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(said(), 'no error once it played on').to.equal('');
    expect(player.paused).to.equal(false);
    // An error after which the element, not seeking and not held, does not move is a failure.
    stand(false);
    element.dispatchEvent(new Event('error'));
    try {
      await waitFor(() => errors.length > 0, 'the error to be said', 3000);
    } finally {
      moveOn();
    }
    expect(errors[0]!.detail.source).to.equal('audio');
  });

  it('releases its audio when removed from the page', async () => {
    const before = (Howler as unknown as { _howls: unknown[] })._howls.length;
    const player = await makePlayer(tone);
    await userPlay(player);
    expect((Howler as unknown as { _howls: unknown[] })._howls.length).to.equal(before + 1);
    player.remove();
    expect((Howler as unknown as { _howls: unknown[] })._howls.length).to.equal(before);
  });
});
