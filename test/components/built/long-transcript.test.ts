import { expect } from '@esm-bundle/chai';
import { builtPage, type BuiltPage, closeBuiltPages, waitFor } from './built-page.js';

const WORDS = 40_000;

/**
 * A Podcasting 2.0 word-level transcript of 40,000 words (about 3 MB), two speakers, a line
 * every ten words: made by the test server (`test/server/test-routes.mjs`), which also sends
 * it slowly.
 */
async function transcriptFile(): Promise<string> {
  return (await fetch('/test-routes/trickled-transcript/0.json')).text();
}

/**
 * A transcript of more than a million characters: its first lines are shown at once, and the
 * rest is read in slices with frames painted between them, so the page keeps answering.
 * Before, the rest was read in one task of a quarter of a second (a 10-hour episode), with no
 * frame in between.
 */
describe('a long transcript, in the built file', () => {
  let page: BuiltPage | undefined;
  afterEach(closeBuiltPages);

  it('from a slow network, shows its first lines once the file’s first bytes have come, before the rest', async () => {
    const url = new URL('/test-routes/trickled-transcript/2500.json', location.href).href;
    page = await builtPage(`<transcript-player transcript="${url}"></transcript-player>`);
    const player = page.player();
    const win = page.window;
    let ready = false;
    player.addEventListener('ready', () => (ready = true));
    const lines = () => [
      ...(player.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot?.querySelectorAll('[part~="segment"]') ?? []),
    ];
    await waitFor(() => lines().length > 1, 'the first lines', 2000);
    expect(lines()[0]!.textContent).to.contain('word0');
    expect(lines()[0]!.getBoundingClientRect().height, 'on screen').to.be.above(0);
    // The server holds the rest of the file back for 2.5 s: it has not arrived.
    expect(win.performance.getEntriesByName(url), 'the file still arriving').to.have.length(0);
    expect(ready).to.equal(false);
    await waitFor(() => ready, 'the whole file', 8000);
    expect(player.segments.length, 'every line once read').to.equal(4000);
  });

  it('shows its first lines first, then reads the rest while frames are painted, and ends with every line', async () => {
    page = await builtPage('<transcript-player></transcript-player>');
    const player = page.player();
    const win = page.window;
    const text = await transcriptFile();
    expect(text.length).to.be.above(1_000_000);
    let frames = 0;
    let counting = true;
    const count = () => {
      frames++;
      if (counting) win.requestAnimationFrame(count);
    };
    const ready = new Promise<Event>((resolve) => player.addEventListener('ready', resolve, { once: true }));
    player.transcriptData = text;
    await player.updateComplete;
    const first = player.segments.length;
    expect(first, 'the first lines, before the whole file is read').to.be.within(2, 200);
    const lines = () => [...player.shadowRoot!.querySelector('tp-transcript-view')!.shadowRoot!.querySelectorAll('[part~="segment"]')];
    expect(lines().length, 'first lines in the panel').to.be.above(1);
    expect(lines()[0]!.textContent).to.contain('word0');
    win.requestAnimationFrame(count);
    await ready;
    counting = false;
    expect(player.segments.length, 'every line once read').to.equal(WORDS / 10);
    expect(player.segments.at(-1)!.text).to.contain(`word${WORDS - 1}.`);
    // Read in one task, the rest would come with one frame before it at most.
    expect(frames, 'frames painted while the rest was read').to.be.at.least(3);
    await waitFor(() => lines()[0]?.textContent?.includes('word0') ?? false, 'the first line still shown');
  });

  it('drops a long read when another transcript is given while it is being read', async () => {
    page = await builtPage('<transcript-player></transcript-player>');
    const player = page.player();
    const errors: unknown[] = [];
    player.addEventListener('error', (event) => errors.push(event));
    player.transcriptData = await transcriptFile();
    await player.updateComplete;
    expect(player.segments.length, 'the first lines of the long file').to.be.within(2, 200);
    player.transcriptData = { version: '1.0.0', segments: [{ startTime: 0, endTime: 2, body: 'Only this line.' }] };
    await player.updateComplete;
    // Long enough for the abandoned read to have ended, had it gone on.
    await new Promise((resolve) => page!.window.setTimeout(resolve, 1500));
    expect(player.segments.map((segment) => segment.text)).to.deep.equal(['Only this line.']);
    expect(errors).to.deep.equal([]);
  });

  it('reads a long file whose list cannot be cut as a whole, and says where it is broken', async () => {
    page = await builtPage('<transcript-player></transcript-player>');
    const player = page.player();
    // A comma before the list's end: JSON.parse refuses the file, and so does the player.
    const text = (await transcriptFile()).replace(/\]\}$/, ',]}');
    const errors: { message: string; source: string }[] = [];
    player.addEventListener('error', (event) => errors.push((event as unknown as CustomEvent<{ message: string; source: string }>).detail));
    player.transcriptData = text;
    await waitFor(() => errors.length > 0, 'the error event');
    await player.updateComplete;
    expect(errors[0]!.source).to.equal('transcript');
    expect(errors[0]!.message).to.match(
      /^The transcript data could not be used: line 1: this is not valid JSON \(column 3196783: unexpected/,
    );
    const alert =
      player.shadowRoot!.querySelector('tp-transcript-view')?.shadowRoot?.querySelector('[part~="error"]') ??
      player.shadowRoot!.querySelector('[part~="error"]');
    expect(alert?.textContent, 'the message in the player').to.equal(errors[0]!.message);
  });
});
