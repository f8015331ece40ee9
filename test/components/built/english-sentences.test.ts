import { expect } from '@esm-bundle/chai';
import { FIXTURES, waitFor } from '../helpers.js';
import { BUNDLE, partsIn } from './built-page.js';

/**
 * English's sentences of errors and notices are a file beside the script
 * (`transcript-player.en.js`), fetched the first time a player has something to say: a
 * page where nothing goes wrong never loads it, and a page where something does says it
 * whole, as before.
 */
const ALONE = new URL('/test-routes/alone/transcript-player.iife.js', location.href).href;

type Frame = HTMLIFrameElement & { contentWindow: Window; contentDocument: Document };

async function page(body: string, script = BUNDLE): Promise<Frame> {
  const frame = document.createElement('iframe') as Frame;
  frame.style.cssText = 'width: 640px; height: 600px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><body>${body}<script src="${script}"></script></body></html>`;
  document.body.append(frame);
  await waitFor(() => Boolean(frame.contentWindow?.customElements.get('transcript-player')), 'the element to be defined');
  return frame;
}

const player = (frame: Frame) => frame.contentDocument.querySelector('transcript-player')!;
const shown = (frame: Frame, part: string) => partsIn(player(frame), part).map((element) => element.textContent ?? '');
const fetchedEnglish = (frame: Frame) =>
  frame.contentWindow.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/transcript-player.en.js')).length;

describe('dist/transcript-player.iife.js: English sentences of errors, fetched on use', () => {
  let frame: Frame | undefined;
  afterEach(() => frame?.remove());

  it('a page where nothing goes wrong never fetches them', async () => {
    frame = await page(
      `<transcript-player src="${FIXTURES}tone-10s.mp3" transcript="${FIXTURES}tone-10s.transcript.json" chapters="${FIXTURES}tone-10s.chapters.json"></transcript-player>`,
    );
    await waitFor(() => shown(frame!, 'chapter').length === 4 && shown(frame!, 'segment').length > 0, 'the lines and chapters');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(shown(frame, 'error')).to.deep.equal([]);
    expect(fetchedEnglish(frame)).to.equal(0);
  });

  it('a missing file is said whole, in an alert that appears with its sentence, and the error event has it too', async () => {
    frame = await page(`<transcript-player transcript="${FIXTURES}missing.transcript.json"></transcript-player>`);
    const messages: string[] = [];
    player(frame).addEventListener('error', (event) => messages.push((event as CustomEvent<{ message: string }>).detail.message));
    const seen: string[][] = [];
    await waitFor(() => {
      seen.push(shown(frame!, 'error'));
      return shown(frame!, 'error').length === 1;
    }, 'the error');
    expect(shown(frame, 'error')[0]).to.match(/^The transcript file "missing\.transcript\.json" could not be loaded: .*404/);
    expect(seen.flat(), 'never an empty alert').to.not.include('');
    expect(fetchedEnglish(frame)).to.equal(1);
    await waitFor(() => messages.length === 1, 'the error event');
    expect(messages[0]).to.equal(shown(frame, 'error')[0]);
  });

  it('a site that copied the script alone still says which file and what went wrong', async () => {
    frame = await page(`<transcript-player transcript="${FIXTURES}missing.transcript.json"></transcript-player>`, ALONE);
    await waitFor(() => shown(frame!, 'error').length === 1, 'the error');
    expect(shown(frame, 'error')[0]).to.match(/^The transcript file "missing\.transcript\.json": fetch-http \(status: 404/);
  });
});
