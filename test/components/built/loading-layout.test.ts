import { expect } from '@esm-bundle/chai';
import { builtPage, closeBuiltPages, FIXTURES, partsIn, waitFor, type BuiltPage, type BuiltPlayer } from './built-page.js';

/**
 * A player loading its files held less room than it took once they came: the page under it
 * moved down by the transcript's height (340 px on a blog, as a listener starts to read), and
 * the controls moved down when the first chapter's title came above them. Now each loading
 * panel holds the room it will take, and the chapter's line is kept. Measured on the built
 * file, in every engine, at a phone's width (the panels one above the other) and a wide one.
 */
describe('a loading player holds its room, in the built file', () => {
  afterEach(closeBuiltPages);

  let pageCount = 0;
  // A query of its own on each page: a file the browser kept from an earlier test would come at once.
  const late = (ms: number, file: 'transcript' | 'chapters', words?: number) =>
    new URL(`/test-routes/late/${ms}/${file}.json?page=${pageCount}${words ? `&words=${words}` : ''}`, location.href).href;

  async function loadingPage(width: number, transcriptMs: number, chaptersMs: number, words?: number): Promise<BuiltPage> {
    pageCount++;
    const page = await builtPage(
      `<p>The article begins.</p>
      <transcript-player src="${FIXTURES}tone-10s.mp3" transcript="${late(transcriptMs, 'transcript', words)}" chapters="${late(chaptersMs, 'chapters')}"></transcript-player>
      <p id="below">The article goes on under the player.</p>`,
      { head: '<style>body { margin: 8px; font: 16px/1.5 sans-serif }</style>' },
    );
    page.frame.style.width = `${width}px`;
    page.frame.style.height = '1400px';
    return page;
  }

  const frame = (page: BuiltPage) => new Promise((resolve) => page.window.requestAnimationFrame(resolve));
  const top = (element: Element) => element.getBoundingClientRect().top;
  const lines = (player: BuiltPlayer) => partsIn(player, 'segment');
  const chapterRows = (player: BuiltPlayer) => partsIn(player, 'chapter');
  const loadingStatus = (player: BuiltPlayer, panel: 'transcript' | 'chapters') =>
    player.shadowRoot!.querySelector(`${panel === 'transcript' ? 'section.transcript' : 'nav.chapters'} [role="status"]`);

  /** Where the text under the player and the play button are, each time `until` is checked. */
  async function positionsUntil(page: BuiltPage, until: () => boolean): Promise<{ below: number[]; play: number[] }> {
    const player = page.player();
    const seen = { below: [] as number[], play: [] as number[] };
    const record = () => {
      seen.below.push(top(page.document.getElementById('below')!));
      const play = partsIn(player, 'play-button')[0];
      if (play) seen.play.push(top(play));
    };
    const start = performance.now();
    while (!until()) {
      if (performance.now() - start > 15000) throw new Error('the transcript and the chapters did not come');
      record();
      await frame(page);
    }
    await frame(page);
    record();
    return seen;
  }

  const spread = (values: number[]) => Math.max(...values) - Math.min(...values);

  for (const width of [320, 900]) {
    for (const [first, transcriptMs, chaptersMs] of [
      ['the chapters', 2000, 1000],
      ['the transcript', 1000, 2000],
    ] as const) {
      it(`${width} px wide, ${first} first: nothing under the player moves, nor the controls`, async () => {
        const page = await loadingPage(width, transcriptMs, chaptersMs);
        const player = page.player();
        await waitFor(() => !!loadingStatus(player, 'transcript') && !!loadingStatus(player, 'chapters'), 'both panels to say they load');
        const seen = await positionsUntil(page, () => lines(player).length > 0 && chapterRows(player).length > 0);
        expect(seen.below.length, 'frames seen while loading').to.be.above(5);
        expect(spread(seen.below), `the text under the player moved (${seen.below[0]} → ${seen.below.at(-1)} px)`).to.be.below(1);
        expect(seen.play.length).to.be.above(5);
        expect(spread(seen.play), `the play button moved (${seen.play[0]} → ${seen.play.at(-1)} px)`).to.be.below(1);
      });
    }
  }

  for (const width of [320, 900]) {
    it(`${width} px wide, the transcript first: its lines do not move down when the first chapter's heading comes above them`, async () => {
      // The first chapter starts with the episode, so its heading goes above the first line:
      // while the chapters are on their way, that line keeps the heading's room.
      const page = await loadingPage(width, 500, 2500);
      const player = page.player();
      await waitFor(() => lines(player).length > 0, 'the first lines', 15000);
      const tops: number[] = [];
      while (chapterRows(player).length === 0) {
        tops.push(top(lines(player)[0]!));
        await frame(page);
      }
      await frame(page);
      tops.push(top(lines(player)[0]!));
      expect(tops.length, 'frames seen between the lines and the chapters').to.be.above(5);
      expect(spread(tops), `the first line moved (${tops[0]} → ${tops.at(-1)} px)`).to.be.below(1);
      const heading = partsIn(player, 'chapter-heading')[0];
      expect(heading?.textContent ?? '').to.contain('Introductions');
      expect(heading!.getBoundingClientRect().bottom <= top(lines(player)[0]!), 'the heading is above the first line').to.equal(true);
    });
  }

  it('a transcript of hours shows its times with the hour from its first lines: the column does not widen once the rest is read', async () => {
    // Its first lines all start in the first minutes; the file's size says it goes on for
    // hours (the test route's transcript lasts 4 h 26 min), so the hour field is there at once.
    const page = await loadingPage(900, 300, 0);
    const player = page.player();
    await waitFor(() => lines(player).length > 0, 'the first lines', 15000);
    const first = () => lines(player)[0]!;
    const lefts: number[] = [];
    const times = new Set<string>();
    const start = performance.now();
    while (player.segments.length < 4000) {
      if (performance.now() - start > 15000) throw new Error(`the whole transcript was not read (${player.segments.length} lines)`);
      lefts.push(first().querySelector('.text')!.getBoundingClientRect().left);
      times.add(first().querySelector('time')!.textContent ?? '');
      await frame(page);
    }
    await frame(page);
    lefts.push(first().querySelector('.text')!.getBoundingClientRect().left);
    times.add(first().querySelector('time')!.textContent ?? '');
    expect(lefts.length, 'frames seen before the whole file was read').to.be.above(1);
    expect([...times].join(', ')).to.equal('0:00:00');
    expect(spread(lefts), `the first line's text moved (${lefts[0]} → ${lefts.at(-1)} px)`).to.be.below(0.5);
  });

  it('a long transcript under an hour keeps its times without an hour field, from its first lines to its last', async () => {
    // 5,000 words of 0.4 s: 33 minutes, in a file long enough for its first lines to come first.
    const page = await loadingPage(900, 300, 0, 5000);
    const player = page.player();
    await waitFor(() => lines(player).length > 0, 'the first lines', 15000);
    const times = new Set<string>();
    const start = performance.now();
    while (player.segments.length < 500) {
      if (performance.now() - start > 15000) throw new Error(`the whole transcript was not read (${player.segments.length} lines)`);
      times.add(lines(player)[0]!.querySelector('time')!.textContent ?? '');
      await frame(page);
    }
    await frame(page);
    times.add(lines(player)[0]!.querySelector('time')!.textContent ?? '');
    expect([...times].join(', ')).to.equal('0:00');
  });

  it('while the transcript loads, its status stands where its lines will be: under the search field, which stays put', async () => {
    const page = await loadingPage(900, 1500, 0);
    const player = page.player();
    await waitFor(() => !!loadingStatus(player, 'transcript'), 'the transcript to say it loads');
    const search = () => partsIn(player, 'search-input')[0]!;
    const searchTop = top(search());
    expect(top(loadingStatus(player, 'transcript')!)).to.be.at.least(search().getBoundingClientRect().bottom);
    await waitFor(() => lines(player).length > 0, 'the lines', 15000);
    expect(top(search())).to.be.closeTo(searchTop, 0.5);
  });

  it('a chapter time of an hour or more never breaks, however long the title beside it', async () => {
    const page = await loadingPage(320, 0, 0);
    const player = page.player();
    await waitFor(() => chapterRows(player).length >= 3, 'the chapters');
    const times = chapterRows(player).map((row) => row.querySelector('time')!);
    expect(times.map((time) => time.textContent)).to.include('0:26:40');
    for (const time of times) {
      // The time's box is as tall as its row (a flex item); its text's line boxes say whether it broke.
      const range = page.document.createRange();
      range.selectNodeContents(time);
      const lineTops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      expect(lineTops.size, `"${time.textContent}" on one line`).to.equal(1);
    }
  });
});
