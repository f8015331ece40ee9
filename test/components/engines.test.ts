import { expect } from '@esm-bundle/chai';
import { collectErrors, FIXTURES, makePlayer, nextEvent, partsOf, removeAll, waitFor } from './helpers.js';
import { userClick, userPlay } from './gesture.js';

/**
 * What differs between Chromium, Firefox and WebKit, each tested where it bites: autoplay
 * rules (Safari plays audio only from a tap), a tap on play before the audio has loaded,
 * and seeking before the metadata is known. The suite runs in all three engines.
 */
const tone = {
  src: `${FIXTURES}tone-10s.mp3`,
  transcript: `${FIXTURES}tone-10s.transcript.json`,
};
const playButton = (player: HTMLElement) => partsOf(player, 'play-button')[0] as HTMLButtonElement;

describe('engine rules for audio', () => {
  afterEach(removeAll);

  // First in the file: no user gesture has happened on this page yet.
  it('a play() without a user gesture is refused, and the player stays usable and says to press play', async () => {
    const player = await makePlayer(tone, ['durationchange']);
    const errors = collectErrors(player);
    void player.play(); // from a script, not from a tap
    const outcome = await Promise.race([
      nextEvent(player, 'play', 8000).then(() => 'played'),
      waitFor(() => errors.length > 0, 'a blocked-play message', 8000).then(() => 'blocked'),
    ]);
    expect(outcome, 'the browser refuses audible play() before any user gesture (its default autoplay rule)').to.equal('blocked');
    expect(errors[0]!.detail.source).to.equal('audio');
    expect(errors[0]!.detail.message).to.contain('"tone-10s.mp3"').and.contain('Press play');
    await player.updateComplete;
    expect(partsOf(player, 'error').map((element) => element.textContent)).to.deep.equal([errors[0]!.detail.message]);
    expect(player.paused).to.equal(true);
    expect(playButton(player).disabled, 'the play button still works').to.equal(false);
    expect(playButton(player).getAttribute('aria-label')).to.equal('Play');

    const played = nextEvent(player, 'play');
    await userClick(playButton(player));
    await played;
    await waitFor(() => player.currentTime > 0.4, 'the audio to advance');
    await player.updateComplete;
    expect(partsOf(player, 'error'), 'the message goes once playback starts').to.have.length(0);
  });

  it('the play button starts the audio on the first tap, before the audio has loaded', async () => {
    // The file arrives a second after the tap: the player must not lose the tap meanwhile
    // (Howler starts the element only once it can play through, after the tap is over).
    const player = await makePlayer({ src: new URL('/test-routes/slow/1000/tone-10s.mp3', location.href).href });
    const played = nextEvent(player, 'play', 10000);
    await userClick(playButton(player));
    await played;
    await waitFor(() => player.currentTime > 0.4, 'the audio to advance');
    expect(player.paused).to.equal(false);
  });

  it("a seek before the audio's metadata is known is where the first tap on play starts", async () => {
    const player = document.createElement('transcript-player');
    for (const [name, value] of Object.entries(tone)) player.setAttribute(name, value);
    const ready = nextEvent(player, 'ready');
    player.seek(6); // before the player has even started loading its audio (a #t=6 link)
    document.body.append(player);
    await player.updateComplete;
    expect(player.currentTime).to.equal(6);
    await ready;
    await userPlay(player);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(player.currentTime).to.be.within(6, 7.2);
    await waitFor(() => partsOf(player, 'active')[0]?.textContent?.includes('Line four.') ?? false, 'the line at 6 s to light up');
  });

  it('learns the real duration and plays on once loaded, in every engine', async () => {
    // WebKit (GStreamer) first reports a duration of 0, which made every play end at once.
    const player = await makePlayer(tone, ['durationchange']);
    expect(player.duration).to.be.closeTo(10, 0.1);
    let ended = false;
    player.addEventListener('ended', () => (ended = true));
    await userPlay(player);
    await waitFor(() => player.currentTime > 1.5, 'the audio to play on');
    expect(ended).to.equal(false);
    expect(player.paused).to.equal(false);
    expect(player.duration).to.be.closeTo(10, 0.1);
  });
});
