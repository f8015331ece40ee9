import { expect } from '@esm-bundle/chai';
import type { TranscriptPlayer } from '../../src/components/transcript-player.js';
import { LINES_PER_BLOCK } from '../../src/core/line-blocks.js';
import { partsOf, waitFor } from './helpers.js';
import { userClick } from './gesture.js';

/**
 * The built script on a page sent with `default-src 'self'; script-src 'self'; style-src 'self'`
 * (test/csp/player.html through test/server/test-routes.mjs): no inline style or script is
 * allowed, so a `style` attribute set from a template is refused, and the page records
 * each refusal (test/csp/collect-violations.js). Every state must raise none, and what those
 * attributes used to carry must still arrive: chapter marks at their places, speaker
 * colours, the heights of the transcript blocks not yet drawn.
 */

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}
type StrictWindow = Window & typeof globalThis & { cspViolations: Violation[] };
type Player = TranscriptPlayer & HTMLElement;

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/** `rgb(…)` of a `#rrggbb` colour, as getComputedStyle reports it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

describe('dist/transcript-player.iife.js under a strict Content-Security-Policy', () => {
  let frame: HTMLIFrameElement;
  let win: StrictWindow;
  const player = (id: string) => win.document.getElementById(id) as Player;
  const parts = (id: string, name: string) => partsOf(player(id).shadowRoot!, name);
  const viewRoot = (id: string) => player(id).shadowRoot!.querySelector('tp-transcript-view')!.shadowRoot!;
  const violations = () => win.cspViolations.map((v) => `${v.directive} ${v.blocked} ${JSON.stringify(v.sample)} at ${v.source}`);

  before(async function () {
    this.timeout(30000);
    const head = await fetch('/dist/transcript-player.iife.js', { method: 'HEAD' });
    expect(head.ok, 'dist/transcript-player.iife.js exists (npm run build)').to.equal(true);
    frame = document.createElement('iframe');
    frame.width = '1000';
    frame.height = '900';
    frame.src = '/test-routes/csp/player.html';
    document.body.append(frame);
    await waitFor(() => Boolean((frame.contentWindow as StrictWindow | null)?.cspViolations), 'the strict page to load');
    win = frame.contentWindow as StrictWindow;
    await waitFor(
      () =>
        ['speakers', 'long', 'episode'].every(
          (id) =>
            player(id)?.shadowRoot && parts(id, 'segment').length > 0 && parts(id, 'chapter-mark').length > 0 && player(id).duration > 700,
        ),
      'three players with lines, chapter marks and the audio’s length',
      20000,
    );
  });

  after(() => frame?.remove());

  it('is a page that really refuses inline styles (the policy is in force and refusals are counted)', async () => {
    await settle();
    const before = win.cspViolations.length;
    const probe = win.document.createElement('div');
    win.document.body.append(probe);
    probe.setAttribute('style', 'outline: 1px solid red');
    await waitFor(() => win.cspViolations.length > before, 'the refusal of an inline style attribute');
    expect(win.getComputedStyle(probe).outlineStyle).to.equal('none');
    probe.remove();
    // The probe's own refusal is not the player's.
    win.cspViolations.splice(before);
  });

  it('draws the episode without a violation: marks at their chapters, speakers in colour, blocks at their heights', async () => {
    await settle();
    expect(violations()).to.deep.equal([]);

    const chapters = ((await (await fetch('/demo/episode.chapters.json')).json()) as { chapters: { startTime: number }[] }).chapters;
    const duration = player('speakers').duration;
    const bar = parts('speakers', 'seek-bar')[0]!.getBoundingClientRect();
    const marks = parts('speakers', 'chapter-mark').map((mark) => {
      const box = mark.getBoundingClientRect();
      return (box.left + box.width / 2 - bar.left) / bar.width;
    });
    expect(marks).to.have.length(chapters.length);
    chapters.forEach((chapter, i) => expect(marks[i], `mark ${i}`).to.be.closeTo(chapter.startTime / duration, 0.01));

    // interview.vtt: Ada speaks first (the palette's first colour), Grace second.
    const lines = parts('speakers', 'segment');
    const speakerOf = (line: HTMLElement) => line.querySelector('[part~="speaker"]')?.textContent;
    const ada = lines.find((line) => speakerOf(line) === 'Ada')!;
    const grace = lines.find((line) => speakerOf(line) === 'Grace')!;
    expect(win.getComputedStyle(ada).borderInlineStartColor).to.equal(rgb('#1f5fbf'));
    expect(win.getComputedStyle(grace).borderInlineStartColor).to.equal(rgb('#a1330f'));
    expect(win.getComputedStyle(grace.querySelector('[part~="speaker"]')!).color).to.equal(rgb('#a1330f'));

    // Styles arrive as constructed stylesheets (adoptedStyleSheets), which no policy refuses,
    // never as <style> elements, which this one would.
    const roots: ShadowRoot[] = [];
    const collect = (root: ShadowRoot) => {
      roots.push(root);
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) collect(element.shadowRoot);
    };
    for (const id of ['speakers', 'long', 'episode']) collect(player(id).shadowRoot!);
    expect(roots.length).to.be.greaterThan(9);
    expect(roots.filter((root) => root.adoptedStyleSheets.length === 0).length, 'shadow roots without adopted styles').to.equal(0);
    expect(
      roots.reduce((count, root) => count + root.querySelectorAll('style').length, 0),
      '<style> elements',
    ).to.equal(0);

    // The whole transcript: the first block drawn, the rest placeholders of estimated height.
    const placeholders = [...viewRoot('long').querySelectorAll<HTMLElement>('.placeholder')];
    expect(placeholders.length).to.be.greaterThan(0);
    for (const placeholder of placeholders) expect(placeholder.getBoundingClientRect().height).to.be.greaterThan(200);
  });

  it('follows a seek, jumps to a chapter, searches and steps, in light and dark, without a violation', async () => {
    const long = player('long');
    const panel = viewRoot('long').querySelector<HTMLElement>('.panel')!;
    const inPanel = (line: HTMLElement | undefined) => {
      if (!line) return false;
      const box = line.getBoundingClientRect();
      const view = panel.getBoundingClientRect();
      return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
    };
    const active = () => parts('long', 'segment').find((line) => line.getAttribute('aria-current') === 'true');

    long.seek(140);
    await waitFor(() => inPanel(active()), 'the spoken line at 2:20 in view');

    // A chapter far down: its first line must come into view (it does not with wrong block heights).
    const chapter = parts('long', 'chapter')[7]!;
    // The time moves at once; the spoken line when the player next wakes (frame-clock.ts):
    // until then the line of 2:20 is still marked, and in view.
    const before = active();
    chapter.click();
    await waitFor(() => long.currentTime >= 517 && active() !== before && inPanel(active()), 'the spoken line of chapter 8 in view');
    expect(active()!.querySelector('time')!.textContent).to.equal('8:37');

    const input = parts('long', 'search-input')[0] as HTMLInputElement;
    input.value = 'spotify';
    input.dispatchEvent(new win.Event('input', { bubbles: true }));
    await waitFor(() => parts('long', 'current-match').length === 1, 'a current match');
    input.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await waitFor(() => /^2 of/.test(parts('long', 'search-count')[0]!.textContent ?? ''), 'the second match');
    await waitFor(() => inPanel(parts('long', 'current-match')[0]), 'the second match in view');

    long.setAttribute('theme', 'dark');
    await long.updateComplete;
    // Read down to the end: every block drawn on the way (those far behind are let go of).
    const blockCount = Math.ceil(long.segments.length / LINES_PER_BLOCK);
    const seen = new Set<string>();
    const look = () =>
      viewRoot('long')
        .querySelectorAll<HTMLElement>('.block:not(.placeholder)')
        .forEach((block) => seen.add(block.dataset.block!));
    panel.scrollTop = 0;
    // A step a panel high per two painted frames: the placeholders' observer reports once a
    // frame, so a slow machine's frames must not let a placeholder pass by between two reports.
    const frame = () => new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve)));
    for (let i = 0; i < 200 && seen.size < blockCount; i++) {
      panel.scrollTop += panel.clientHeight;
      await frame();
      await frame();
      look();
    }
    expect(seen.size, 'blocks drawn on the way down').to.equal(blockCount);
    await settle();
    expect(violations()).to.deep.equal([]);
  });

  it('plays from a tap and shows the show notes without a violation', async () => {
    const episode = player('episode');
    await userClick(parts('episode', 'play-button')[0]!);
    await waitFor(() => episode.currentTime > 0.5, 'playback', 8000);
    episode.pause();
    const notes = episode.shadowRoot!.querySelector<HTMLDetailsElement>('details.notes')!;
    notes.open = true;
    await waitFor(() => parts('episode', 'notes-time').length > 0, 'the show notes');
    await settle();
    expect(violations()).to.deep.equal([]);
  });

  it('changes episode and leaves the page without a violation', async () => {
    const speakers = player('speakers');
    speakers.setAttribute('src', '/test/fixtures/tone-10s.mp3');
    speakers.setAttribute('transcript', '/test/fixtures/tone-10s.transcript.json');
    await waitFor(() => parts('speakers', 'segment').length === 5, 'the new transcript');
    for (const id of ['speakers', 'long', 'episode']) player(id).remove();
    await settle();
    expect(violations()).to.deep.equal([]);
  });
});
