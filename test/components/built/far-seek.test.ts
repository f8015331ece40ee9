import { expect } from '@esm-bundle/chai';
import { builtPage, type BuiltPage, closeBuiltPages, FIXTURES, partsIn, waitFor } from './built-page.js';

const LINES = 1000;
const WORDS_PER_LINE = 3;

/** 1,000 lines of three timed words each within the tone's ten seconds: far seeks land in lines not drawn yet. */
const transcript = Array.from({ length: LINES }, (_, i) => {
  const start = i / 100;
  const words = Array.from({ length: WORDS_PER_LINE }, (_, k) => ({
    start: start + k * 0.003,
    end: start + (k + 1) * 0.003,
    text: `w${i}.${k}`,
  }));
  return { start, end: start + 0.01, text: words.map((word) => word.text).join(' '), words };
});

/**
 * A far seek draws the lines it lands in with plain text, all but the spoken one, whose words
 * are spans at once for the word highlight; every drawn line's words become spans (the `word`
 * part) when the browser is idle. Spans for every word of every line drawn were most of what
 * a jump cost in its frame.
 */
describe('a far seek, in the built file', () => {
  let page: BuiltPage | undefined;
  afterEach(closeBuiltPages);

  it('marks the spoken line’s words at once, and gives every drawn line its word parts once idle', async () => {
    page = await builtPage(`<transcript-player src="${FIXTURES}tone-10s.mp3" preload="metadata"></transcript-player>`);
    const player = page.player();
    (player as unknown as { transcriptData: unknown }).transcriptData = transcript;
    const lines = () => [
      ...(player.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot?.querySelectorAll<HTMLElement>('[part~="segment"]') ?? []),
    ];
    await waitFor(() => lines().length > 0, 'the first lines');
    await waitFor(() => (player as unknown as { duration: number }).duration > 9, 'the audio’s duration');
    const wordsOf = (line: HTMLElement) => [...line.querySelectorAll<HTMLElement>('[part~="word"]')].map((word) => word.textContent);

    (player as unknown as { seek(time: number): void }).seek(8.5);
    await waitFor(
      () => lines().some((line) => line.dataset.index === '850' && line.getAttribute('aria-current') === 'true'),
      'line 850 spoken',
    );
    const spoken = lines().find((line) => line.dataset.index === '850')!;
    expect(wordsOf(spoken), 'the spoken line’s words').to.deep.equal(['w850.0', 'w850.1', 'w850.2']);
    expect(partsIn(player, 'active-word').map((word) => word.textContent)).to.deep.equal(['w850.0']);

    await waitFor(
      () => lines().some((line) => Number(line.dataset.index) > 800) && lines().every((line) => wordsOf(line).length === WORDS_PER_LINE),
      'every drawn line’s words as parts',
      5000,
    );
    for (const line of lines()) {
      const index = Number(line.dataset.index);
      expect(wordsOf(line)).to.deep.equal([0, 1, 2].map((k) => `w${index}.${k}`));
      expect(line.querySelector('.text')!.textContent).to.equal(transcript[index]!.text);
    }
    expect(
      lines().some((line) => Number(line.dataset.index) > 800),
      `lines near the seek drawn: ${lines()
        .map((line) => line.dataset.index)
        .join(
          ' ',
        )}; scrollTop ${player.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot?.querySelector('.panel')?.scrollTop}; time ${(player as unknown as { currentTime: number }).currentTime}`,
    ).to.equal(true);
  });

  /** A player of the built file with the 1,000 lines, its first lines drawn and the audio's duration known. */
  async function playerWithLines() {
    page = await builtPage(`<transcript-player src="${FIXTURES}tone-10s.mp3" preload="metadata"></transcript-player>`);
    const player = page.player();
    player.transcriptData = transcript;
    const view = () => player.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot;
    await waitFor(
      () => Boolean(view()?.querySelector('[part~="segment"]')) && player.duration > 9,
      'the first lines and the audio’s duration',
    );
    return { win: page.window, player, view };
  }

  it('shows the time at once and the lines it lands in by the next frame, before that frame is painted', async () => {
    const { win, player, view } = await playerWithLines();
    const line850 = () => view()?.querySelector<HTMLElement>('[part~="segment"][data-index="850"]') ?? null;

    player.seek(8.5);
    await player.updateComplete;
    // The seek's own frame: the time and the seek bar (half the work of a far jump).
    expect(player.shadowRoot!.querySelector('[part~="elapsed"]')!.textContent).to.contain('0:08');
    expect(Number(player.shadowRoot!.querySelector('tp-seek-bar')!.shadowRoot!.querySelector('input')!.value)).to.be.closeTo(8.5, 0.01);
    expect(line850() !== null, 'line 850 drawn in the seek’s own frame').to.equal(false);
    // The next frame: drawn, lit and in the panel by the time its callbacks have run, before it is painted.
    const seen = await new Promise<{ lit: boolean; inView: boolean }>((resolve) =>
      win.requestAnimationFrame(() => {
        const line = line850();
        const panel = view()!.querySelector('.panel')!.getBoundingClientRect();
        const box = line?.getBoundingClientRect();
        resolve({
          lit: line?.getAttribute('aria-current') === 'true',
          inView: Boolean(box && box.top >= panel.top - 1 && box.bottom <= panel.bottom + 1),
        });
      }),
    );
    expect(seen).to.deep.equal({ lit: true, inView: true });
  });

  it('seeking one a frame, draws only where the seeks stop (and the first), not the places left at once', async () => {
    const { win, player, view } = await playerWithLines();
    const drawn = new Set<number>();
    const note = () =>
      view()
        ?.querySelectorAll<HTMLElement>('[part~="segment"]')
        .forEach((line) => drawn.add(Number(line.dataset.index)));
    const observer = new win.MutationObserver(note);
    observer.observe(view()!, { childList: true, subtree: true });

    // Four far seeks in four frames in a row, as a scrub makes them.
    for (const time of [2, 4, 6, 8.5]) {
      await new Promise((resolve) => win.requestAnimationFrame(resolve));
      player.seek(time);
    }
    await waitFor(() => view()?.querySelector('[data-index="850"][aria-current="true"]') != null, 'line 850 drawn and lit', 3000);
    observer.disconnect();
    note();
    const panel = view()!.querySelector('.panel')!.getBoundingClientRect();
    const box = view()!.querySelector('[data-index="850"]')!.getBoundingClientRect();
    expect(box.top >= panel.top - 1 && box.bottom <= panel.bottom + 1, 'line 850 in view').to.equal(true);
    expect(drawn.has(400) || drawn.has(600), `lines 400 and 600, left at once, drawn: ${drawn.has(400)}, ${drawn.has(600)}`).to.equal(
      false,
    );
  });

  it('goes to a pause between lines too: the line that comes next is in view, none marked spoken', async () => {
    page = await builtPage(`<transcript-player src="${FIXTURES}tone-10s.mp3" preload="metadata"></transcript-player>`);
    const player = page.player() as unknown as HTMLElement & { transcriptData: unknown; duration: number; seek(time: number): void };
    // 500 short lines with a pause after each, as cues with silence between them are.
    player.transcriptData = Array.from({ length: 500 }, (_, i) => ({ start: i / 50, end: i / 50 + 0.008, text: `line ${i}` }));
    const view = () => player.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot;
    const panel = () => view()!.querySelector<HTMLElement>('.panel')!;
    const lineAt = (index: number) => view()?.querySelector<HTMLElement>(`[part~="segment"][data-index="${index}"]`);
    const inView = (index: number) => {
      const line = lineAt(index);
      if (!line) return false;
      const box = line.getBoundingClientRect();
      const room = panel().getBoundingClientRect();
      return box.top >= room.top - 1 && box.bottom <= room.bottom + 1;
    };
    await waitFor(() => inView(0) && player.duration > 9, 'the first lines and the audio’s duration');
    // 8.51 s: line 425 ended at 8.508, line 426 starts at 8.52.
    player.seek(8.51);
    await waitFor(() => inView(426), `line 426 in view (scrollTop ${panel().scrollTop})`, 3000);
    expect(inView(0)).to.equal(false);
    expect(view()!.querySelector('[aria-current="true"]')).to.equal(null);
  });

  it('keeps its place when the lines come again with other times (the audio’s length changed)', async () => {
    page = await builtPage(`<transcript-player src="${FIXTURES}tone-10s.mp3" preload="metadata"></transcript-player>`);
    const player = page.player() as unknown as HTMLElement & { transcriptData: unknown; duration: number; seek(time: number): void };
    player.transcriptData = transcript;
    const view = () =>
      player.shadowRoot?.querySelector('tp-transcript-view') as
        (HTMLElement & { segments: object[]; updateComplete: Promise<boolean> }) | null;
    const drawn = () =>
      [...(view()?.shadowRoot?.querySelectorAll<HTMLElement>('[part~="segment"]') ?? [])].map((line) => Number(line.dataset.index));
    await waitFor(() => drawn().length > 0 && player.duration > 9, 'the first lines and the audio’s duration');
    player.seek(8.5);
    await waitFor(() => drawn().includes(850), 'line 850 drawn');
    // What a new duration does: the same lines, normalised again into new objects.
    view()!.segments = view()!.segments.map((segment) => ({ ...segment }));
    await view()!.updateComplete;
    expect(drawn(), 'the lines in view, still drawn').to.include(850);
  });
});
