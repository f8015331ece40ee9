import { expect } from '@esm-bundle/chai';
import { sendMouse } from '@web/test-runner-commands';
import { builtPage, type BuiltPage, type BuiltPlayer, closeBuiltPages, FIXTURES, partsIn, userClick, waitFor } from './built-page.js';

/**
 * What a listener uses only once they interact — search, the transcript download, sharing
 * and quoting, the lock screen — is code in files beside the built script
 * (`transcript-player.search.js`, `.download.js`, `.share.js`, `.media-session.js`), fetched
 * on use. A page nobody touches fetches none of them; each feature works from the built file
 * on its first use, also when its file comes late (a slow CDN: `/test-routes/slow-dist/`
 * delays every file but the script), and says which file is missing when it is.
 */
const FEATURE_FILES = ['search', 'download', 'share', 'media-session'].map((name) => `transcript-player.${name}.js`);
const LATE = new URL('/test-routes/slow-dist/600/transcript-player.iife.js', location.href).href;
const ALONE = new URL('/test-routes/alone/transcript-player.iife.js', location.href).href;
const EPISODE = `src="${FIXTURES}tone-10s.mp3" transcript="${FIXTURES}tone-10s.transcript.json" chapters="${FIXTURES}tone-10s.chapters.json" episode-title="Tone test"`;

/** The files of `FEATURE_FILES` the page has requested so far. */
function fetchedFeatures(page: BuiltPage): string[] {
  const names = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.split('/').pop()!);
  return FEATURE_FILES.filter((file) => names.includes(file));
}

async function episodePage(bundle?: string): Promise<{ page: BuiltPage; player: BuiltPlayer }> {
  const page = await builtPage(`<transcript-player ${EPISODE}></transcript-player>`, bundle ? { bundle } : {});
  const player = page.player();
  await waitFor(() => player.segments.length > 0 && partsIn(player, 'segment').length > 0, 'the transcript');
  return { page, player };
}

const part = (player: BuiltPlayer, name: string) => partsIn(player, name)[0]!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('features loaded on use, from the built file', () => {
  let page: BuiltPage | undefined;
  afterEach(closeBuiltPages);

  it('a page nobody touches fetches none of their files', async () => {
    const made = await episodePage();
    page = made.page;
    await sleep(500);
    expect(partsIn(made.player, 'search-input'), 'the search box is there').to.have.length(1);
    expect(partsIn(made.player, 'share'), 'the share button is there').to.have.length(1);
    expect(fetchedFeatures(page)).to.deep.equal([]);
  });

  it('search: what is typed before its file arrives is searched once it has', async () => {
    const made = await episodePage(LATE);
    page = made.page;
    const input = part(made.player, 'search-input') as HTMLInputElement;
    input.focus();
    input.value = 'line';
    input.dispatchEvent(new page.window.InputEvent('input', { data: 'line', inputType: 'insertText' }));
    expect(part(made.player, 'search-count').textContent, 'nothing yet: the file is on its way').to.equal('');
    const lines = made.player.segments.filter((segment) => /line/i.test(segment.text)).length;
    expect(lines).to.be.greaterThan(1);
    await waitFor(() => part(made.player, 'search-count').textContent === `1 of ${lines}`, 'the matches');
    expect(partsIn(made.player, 'match').length).to.be.greaterThan(0);
    expect(fetchedFeatures(page)).to.deep.equal(['transcript-player.search.js']);
  });

  it('download: a click before the writers arrive gets the file once they have', async () => {
    const made = await episodePage(LATE);
    page = made.page;
    const link = partsIn(made.player, 'transcript-download-link')[1] as HTMLAnchorElement;
    expect(link.download).to.equal('Tone-test.vtt');
    // The browser's own download is held back; the file at the link's address is read instead.
    page.window.addEventListener('click', (event) => event.preventDefault());
    link.click();
    expect(link.getAttribute('href'), 'held until the writers are here').to.equal('#');
    await waitFor(() => link.getAttribute('href')!.startsWith('blob:'), 'the file');
    expect(await (await page.window.fetch(link.href)).text()).to.match(/^WEBVTT\n\n00:00:00\.000 --> 00:00:02\.000\n<v Ada>Line one\.\n/);
    expect(fetchedFeatures(page)).to.deep.equal(['transcript-player.download.js']);
  });

  it('copy link: a real click that comes before its file still copies, within the click’s moment', async () => {
    const made = await episodePage(LATE);
    page = made.page;
    made.player.id = 'ep';
    made.player.seek(3.25);
    // The real clipboard: whether the browser still counts the click when the file has arrived is what is tested.
    await userClick(part(made.player, 'share'));
    expect(fetchedFeatures(page), 'the click came before the file').to.deep.equal([]);
    expect(part(made.player, 'share-status').textContent).to.equal('');
    await waitFor(() => part(made.player, 'share-status').textContent !== '', 'the share status', 5000);
    expect(part(made.player, 'share-status').textContent).to.equal('Link copied.');
    expect(fetchedFeatures(page)).to.deep.equal(['transcript-player.share.js']);
  });

  it('copy link: the pointer on the button fetches its file, and the click copies at once', async () => {
    const made = await episodePage();
    page = made.page;
    const button = part(made.player, 'share');
    button.scrollIntoView({ block: 'center' });
    const frame = page.frame.getBoundingClientRect();
    const box = button.getBoundingClientRect();
    // From elsewhere first: the last test clicked this same spot, and a pointer that does not move enters nothing.
    await sendMouse({ type: 'move', position: [0, 0] });
    await sendMouse({ type: 'move', position: [Math.round(frame.left + box.left + 4), Math.round(frame.top + box.top + box.height / 2)] });
    await waitFor(() => fetchedFeatures(page!).length > 0, 'the file fetched on hover');
    expect(fetchedFeatures(page)).to.deep.equal(['transcript-player.share.js']);
    await userClick(button);
    await waitFor(() => part(made.player, 'share-status').textContent !== '', 'the share status', 5000);
    expect(part(made.player, 'share-status').textContent).to.equal('Link copied.');
  });

  it('quote: a selection in the transcript offers a link to those lines, copied on click', async () => {
    const made = await episodePage();
    page = made.page;
    const win = page.window;
    let copied = '';
    win.navigator.clipboard.writeText = async (text: string) => {
      copied = text;
    };
    // Read at each move: scrolling a line into view may scroll the test's own page too.
    const at = (element: Element, end: boolean): [number, number] => {
      const frame = page!.frame.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      return [Math.round(frame.left + (end ? box.right - 2 : box.left + 2)), Math.round(frame.top + box.top + box.height / 2)];
    };
    const texts = partsIn(made.player, 'segment').map((line) => line.querySelector('.text')!);
    texts[1]!.scrollIntoView({ block: 'center' });
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
    await sendMouse({ type: 'move', position: at(texts[1]!, false) });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: at(texts[2]!, true) });
    await sendMouse({ type: 'up' });
    await waitFor(() => partsIn(made.player, 'quote-link').length === 1, `the quote link (selected: ${String(win.getSelection())})`);
    part(made.player, 'quote-link').click();
    await waitFor(() => copied !== '', 'the copy');
    expect(copied.endsWith('#t=2,6'), copied).to.equal(true);
    expect(made.player.currentTime, 'selecting is not seeking').to.equal(0);
    expect(fetchedFeatures(page)).to.deep.equal(['transcript-player.share.js']);
    win.getSelection()?.removeAllRanges();
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('lock screen: shows the episode once playing', async () => {
    const made = await episodePage();
    page = made.page;
    await userClick(part(made.player, 'play-button'));
    await waitFor(() => !made.player.paused, 'playing');
    await waitFor(() => fetchedFeatures(page!).includes('transcript-player.media-session.js'), 'the lock screen’s file');
    const session = page.window.navigator.mediaSession as MediaSession | undefined;
    if (session && typeof page.window.MediaMetadata === 'function') {
      await waitFor(() => session.metadata?.title === 'Tone test', 'the episode on the lock screen');
      expect(session.playbackState).to.equal('playing');
    }
    made.player.pause();
  });

  it('lock screen: without its file, the episode plays and the player says which file is missing', async () => {
    const made = await episodePage(new URL('/test-routes/without/media-session/transcript-player.iife.js', location.href).href);
    page = made.page;
    await userClick(part(made.player, 'play-button'));
    await waitFor(() => !made.player.paused && made.player.currentTime > 0.2, 'playing');
    await waitFor(() => partsIn(made.player, 'error').length > 0, 'the missing file named in the player');
    expect(part(made.player, 'error').textContent).to.match(
      /^The controls on the lock screen and in the system's media panel could not be set up \(.*transcript-player\.media-session\.js/,
    );
    expect(made.player.hasAttribute('error'), 'not an error of the audio').to.equal(false);
    expect(made.player.paused, 'still playing').to.equal(false);
    made.player.pause();
  });

  it('without its file beside the script, search says which file is missing', async () => {
    const made = await episodePage(ALONE);
    page = made.page;
    const input = part(made.player, 'search-input') as HTMLInputElement;
    input.focus();
    await waitFor(
      () => /transcript-player\.search\.js/.test(part(made.player, 'search-count').textContent ?? ''),
      'the missing file named',
    );
    expect(part(made.player, 'search-count').textContent).to.match(/^The transcript data could not be loaded \(/);
  });
});
