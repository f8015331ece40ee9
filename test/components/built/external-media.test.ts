import { expect } from '@esm-bundle/chai';
import { FIXTURES } from '../helpers.js';
import { builtPage, userClick, waitFor, type BuiltPage } from './built-page.js';

describe('built file: bound to the page’s own <audio>, state attributes and slots', () => {
  let page: BuiltPage | undefined;
  afterEach(() => page?.close());

  it('follows the page’s audio, seeks it from a line, and shows the state to the page’s CSS', async () => {
    page = await builtPage(
      `<audio id="ep" controls preload="metadata" src="${FIXTURES}tone-10s.mp3"></audio>
       <transcript-player for="ep" transcript="${FIXTURES}tone-10s.transcript.json">
         <strong slot="start">Show logo</strong><p slot="end">Subscribe</p>
       </transcript-player>`,
    );
    const player = page.player();
    const audio = page.document.querySelector('audio')!;
    const parts = (name: string) => [...player.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
    const tvParts = (name: string) => [
      ...(player.shadowRoot!.querySelector('tp-transcript-view')?.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? []),
    ];
    await waitFor(() => tvParts('segment').length === 5, 'the transcript');
    expect(parts('play-button')).to.have.length(0);
    // What follows the page's audio comes beside the script (transcript-player.media.js): busy until it has.
    await waitFor(() => !player.hasAttribute('loading'), 'the code that follows the page’s audio');
    expect(player.hasAttribute('has-transcript')).to.equal(true);
    expect(player.hasAttribute('paused')).to.equal(true);
    const slotted = (name: string) => player.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!.assignedElements();
    expect(slotted('start').map((element) => element.textContent)).to.deep.equal(['Show logo']);
    expect(slotted('end').map((element) => element.textContent)).to.deep.equal(['Subscribe']);

    await waitFor(() => audio.readyState >= 1 && audio.duration > 0, 'the audio’s metadata');
    await userClick(tvParts('segment')[2]!);
    await waitFor(() => audio.currentTime >= 4 && !audio.paused, 'the page’s audio playing from the clicked line');
    await waitFor(() => player.hasAttribute('playing') && !player.hasAttribute('paused'), 'the playing attribute');
    // The line follows the page's audio on its next frame, which may come after the state attribute.
    await waitFor(() => tvParts('segment')[2]!.getAttribute('aria-current') === 'true', 'the clicked line to be the spoken one');
    audio.pause();
    await waitFor(() => player.hasAttribute('paused'), 'the paused attribute');
    expect(page.uncaught).to.deep.equal([]);
  });
});
