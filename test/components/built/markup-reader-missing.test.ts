import { expect } from '@esm-bundle/chai';
import { FIXTURES, partsOf, waitFor } from '../helpers.js';

/**
 * A site that copied only dist/transcript-player.iife.js, not the readers beside it, with
 * the episode written in the page under the element: the reader of that markup cannot
 * load. The page's own transcript stays in view inside the player, and the player says
 * which file it could not load; it still plays.
 */
const ALONE = new URL('/test-routes/alone/transcript-player.iife.js', location.href).href;

const MARKUP = `
  <h2>Tone test</h2>
  <ol data-transcript>
    <li><a href="#t=0">0:00</a> Line one.</li>
    <li><a href="#t=2">0:02</a> Line two.</li>
  </ol>`;

type Frame = HTMLIFrameElement & { contentWindow: Window; contentDocument: Document };

describe('dist/transcript-player.iife.js alone, with the episode written in the page', () => {
  let frame: Frame | undefined;
  afterEach(() => frame?.remove());

  it('keeps the page’s transcript in view and says which file did not load', async () => {
    frame = document.createElement('iframe') as Frame;
    frame.style.cssText = 'width: 640px; height: 700px; border: 0';
    frame.srcdoc = `<!doctype html><html lang="en"><body><transcript-player src="${FIXTURES}tone-10s.mp3">${MARKUP}</transcript-player><script src="${ALONE}"></script></body></html>`;
    document.body.append(frame);
    await waitFor(() => Boolean(frame!.contentWindow?.customElements.get('transcript-player')), 'the element to be defined');
    const player = frame.contentDocument.querySelector('transcript-player')!;
    const errors = () => (player.shadowRoot ? partsOf(player.shadowRoot, 'error').map((element) => element.textContent ?? '') : []);
    await waitFor(() => errors().length > 0, 'the error in the widget');
    expect(errors()[0]).to.match(/^The transcript data could not be loaded \(.*transcript-player\.markup\.js/);
    const lines = [...player.querySelectorAll('li')];
    expect(
      lines.map((line) => line.getClientRects().length > 0 && line.getBoundingClientRect().height > 0),
      'the page’s lines are shown',
    ).to.deep.equal([true, true]);
    const region = player.shadowRoot!.querySelector('.page-markup')!;
    const inside = (line: Element) => {
      const box = line.getBoundingClientRect();
      const area = region.getBoundingClientRect();
      return box.top >= area.top - 1 && box.bottom <= area.bottom + 1;
    };
    expect(lines.every(inside), 'inside the player').to.equal(true);
    expect(partsOf(player.shadowRoot!, 'play-button')[0]!.hasAttribute('disabled'), 'it still plays').to.equal(false);
  });
});
