import { expect } from '@esm-bundle/chai';
import { FIXTURES, waitFor } from './helpers.js';
import { userClick } from './gesture.js';

/**
 * The script-tag bundle, alone on a static page (an iframe: no module graph, no dev
 * server transforms), must define the element, play and move the highlight.
 */
describe('dist/transcript-player.iife.js on a plain page', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it("leaves the page's own globals alone, even with RequireJS on the page", async () => {
    const bundle = new URL('/dist/transcript-player.iife.js', location.href).href;
    frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html><body>
      <script>window.Sound = 'page sound'; window.defineCalls = 0;
        window.define = function () { window.defineCalls++; }; window.define.amd = {};</script>
      <script src="${bundle}"></script></body></html>`;
    document.body.append(frame);
    await waitFor(() => Boolean(frame.contentWindow?.customElements.get('transcript-player')), 'the element to be defined');
    const win = frame.contentWindow as Window & Record<string, unknown>;
    expect(win.Sound).to.equal('page sound');
    expect('Howl' in win).to.equal(false);
    expect('Howler' in win).to.equal(false);
    expect(win.defineCalls).to.equal(0);
  });

  it('plays an episode and moves the highlight', async () => {
    const bundle = new URL('/dist/transcript-player.iife.js', location.href).href;
    const head = await fetch(bundle, { method: 'HEAD' });
    expect(head.ok, 'dist/transcript-player.iife.js exists (npm run build)').to.equal(true);
    frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html><body>
      <transcript-player src="${FIXTURES}tone-10s.mp3" transcript="${FIXTURES}tone-10s.transcript.txt"
        chapters="${FIXTURES}tone-10s.chapters.json"></transcript-player>
      <script src="${bundle}"></script></body></html>`;
    document.body.append(frame);
    await waitFor(() => Boolean(frame.contentWindow?.customElements.get('transcript-player')), 'the element to be defined');
    const win = frame.contentWindow!;
    const player = win.document.querySelector('transcript-player') as HTMLElement & {
      play(): void;
      seek(t: number): void;
      currentTime: number;
    };
    const changes: number[] = [];
    player.addEventListener('segmentchange', (event) => changes.push((event as CustomEvent<{ index: number }>).detail.index));
    const lines = () => [
      ...(player.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot?.querySelectorAll('[part~="segment"]') ?? []),
    ];
    await waitFor(() => lines().length === 5, 'five transcript lines');
    player.seek(1.5);
    // The listener's tap on the page's own player (a user gesture, which Safari requires).
    await userClick(player.shadowRoot!.querySelector('[part~="play-button"]')!);
    // Generous: under a busy machine Firefox may take seconds to fetch, decode and start.
    await waitFor(() => changes.includes(1), 'the highlight to reach line two', 20000).catch((error: Error) => {
      throw new Error(`${error.message} (segment changes ${JSON.stringify(changes)}, at ${player.currentTime} s)`);
    });
    const active = lines().filter((line) => line.getAttribute('aria-current') === 'true');
    expect(active).to.have.length(1);
    expect(active[0]!.textContent).to.contain('Line two.');
    expect(player.currentTime).to.be.greaterThan(2);
  });
});
