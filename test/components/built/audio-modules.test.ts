import { expect } from '@esm-bundle/chai';
import { sendMouse } from '@web/test-runner-commands';
import { builtPage, type BuiltPage, closeBuiltPages, FIXTURES, partsIn, shown, userClick, waitFor } from './built-page.js';

/**
 * What drives audio comes beside the script, on use: the player's own audio with Howler
 * (`transcript-player.howler.js`), a page's own media element (`for="…"`) with
 * `transcript-player.media.js`. A page fetches only the one it uses.
 */
const TONE = `${FIXTURES}tone-10s.mp3`;
const TRANSCRIPT = `${FIXTURES}tone-10s.transcript.json`;
/** The script-tag file copied without the files that go beside it. */
const ALONE = new URL('/test-routes/alone/transcript-player.iife.js', location.href).href;

/** Which of the files beside the script the page has fetched. */
const besideFetched = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.split('/').pop()!)
    .filter((name) => /^transcript-player\.(howler|media)\.js$/.test(name))
    .sort();

const lines = (player: Element) => partsIn(player, 'segment');

describe('built file: the code that drives audio, loaded on use', () => {
  let page: BuiltPage | undefined;
  beforeEach(async () => {
    // Off the frames: a player appearing under the pointer would get pointerenter (intent).
    await sendMouse({ type: 'move', position: [795, 595] });
  });
  afterEach(closeBuiltPages);

  it('a player of its own audio plays from the first tap and never fetches the media-element file', async () => {
    page = await builtPage(`<transcript-player src="${TONE}" transcript="${TRANSCRIPT}"></transcript-player>`);
    const player = page.player();
    await waitFor(() => lines(player).length === 5, 'the transcript');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(besideFetched(page.window), 'nothing of the audio before the listener shows intent').to.deep.equal([]);
    await userClick(partsIn(player, 'play-button')[0]!);
    await waitFor(() => player.currentTime > 0.3 && player.hasAttribute('playing'), 'the audio to play');
    player.pause();
    expect(besideFetched(page.window)).to.deep.equal(['transcript-player.howler.js']);
  });

  it('a player bound to the page’s <audio> fetches the media-element file (not Howler) and follows the audio it plays', async () => {
    page = await builtPage(
      `<audio id="ep" controls preload="metadata" src="${TONE}"></audio>
       <transcript-player for="ep" transcript="${TRANSCRIPT}"></transcript-player>`,
    );
    const player = page.player();
    const audio = page.document.querySelector('audio')!;
    await waitFor(() => lines(player).length === 5, 'the transcript');
    await waitFor(() => besideFetched(page!.window).includes('transcript-player.media.js'), 'the media-element file');
    await waitFor(() => !player.hasAttribute('loading'), 'the player to follow the page’s audio');
    expect(player.hasAttribute('paused')).to.equal(true);
    await waitFor(() => audio.readyState >= 1 && audio.duration > 0, 'the audio’s metadata');
    await userClick(lines(player)[2]!);
    await waitFor(() => audio.currentTime >= 4 && !audio.paused, 'the page’s audio playing from the clicked line');
    await waitFor(() => player.hasAttribute('playing') && player.currentTime >= 4, 'the player following it');
    await waitFor(() => lines(player)[2]!.getAttribute('aria-current') === 'true', 'the clicked line to be the spoken one');
    audio.pause();
    await waitFor(() => player.hasAttribute('paused'), 'the paused attribute');
    expect(besideFetched(page.window)).to.deep.equal(['transcript-player.media.js']);
    expect(shown(player).errors).to.deep.equal([]);
  });

  it('a bound player whose media-element file is missing says which file did not load, and shows the transcript', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 640px; height: 560px; border: 0';
    frame.srcdoc = `<!doctype html><html lang="en"><body>
      <audio id="ep" preload="none" src="${TONE}"></audio>
      <transcript-player for="ep" transcript="${TRANSCRIPT}"></transcript-player>
      <script src="${ALONE}"></script></body></html>`;
    document.body.append(frame);
    try {
      await waitFor(() => Boolean(frame.contentWindow?.customElements.get('transcript-player')), 'the element to be defined');
      const player = frame.contentDocument!.querySelector('transcript-player')!;
      await waitFor(() => shown(player).errors.length > 0, 'the error in the player');
      expect(shown(player).errors[0]!.text).to.match(
        /^The audio file "tone-10s\.mp3" could not be loaded \(.*transcript-player\.media\.js/,
      );
      expect(player.hasAttribute('error')).to.equal(true);
      expect(player.hasAttribute('loading'), 'no longer busy').to.equal(false);
      await waitFor(() => lines(player).length === 5, 'the transcript');
    } finally {
      frame.remove();
    }
  });
});
