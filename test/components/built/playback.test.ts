import { expect } from '@esm-bundle/chai';
import { sendMouse } from '@web/test-runner-commands';
import {
  builtPage,
  type BuiltPage,
  type BuiltPlayer,
  closeBuiltPages,
  collectErrors,
  FIXTURES,
  inGesture,
  nextEvent,
  partsIn,
  settlement,
  shown,
  userClick,
  waitFor,
} from './built-page.js';

/**
 * `play()` as a page calls it, on the built script-tag file, in every engine: it returns a
 * promise as `HTMLMediaElement.play()` does, it is never lost to a `src` set just before,
 * and while the audio is on its way the widget says so.
 */
const TONE = `${FIXTURES}tone-10s.mp3`;
const WAV = `${FIXTURES}tone-10s.wav`;
const slow = (ms: number) => new URL(`/test-routes/slow/${ms}/tone-10s.mp3`, location.href).href;

async function playerPage(attributes: Record<string, string>, options: { hash?: string } = {}) {
  const page = await builtPage('', options);
  const player = page.document.createElement('transcript-player') as BuiltPlayer;
  for (const [name, value] of Object.entries(attributes)) player.setAttribute(name, value);
  const errors = collectErrors(player);
  page.document.body.append(player);
  await player.updateComplete;
  return { page, player, errors };
}

/** Runs `action` inside a real click and returns the promise it made, not awaited (awaiting would unwrap it). */
async function inGestureMaking<T>(page: BuiltPage, action: () => T): Promise<{ made: T }> {
  return inGesture(page, () => ({ made: action() }));
}

const playButton = (player: BuiltPlayer) => partsIn(player, 'play-button')[0] as HTMLButtonElement;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('play() in the built file', () => {
  let page: BuiltPage | undefined;
  afterEach(closeBuiltPages);

  // First in the file: nothing on this page has had a user gesture yet.
  it('from a script before any tap: rejects with NotAllowedError; ignored, no unhandled rejection; the widget says to press play', async () => {
    const made = await playerPage({ src: TONE, preload: 'metadata' });
    page = made.page;
    const { player, errors } = made;
    await nextEvent(player, 'durationchange');
    expect(await settlement(player.play())).to.equal('NotAllowedError');
    void player.play(); // a page that ignores the promise, as pages written before it did
    await sleep(800);
    await player.updateComplete;
    expect(player.paused).to.equal(true);
    expect(errors.map((error) => error.code)).to.include('play-blocked');
    expect(shown(player).errors.map((error) => error.text)).to.deep.equal([errors[0]!.message]);
    expect(playButton(player).getAttribute('aria-label')).to.equal('Play');
  });

  it('resolves once playback starts', async () => {
    const made = await playerPage({ src: TONE, preload: 'metadata' });
    page = made.page;
    const { player } = made;
    await nextEvent(player, 'durationchange');
    const { made: started } = await inGestureMaking(page, () => player.play());
    expect(await settlement(started)).to.equal('resolved');
    expect(player.paused).to.equal(false);
    await waitFor(() => player.currentTime > 0.3, 'the audio to advance');
  });

  it('rejects with AbortError when paused before it starts, and the player is paused', async () => {
    const made = await playerPage({ src: slow(1500) });
    page = made.page;
    const { player } = made;
    const { made: started } = await inGestureMaking(page, () => {
      const promise = player.play();
      player.pause();
      return promise;
    });
    expect(await settlement(started)).to.equal('AbortError');
    await sleep(2500);
    expect(player.paused).to.equal(true);
  });

  it('src changed twice while playing, with play() after each: the last one plays', async () => {
    const made = await playerPage({ src: TONE, preload: 'metadata' });
    page = made.page;
    const { player } = made;
    await nextEvent(player, 'durationchange');
    await settlement((await inGestureMaking(page, () => player.play())).made);
    await waitFor(() => player.currentTime > 0.5, 'the first episode to play');
    const last = `${TONE}?episode=c`;
    const {
      made: [second, third],
    } = await inGestureMaking(page, () => {
      player.src = WAV;
      const b = player.play();
      player.src = last;
      const c = player.play();
      return [b, c];
    });
    expect(await settlement(second), 'the play() the new source cut short').to.equal('AbortError');
    expect(await settlement(third), 'the last play()').to.equal('resolved');
    expect(player.src).to.equal(last);
    expect(player.paused).to.equal(false);
    const from = player.currentTime;
    expect(from, 'the new episode starts at its beginning').to.be.below(1.5);
    await waitFor(() => player.currentTime > from + 0.5, 'the last episode to play on');
  });

  it('rejects with NotSupportedError for audio that cannot be played, and the widget says why', async () => {
    const made = await playerPage({ src: `${FIXTURES}not-audio.mp3` });
    page = made.page;
    const { player, errors } = made;
    const { made: started } = await inGestureMaking(page, () => player.play());
    expect(await settlement(started, 10000)).to.equal('NotSupportedError');
    await player.updateComplete;
    expect(errors.map((error) => error.source)).to.deep.equal(['audio']);
    expect(shown(player).errors).to.deep.equal([{ text: errors[0]!.message, role: 'alert' }]);
  });

  it('while slow audio is on its way, the play button is busy and the time says it is loading', async () => {
    const made = await playerPage({ src: slow(3000) });
    page = made.page;
    const { player } = made;
    const played = nextEvent(player, 'play', 15000);
    await userClick(playButton(player));
    await player.updateComplete;
    const button = playButton(player);
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.getAttribute('aria-label')).to.equal('Loading…');
    expect(partsIn(player, 'buffering').map((element) => element.textContent)).to.deep.equal(['Loading audio…']);
    expect(player.paused, 'asked to play, as a media element after play()').to.equal(false);
    await played;
    await player.updateComplete;
    expect(button.hasAttribute('aria-busy')).to.equal(false);
    expect(button.getAttribute('aria-label')).to.equal('Pause');
    expect(partsIn(player, 'buffering').map((element) => element.textContent)).to.not.include('Loading audio…');
  });

  it('pressing the busy play button again cancels, like a pause', async () => {
    const made = await playerPage({ src: slow(2000) });
    page = made.page;
    const { player } = made;
    await userClick(playButton(player));
    await player.updateComplete;
    expect(playButton(player).getAttribute('aria-busy')).to.equal('true');
    await userClick(playButton(player));
    await sleep(3500);
    await player.updateComplete;
    expect(player.paused).to.equal(true);
    expect(playButton(player).getAttribute('aria-label')).to.equal('Play');
    expect(playButton(player).hasAttribute('aria-busy')).to.equal(false);
  });

  it('an audio error while a seek holds the playing element (Firefox without a sound device) is not taken for a failure', async () => {
    const made = await playerPage({ src: TONE, preload: 'metadata', transcript: `${FIXTURES}tone-10s.transcript.json` });
    page = made.page;
    const { player, errors } = made;
    await nextEvent(player, 'durationchange');
    const lines: number[] = [];
    player.addEventListener('segmentchange', (event) => lines.push((event as CustomEvent<{ index: number }>).detail.index));
    expect(await settlement((await inGestureMaking(page, () => player.play())).made)).to.equal('resolved');
    await waitFor(() => player.currentTime > 0.3, 'the audio to advance');
    // Howler's own element: the built file keeps its property names.
    const element = (player as unknown as { audio: { driver: { howl: { _sounds: { _node: HTMLAudioElement }[] } } } }).audio.driver.howl
      ._sounds[0]!._node;
    player.seek(3.5);
    expect(element.paused, 'the element, held by the seek').to.equal(true);
    element.dispatchEvent(new Event('error'));
    await waitFor(() => lines.includes(2), 'the line from 4 s').catch((error: Error) => {
      throw new Error(`${error.message} (lines ${lines.join(', ')}; at ${player.currentTime.toFixed(2)} s)`);
    });
    await sleep(900); // past the moment the player looks again at whether the audio moved
    expect(errors.map((error) => error.message)).to.deep.equal([]);
    expect(player.paused).to.equal(false);
    player.pause();
  });
});

describe('stored resume data and deep links in the built file', () => {
  let page: BuiltPage | undefined;
  const stored = (src: string, entry: unknown) => localStorage.setItem(`transcript-player:${src}`, JSON.stringify(entry));
  afterEach(() => {
    if (page) expect(page.uncaught, 'nothing uncaught in the page').to.deep.equal([]);
    page?.close();
    page = undefined;
    for (const key of Object.keys(localStorage)) if (key.startsWith('transcript-player:')) localStorage.removeItem(key);
  });

  it('a stored rate of 1000 and a position of 1e308 are not trusted: no offer, normal speed, play works', async () => {
    const src = `${TONE}?resume=huge`;
    stored(src, { position: 1e308, rate: 1000, savedAt: 1 });
    const made = await playerPage({ src, preload: 'metadata' });
    page = made.page;
    const { player } = made;
    await nextEvent(player, 'durationchange');
    await player.updateComplete;
    expect(partsIn(player, 'resume')).to.have.length(0);
    expect(player.playbackRate).to.equal(1);
    expect(await settlement((await inGestureMaking(page, () => player.play())).made)).to.equal('resolved');
  });

  it('a stored rate of 0.0001 is not trusted; one of 3 (the page’s own, outside the menu) is kept', async () => {
    const tiny = `${TONE}?resume=tiny`;
    stored(tiny, { position: 30, rate: 0.0001, savedAt: 1 });
    let made = await playerPage({ src: tiny, preload: 'metadata' });
    page = made.page;
    await nextEvent(made.player, 'durationchange');
    expect(made.player.playbackRate).to.equal(1);
    page.close();
    const three = `${TONE}?resume=three`;
    stored(three, { position: 30, rate: 3, savedAt: 1 });
    made = await playerPage({ src: three, preload: 'metadata' });
    page = made.page;
    expect(made.player.playbackRate).to.equal(3);
  });

  it('never offers a position past the end once the length is known', async () => {
    const src = `${TONE}?resume=past-end`;
    stored(src, { position: 3600, rate: 1, savedAt: 1 });
    const made = await playerPage({ src, preload: 'metadata' });
    page = made.page;
    const { player } = made;
    await nextEvent(player, 'durationchange');
    await player.updateComplete;
    expect(partsIn(player, 'resume')).to.have.length(0);
  });

  it('a rate set from outside the media range is brought within it, and play still starts', async () => {
    const made = await playerPage({ src: TONE, preload: 'metadata' });
    page = made.page;
    const { player } = made;
    player.playbackRate = 1000;
    expect(player.playbackRate).to.equal(16);
    player.playbackRate = 0.5;
    expect(await settlement((await inGestureMaking(page, () => player.play())).made)).to.equal('resolved');
  });

  it('#t=99999 on a 10 s episode: shows the end, never past it, and play starts from the beginning', async () => {
    await sendMouse({ type: 'move', position: [780, 10] }); // not over the player: it fetches nothing before it is pointed at
    const made = await playerPage({ src: TONE, transcript: `${FIXTURES}tone-10s.transcript.json` }, { hash: '#t=99999' });
    page = made.page;
    const { player } = made;
    const text = (part: string) => partsIn(player, part)[0]?.textContent;
    // Before the audio's length is known, the transcript's end is the length shown.
    await waitFor(() => player.segments.length === 5, 'the transcript');
    await player.updateComplete;
    expect(player.currentTime, 'the audio is not loaded yet').to.equal(99999);
    expect(`${text('elapsed')} / ${text('duration')}`).to.equal('0:10 / 0:10');
    // Once it is known, the position itself is brought to the end.
    // Once it is known (the listener points at the player), the position itself is brought to the end.
    player.dispatchEvent(new Event('pointerenter'));
    await waitFor(() => player.currentTime < 11, 'the position to be brought to the end');
    await player.updateComplete;
    expect(player.currentTime).to.be.closeTo(10, 0.1);
    let ended = false;
    player.addEventListener('ended', () => (ended = true));
    expect(await settlement((await inGestureMaking(page, () => player.play())).made)).to.equal('resolved');
    await sleep(700);
    expect(ended, 'play did not end at once').to.equal(false);
    expect(player.currentTime).to.be.within(0.2, 3);
  });
});
