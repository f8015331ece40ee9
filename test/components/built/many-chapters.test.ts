import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { builtPage, type BuiltPage, type BuiltPlayer, closeBuiltPages, partsIn, waitFor } from './built-page.js';

const COUNT = 50_000;

/** A chapters file of `count` chapters, five seconds apart (69 hours: within what the player shows). */
function chaptersFile(count: number) {
  return { version: '1.2.0', chapters: Array.from({ length: count }, (_, i) => ({ startTime: i * 5, title: `Chapter ${i + 1}` })) };
}

type Lit = Element & { updateComplete: Promise<boolean> };

/**
 * A file with 50,000 chapters froze the page for seconds: every chapter was a row and a
 * seek-bar mark. The list is now drawn like the transcript (what is near the part in view)
 * and the marks are capped by the bar's width. Measured on the built file.
 */
describe('50,000 chapters, in the built file', () => {
  let page: BuiltPage | undefined;
  afterEach(closeBuiltPages);

  const list = (player: BuiltPlayer) => player.shadowRoot!.querySelector('tp-chapter-list') as Lit & HTMLElement;
  const rows = (player: BuiltPlayer) => [...list(player).shadowRoot!.querySelectorAll<HTMLElement>('[part~="chapter"]')];
  const rowOf = (player: BuiltPlayer, index: number) =>
    list(player).shadowRoot!.querySelector<HTMLElement>(`[data-row="${index}"] [part~="chapter"]`);
  const focused = (player: BuiltPlayer) => list(player).shadowRoot!.activeElement?.closest('[data-row]')?.getAttribute('data-row');

  async function withChapters(): Promise<{ player: BuiltPlayer; ms: number }> {
    page = await builtPage('<transcript-player></transcript-player>');
    const player = page.player();
    const data = chaptersFile(COUNT);
    const win = page.window;
    const frame = () => new Promise((resolve) => win.requestAnimationFrame(resolve));
    await frame();
    const t0 = win.performance.now();
    player.chaptersData = data;
    await player.updateComplete;
    await list(player)?.updateComplete;
    await player.shadowRoot!.querySelector<Lit>('tp-seek-bar')?.updateComplete;
    await frame();
    await frame();
    return { player, ms: win.performance.now() - t0 };
  }

  it('first render: a few rows and no more marks than the bar has room for (the time is logged; the bench holds figures)', async () => {
    const { player, ms } = await withChapters();
    const marks = partsIn(player, 'chapter-mark').length;
    const barWidth = partsIn(player, 'seek-bar')[0]!.getBoundingClientRect().width;
    console.log(`50,000 chapters: first render ${Math.round(ms)} ms, ${rows(player).length} rows and ${marks} marks in the DOM`);
    expect(player.chapterList.length).to.equal(COUNT);
    // 11–16 s before (every row and every mark drawn); 0.2–0.4 s now. Not asserted: a busy
    // machine stretches it, and what keeps it short is what follows — rows and marks drawn.
    expect(rows(player).length).to.be.at.most(150);
    expect(marks)
      .to.be.above(0)
      .and.at.most(barWidth / 4 + 1);
    // The list scrolls the height of all its rows.
    expect(list(player).scrollHeight).to.be.above(COUNT * 20);
  });

  it('keeps the keyboard: one tab stop, arrows, End to the 50,000th, Home back', async () => {
    const { player } = await withChapters();
    expect(rows(player).filter((row) => row.getAttribute('tabindex') === '0')).to.have.length(1);
    rowOf(player, 0)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => focused(player) === '1', 'focus on the second chapter');
    await sendKeys({ press: 'End' });
    await waitFor(() => focused(player) === String(COUNT - 1), 'focus on the last chapter');
    const last = rowOf(player, COUNT - 1)!;
    expect(last.textContent).to.contain(`Chapter ${COUNT}`);
    expect(last.closest('li')!.getAttribute('aria-posinset')).to.equal(String(COUNT));
    expect(last.closest('li')!.getAttribute('aria-setsize')).to.equal(String(COUNT));
    const box = list(player).getBoundingClientRect();
    const at = last.getBoundingClientRect();
    expect(at.top >= box.top - 1 && at.bottom <= box.bottom + 1, 'the last chapter is in view').to.equal(true);
    await sendKeys({ press: 'ArrowUp' });
    await waitFor(() => focused(player) === String(COUNT - 2), 'focus on the chapter before');
    await sendKeys({ press: 'Home' });
    await waitFor(() => focused(player) === '0', 'focus on the first chapter');
    expect(rows(player).length, 'what was left behind is let go').to.be.at.most(300);
  });

  it('scrolling the list draws the rows that come into view', async () => {
    const { player } = await withChapters();
    const scroller = list(player);
    scroller.scrollTop = scroller.scrollHeight / 2;
    const visible = () => {
      const box = scroller.getBoundingClientRect();
      return rows(player).filter((row) => {
        const at = row.getBoundingClientRect();
        return at.bottom > box.top && at.top < box.bottom;
      });
    };
    await waitFor(() => visible().length >= 5, 'rows in the middle of the list to be drawn');
    const index = Number(visible()[0]!.closest('li')!.dataset.row);
    expect(index).to.be.within(COUNT * 0.4, COUNT * 0.6);
    // Back up a little: what comes into view above is drawn too, and the rows in view stay put.
    const before = visible()[2]!;
    const top = before.getBoundingClientRect().top;
    scroller.scrollTop -= 400;
    await waitFor(() => visible().length >= 5 && Number(visible()[0]!.closest('li')!.dataset.row) < index, 'rows above to be drawn');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(Math.round(before.getBoundingClientRect().top - top)).to.be.closeTo(400, 2);
  });

  it('the current chapter is drawn, marked and in view', async () => {
    const { player } = await withChapters();
    player.seek(30_000 * 5 + 1);
    await waitFor(() => rowOf(player, 30_000)?.getAttribute('aria-current') === 'true', 'chapter 30,001 to be current');
    await list(player).updateComplete;
    await new Promise((resolve) => page!.window.requestAnimationFrame(resolve));
    const box = list(player).getBoundingClientRect();
    const at = rowOf(player, 30_000)!.getBoundingClientRect();
    expect(at.top >= box.top - 1 && at.bottom <= box.bottom + 1, 'the current chapter is in view').to.equal(true);
    expect(
      rows(player)
        .filter((row) => row.getAttribute('tabindex') === '0')
        .map((row) => row.closest('li')!.dataset.row),
    ).to.deep.equal(['30000']);
  });
});
