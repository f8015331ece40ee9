import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TranscriptPlayer } from '../../src/components/transcript-player.js';
import { FIXTURES, partsOf, waitFor } from './helpers.js';

/**
 * Feeds, transcript languages and the chapters inside an MP3 on the script-tag build
 * (dist/transcript-player.iife.js, `npm run build`), alone on a static page: the feed and
 * ID3 readers are not in it, but in transcript-player.feed.js and transcript-player.id3.js
 * beside it, fetched only by a page that needs them.
 */
const BUNDLE = new URL('/dist/transcript-player.iife.js', location.href).href;
const ROUTES = new URL('/test-routes/', location.href).href;
const LANGUAGES = `${FIXTURES}tone-10s.feed-languages.xml`;

type Frame = HTMLIFrameElement & { contentWindow: Window; contentDocument: Document };

async function page(body: string, script = BUNDLE): Promise<Frame> {
  const frame = document.createElement('iframe') as Frame;
  frame.style.cssText = 'width: 700px; height: 900px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><body>${body}<script src="${script}"></script></body></html>`;
  document.body.append(frame);
  await waitFor(() => Boolean(frame.contentWindow?.customElements.get('transcript-player')), 'the element to be defined');
  return frame;
}

const playerIn = (frame: Frame) => frame.contentDocument.querySelector('transcript-player') as TranscriptPlayer;
/** Parts inside the frame's player (its shadow root: `instanceof Element` does not hold across frames). */
const parts = (frame: Frame, name: string) => {
  const root = playerIn(frame)?.shadowRoot;
  return root ? partsOf(root, name) : [];
};
const text = (element: Element | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const lineTexts = (frame: Frame) => parts(frame, 'segment').map((line) => text(line.querySelector('.text') ?? line));
const chapterTitles = (frame: Frame) => parts(frame, 'chapter-title').map(text);
const errorsShown = (frame: Frame) => parts(frame, 'error').map(text);
const menu = (frame: Frame) => parts(frame, 'transcript-language')[0] as HTMLSelectElement | undefined;
/** What the page fetched of the files beside the script. */
const readersFetched = (frame: Frame) =>
  frame.contentWindow.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.split('/').pop()!)
    .filter((name) => /^transcript-player\.(feed|id3)\.js$/.test(name));

async function requestsFor(url: string): Promise<number> {
  const id = /\/counted\/([\w-]+)\//.exec(url)![1]!;
  return ((await (await fetch(`${ROUTES}requests/${id}`)).json()) as { count: number }).count;
}
const token = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

describe('dist/transcript-player.iife.js with feeds and chapters inside the MP3', () => {
  let frame: Frame | undefined;
  beforeEach(async () => {
    // Off the frames: a player appearing under the pointer would get pointerenter (intent).
    await sendMouse({ type: 'move', position: [795, 595] });
  });
  afterEach(() => frame?.remove());

  it('does not carry the feed or ID3 reader: a page without a feed fetches neither', async () => {
    const bundle = await (await fetch(BUNDLE)).text();
    const beside = await fetch(new URL('transcript-player.feed.js', BUNDLE), { method: 'HEAD' });
    expect(beside.ok, 'the feed reader is built beside the script').to.equal(true);
    expect(bundle, 'the XML reader').not.to.contain('xml-mismatched-tag",{');
    expect(bundle, 'the ID3 reader').not.to.contain('CTOC');
    frame = await page(`<transcript-player src="${FIXTURES}tone-10s.wav" transcript="${FIXTURES}tone-10s.transcript.txt"
      chapters="${FIXTURES}tone-10s.chapters.json"></transcript-player>`);
    await waitFor(() => lineTexts(frame!).length === 5, 'the transcript');
    playerIn(frame).dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readersFetched(frame)).to.deep.equal([]);
  });

  it('reads a feed with the reader beside the script, and switches the transcript language from the keyboard', async () => {
    frame = await page(`<transcript-player feed="${LANGUAGES}"></transcript-player>`);
    await waitFor(() => lineTexts(frame!).length === 5, 'the transcript');
    expect(text(parts(frame, 'episode-title')[0])).to.equal('Ten seconds of tone, in three languages');
    expect(lineTexts(frame)[0]).to.equal('AdaLine one.');
    expect(readersFetched(frame)).to.deep.equal(['transcript-player.feed.js']);
    menu(frame)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => lineTexts(frame!)[0] === 'AdaZeile eins.', 'the German transcript');
    expect(menu(frame)!.value).to.equal('de');

    // The same page again: the choice was remembered with the resume position.
    frame.contentWindow.location.reload();
    await waitFor(
      () => frame!.contentWindow.customElements?.get('transcript-player') !== undefined && lineTexts(frame!).length === 5,
      'the page again',
    );
    await waitFor(() => lineTexts(frame!)[0] === 'AdaZeile eins.', 'German after the reload');
    expect(menu(frame)!.value).to.equal('de');
    for (const key of Object.keys(localStorage)) if (key.startsWith('transcript-player:')) localStorage.removeItem(key);
  });

  it('shows a feed that is not XML, with line and column, and a feed another site does not share', async () => {
    frame = await page(`<transcript-player feed="${FIXTURES}tone-10s.feed-cut.xml"></transcript-player>`);
    await waitFor(() => errorsShown(frame!).length === 1, 'the error');
    expect(errorsShown(frame)[0]).to.equal(
      'The feed "tone-10s.feed-cut.xml" could not be used: line 24, column 7: the file ends inside <item> (opened on line 19): it is cut off or not well-formed.',
    );
    const other = new URL(`${FIXTURES}tone-10s.feed.xml`);
    other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    playerIn(frame).setAttribute('feed', other.href);
    await waitFor(() => /another site/.test(errorsShown(frame!)[0] ?? ''), 'the CORS message');
    expect(errorsShown(frame)[0]).to.contain('Access-Control-Allow-Origin').and.contain('npx podcast-transcript-player episode');
  });

  it('reads the chapters inside an MP3 only after intent under preload="none", with the reader beside the script', async () => {
    const src = `${ROUTES}counted/${token('iife-id3')}/tone-10s-chapters-v23.mp3`;
    frame = await page(`<transcript-player src="${src}" transcript="${FIXTURES}tone-10s.transcript.txt"></transcript-player>`);
    await waitFor(() => lineTexts(frame!).length === 5, 'the transcript');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await requestsFor(src), 'no audio request before intent').to.equal(0);
    expect(readersFetched(frame)).to.deep.equal([]);
    playerIn(frame).dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await waitFor(() => chapterTitles(frame!).length === 4, 'the chapters');
    expect(chapterTitles(frame)).to.deep.equal(['Anfang – Ä', 'Zweites Kapitel', 'Drittes', 'Ende ✓']);
    expect(readersFetched(frame)).to.deep.equal(['transcript-player.id3.js']);
  });

  it('says, in the chapters area, that a server without Range support was not asked for the whole file', async () => {
    frame = await page(
      `<transcript-player src="${ROUTES}no-range/tone-10s-chapters-v24.mp3" chapters="embedded" lang="de"></transcript-player>`,
    );
    const german =
      'Die Kapitel in „tone-10s-chapters-v24.mp3“ wurden nicht gelesen: Der Server beantwortet keine HTTP-Range-Anfragen, und die ganze Datei wird dafür nicht geladen.';
    // German comes from beside the script; until it has, the player is drawn but not shown.
    await waitFor(() => parts(frame!, 'notice').length === 1 && text(parts(frame!, 'notice')[0]) === german, 'the notice in German').catch(
      (error: Error) => {
        throw new Error(`${error.message}: ${parts(frame!, 'notice').map(text).join(' | ') || 'no notice'}`);
      },
    );
    expect(errorsShown(frame)).to.deep.equal([]);
  });

  it('says which file is missing when only the script was copied', async () => {
    frame = await page(`<transcript-player feed="${LANGUAGES}"></transcript-player>`, `${ROUTES}alone/transcript-player.iife.js`);
    await waitFor(() => errorsShown(frame!).length === 1, 'the error');
    expect(errorsShown(frame)[0]).to.match(/^The feed "tone-10s\.feed-languages\.xml" could not be loaded \(.*transcript-player\.feed\.js/);
  });

  it('reads a transcript file with the script alone: its reader is inside', async () => {
    frame = await page(
      `<transcript-player src="${FIXTURES}tone-10s.mp3" transcript="${FIXTURES}tone-10s.transcript.json"></transcript-player>`,
      `${ROUTES}alone/transcript-player.iife.js`,
    );
    await waitFor(() => lineTexts(frame!).length === 5, 'the transcript');
    expect(errorsShown(frame)).to.deep.equal([]);
  });
});
