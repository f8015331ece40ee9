import { expect } from '@esm-bundle/chai';
import type { TranscriptPlayer } from '../../src/components/transcript-player.js';
import { partsOf, waitFor } from './helpers.js';

/**
 * The markup of `npx podcast-transcript-player render` (test/csp/static.html) on a page sent with
 * `default-src 'self'; script-src 'self'; style-src 'self'`: the player upgrades from it, and
 * its transcript downloads — `<a download>` to a `blob:` address made on the click — raise no
 * violation. A download is a navigation, which `default-src` does not govern, and a `blob:`
 * address made by the page is of the page's origin.
 */

interface Violation {
  directive: string;
  blocked: string;
}
type StrictWindow = Window & typeof globalThis & { cspViolations: Violation[] };

describe('page markup and transcript downloads under a strict Content-Security-Policy', () => {
  let frame: HTMLIFrameElement;
  let win: StrictWindow;
  const player = () => win.document.getElementById('markup') as TranscriptPlayer & HTMLElement;

  before(async function () {
    this.timeout(30000);
    frame = document.createElement('iframe');
    frame.width = '900';
    frame.height = '700';
    frame.src = '/test-routes/csp/static.html';
    document.body.append(frame);
    await waitFor(() => Boolean((frame.contentWindow as StrictWindow | null)?.cspViolations), 'the strict page to load');
    win = frame.contentWindow as StrictWindow;
    await waitFor(
      () => Boolean(player()?.shadowRoot) && partsOf(player().shadowRoot!, 'segment').length === 5,
      'the player upgraded from its markup',
      15000,
    );
  });

  after(() => frame?.remove());

  it('upgrades from the markup without a violation and without fetching the files it names', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.cspViolations).to.deep.equal([]);
    expect(player().chapterList).to.have.length(4);
    const fetched = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(fetched.filter((path) => path.includes('tone-10s.transcript') || path.includes('tone-10s.chapters'))).to.deep.equal([]);
  });

  it('downloads each transcript file from a blob: address without a violation, staying on the page', async () => {
    const page = win.location.href;
    for (const link of partsOf(player().shadowRoot!, 'transcript-download-link') as HTMLAnchorElement[]) {
      link.click();
      // The writers are a file beside the script: a first click before it arrived is made again once it has.
      await waitFor(() => link.href.startsWith('blob:'), 'the file to be written');
      expect(link.href).to.match(/^blob:/);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(win.cspViolations, link.download).to.deep.equal([]);
      expect(win.location.href).to.equal(page);
    }
  });
});
