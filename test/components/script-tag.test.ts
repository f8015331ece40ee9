import { expect } from '@esm-bundle/chai';
import { FIXTURES, waitFor } from './helpers.js';

const bundle = new URL('/dist/transcript-player.iife.js', location.href).href;

/** A static page in an iframe: the bundle alone, no module graph. */
async function page(body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html><body>${body}</body></html>`;
  document.body.append(frame);
  await waitFor(() => Boolean(frame.contentWindow?.customElements.get('transcript-player')), 'the element to be defined');
  return frame;
}

function linesIn(frame: HTMLIFrameElement, selector = 'transcript-player'): number {
  // The element can be defined before the parser has reached it (Firefox runs the scripts first).
  const player = frame.contentDocument!.querySelector(selector);
  return player?.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot?.querySelectorAll('[part~="segment"]').length ?? 0;
}

describe('the script tag, however a blog writes it', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('loaded twice on one page, defines the element once and throws nothing', async () => {
    frame = await page(`<script>window.errors = []; addEventListener('error', (e) => errors.push(String(e.message)));</script>
      <script src="${bundle}"></script><script src="${bundle}"></script>
      <transcript-player transcript="${FIXTURES}tone-10s.transcript.txt"></transcript-player>`);
    await waitFor(() => linesIn(frame!) === 5, 'the transcript');
    expect((frame.contentWindow as Window & { errors: string[] }).errors).to.deep.equal([]);
  });

  it('with async, upgrades players written before the script arrived', async () => {
    frame = await page(`<transcript-player id="early" transcript="${FIXTURES}tone-10s.transcript.txt"></transcript-player>
      <script async src="${bundle}"></script>`);
    await waitFor(() => linesIn(frame!, '#early') === 5, 'the early player to upgrade');
  });

  it('with defer, in the head', async () => {
    const doc = `<!doctype html><html><head><script defer src="${bundle}"></script></head><body>
      <transcript-player transcript="${FIXTURES}tone-10s.transcript.txt"></transcript-player></body></html>`;
    frame = document.createElement('iframe');
    frame.srcdoc = doc;
    document.body.append(frame);
    await waitFor(() => frame!.contentDocument?.querySelector('transcript-player') !== null && linesIn(frame!) === 5, 'the player');
  });
});
