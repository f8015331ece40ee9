import { expect } from '@esm-bundle/chai';
import { builtPage, type BuiltPage, closeBuiltPages, FIXTURES, partsIn, shown, waitFor } from './built-page.js';

/**
 * The parsers of the formats few feeds use (HTML, timestamped lines, plain text, Podlove) are
 * not in the script-tag file but in transcript-player.formats.js beside it: a page with a
 * Podcasting 2.0 JSON, SubRip or WebVTT transcript never fetches it; a page with an HTML
 * transcript or Podlove chapters does, while it fetches the file itself; a page without it
 * says so in the player.
 */
const FORMATS = 'transcript-player.formats.js';
const TONE = `${FIXTURES}tone-10s.mp3`;
const SLOW = new URL('/test-routes/slow/', location.href).href;
const ALONE = new URL('/test-routes/alone/transcript-player.iife.js', location.href).href;

const LINES = ['Line one.', 'Line two.', 'Line three.', 'Line four.', 'Line five.'];

const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const lines = (player: Element) => partsIn(player, 'segment').map(text);
/** The five lines of the fixtures, each after its time and speaker. */
const theFiveLines = (player: Element) => lines(player).length === 5 && lines(player).every((line, i) => line.endsWith(LINES[i]!));
const chapterTitles = (player: Element) => partsIn(player, 'chapter-title').map(text);
const fetched = (win: Window, ending: string) =>
  win.performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.endsWith(ending)) as PerformanceResourceTiming[];

describe('the rare formats’ parsers, beside the built file', () => {
  let page: BuiltPage | undefined;
  afterEach(closeBuiltPages);

  it('are not in the script', async () => {
    const bundle = await (await fetch(new URL('/dist/transcript-player.iife.js', location.href))).text();
    const beside = await fetch(new URL(`/dist/${FORMATS}`, location.href), { method: 'HEAD' });
    expect(beside.ok, `${FORMATS} is built beside the script`).to.equal(true);
    // What only the HTML reader has: the tags of a web page that is no transcript.
    expect(bundle).not.to.contain('script|nav|header|footer');
  });

  for (const [format, file] of [
    ['Podcasting 2.0 JSON', 'tone-10s.transcript.json'],
    ['SubRip', 'tone-10s.transcript.srt'],
  ]) {
    it(`are not fetched by a page with a ${format} transcript and JSON chapters`, async () => {
      page = await builtPage(
        `<transcript-player src="${TONE}" transcript="${FIXTURES}${file}" chapters="${FIXTURES}tone-10s.chapters.json"></transcript-player>`,
      );
      const player = page.player();
      await waitFor(() => lines(player).length === 5 && chapterTitles(player).length === 4, 'the transcript and the chapters');
      expect(theFiveLines(player), lines(player).join(' | ')).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(fetched(page.window, FORMATS), FORMATS).to.deep.equal([]);
    });
  }

  it('are fetched by a page with an HTML transcript while it fetches the transcript, not after', async () => {
    // The transcript takes a second to come: the parsers, asked for by its name, come meanwhile.
    page = await builtPage(
      `<transcript-player src="${TONE}" transcript="${SLOW}1000/tone-10s.transcript.html" chapters="${FIXTURES}tone-10s.chapters.json"></transcript-player>`,
    );
    const player = page.player();
    await waitFor(() => lines(player).length === 5 && chapterTitles(player).length === 4, 'the transcript and the chapters');
    expect(theFiveLines(player), lines(player).join(' | ')).to.equal(true);
    expect(shown(player).errors).to.deep.equal([]);
    const [parsers, ...again] = fetched(page.window, FORMATS);
    expect(again, 'fetched once').to.deep.equal([]);
    const [transcript] = fetched(page.window, 'tone-10s.transcript.html');
    expect(parsers && transcript, 'both fetched').to.not.equal(undefined);
    expect(parsers!.responseEnd, 'the parsers came before the transcript').to.be.below(transcript!.responseEnd);
  });

  it('are fetched by a page with Podlove Simple Chapters', async () => {
    page = await builtPage(
      `<transcript-player src="${TONE}" transcript="${FIXTURES}tone-10s.transcript.srt" chapters="${FIXTURES}tone-10s.chapters.psc.xml"></transcript-player>`,
    );
    const player = page.player();
    await waitFor(() => lines(player).length === 5 && chapterTitles(player).length === 4, 'the transcript and the chapters');
    expect(chapterTitles(player)).to.deep.equal(['Chapter A', 'Chapter B', 'Chapter C', 'Chapter D']);
    expect(shown(player).errors).to.deep.equal([]);
    expect(fetched(page.window, FORMATS)).to.have.length(1);
  });

  it('are fetched for a file the name of which says nothing, once its content is there', async () => {
    page = await builtPage(`<transcript-player src="${TONE}"></transcript-player>`);
    const player = page.player();
    const html = await (await fetch(`${FIXTURES}tone-10s.transcript.html`)).text();
    player.transcriptData = html;
    await waitFor(() => lines(player).length === 5, 'the transcript');
    expect(theFiveLines(player), lines(player).join(' | ')).to.equal(true);
    expect(fetched(page.window, FORMATS)).to.have.length(1);
  });
});

describe('dist/transcript-player.iife.js alone, with an HTML transcript', () => {
  type Frame = HTMLIFrameElement & { contentWindow: Window; contentDocument: Document };
  let frame: Frame | undefined;
  afterEach(() => frame?.remove());

  async function alonePage(body: string): Promise<Element> {
    frame = document.createElement('iframe') as Frame;
    frame.style.cssText = 'width: 640px; height: 560px; border: 0';
    frame.srcdoc = `<!doctype html><html lang="en"><body>${body}<script src="${ALONE}"></script></body></html>`;
    document.body.append(frame);
    await waitFor(() => Boolean(frame!.contentWindow?.customElements.get('transcript-player')), 'the element to be defined');
    return frame.contentDocument.querySelector('transcript-player')!;
  }

  it('says in the player which file it could not load, and still reads JSON chapters', async () => {
    const player = await alonePage(
      `<transcript-player src="${TONE}" transcript="${FIXTURES}tone-10s.transcript.html" chapters="${FIXTURES}tone-10s.chapters.json"></transcript-player>`,
    );
    await waitFor(() => shown(player).errors.length > 0, 'the error in the widget');
    expect(shown(player).errors[0]!.text).to.match(
      /^The transcript file "tone-10s\.transcript\.html" could not be loaded \(.*transcript-player\.formats\.js/,
    );
    await waitFor(() => chapterTitles(player).length === 4, 'the chapters');
  });
});
