import { expect } from '@esm-bundle/chai';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TranscriptPlayer } from '../../src/components/transcript-player.js';
import { FIXTURES, makePlayer, partsOf, removeAll, waitFor } from './helpers.js';
import { userPlay } from './gesture.js';

type View = HTMLElement & { updateComplete: Promise<unknown> };

async function playerWith(setup: (player: TranscriptPlayer) => void): Promise<TranscriptPlayer> {
  const player = document.createElement('transcript-player');
  player.style.setProperty('--tp-transcript-height', '240px');
  setup(player);
  document.body.append(player);
  await player.updateComplete;
  await view(player).updateComplete;
  return player;
}

const view = (player: TranscriptPlayer) => player.shadowRoot!.querySelector('tp-transcript-view') as View;
const panelOf = (player: TranscriptPlayer) => view(player).shadowRoot!.querySelector<HTMLElement>('.panel')!;
const backButton = (player: TranscriptPlayer) => partsOf(player, 'back-to-current')[0] as HTMLButtonElement;
const lineText = (line: HTMLElement) => line.querySelector('.text')!.textContent.replace(/\s+/g, ' ').trim();

/** A long sentence-level transcript: line i starts at i seconds. */
function longTranscript(lines: number, textOf: (i: number) => string = (i) => `Line ${i} of the long episode.`) {
  return { version: '1.0.0', segments: Array.from({ length: lines }, (_, i) => ({ startTime: i, endTime: i + 1, body: textOf(i) })) };
}

/** The spoken line is rendered, is line `index`, and is inside the panel's viewport. */
function activeLineInView(player: TranscriptPlayer, index: number): boolean {
  const line = partsOf(player, 'active').find((element) => element.part.contains('segment'));
  return line !== undefined && line.dataset.index === String(index) && inPanel(player, line);
}

function inPanel(player: TranscriptPlayer, line: HTMLElement): boolean {
  const panel = panelOf(player).getBoundingClientRect();
  const box = line.getBoundingClientRect();
  return box.top >= panel.top - 1 && box.bottom <= panel.bottom + 1;
}

describe('reading along', () => {
  afterEach(removeAll);

  it('marks the spoken word inside the spoken line while the audio plays', async () => {
    const words = ['Every', 'word', 'here', 'has', 'its', 'own', 'time', 'in', 'this', 'line'];
    const segments = words.map((body, i) => ({ startTime: i * 0.5, endTime: i * 0.5 + 0.45, speaker: 'Ada', body }));
    const player = await makePlayer({ src: `${FIXTURES}tone-10s.mp3` });
    player.transcriptData = { version: '1.0.0', segments };
    await player.updateComplete;
    await view(player).updateComplete;
    const [line] = partsOf(player, 'segment');
    expect(partsOf(player, 'word').map((word) => word.textContent)).to.deep.equal(words);
    player.seek(1.6);
    await userPlay(player);
    await waitFor(() => player.currentTime > 2.05 && player.currentTime < 2.4, 'time past 2 s', 6000);
    await player.updateComplete;
    const active = partsOf(player, 'active-word');
    expect(active).to.have.length(1);
    expect(active[0]!.textContent).to.equal('its');
    expect(line!.contains(active[0]!)).to.equal(true);
    await waitFor(() => partsOf(player, 'active-word')[0]?.textContent === 'own', 'the next word', 3000);
    expect(partsOf(player, 'active-word')).to.have.length(1);
  });

  it('labels a speaker where the speaker changes, in a colour of their own', async () => {
    const speakers = ['Ada', 'Ada', 'Grace', 'Grace', 'Ada'];
    const player = await playerWith((p) => {
      p.transcriptData = {
        version: '1.0.0',
        segments: speakers.map((speaker, i) => ({ startTime: i * 2, endTime: i * 2 + 2, speaker, body: `Line ${i}.` })),
      };
    });
    const lines = partsOf(player, 'segment');
    expect(lines.map((line) => line.querySelector('[part~="speaker"]')?.textContent ?? '')).to.deep.equal(['Ada', '', 'Grace', '', 'Ada']);
    const colours = lines.map((line) => getComputedStyle(line).borderInlineStartColor);
    expect(colours[0]).to.equal(colours[1]).and.to.equal(colours[4]);
    expect(colours[2]).to.equal(colours[3]).and.not.equal(colours[0]);
    expect(lines[1]!.classList.contains('turn-start')).to.equal(false);
    player.style.setProperty('--tp-speaker-1', 'rgb(1, 2, 3)');
    expect(getComputedStyle(lines[2]!).borderInlineStartColor, 'a page can set speaker colours').to.equal('rgb(1, 2, 3)');
    expect(lines[2]!.classList.contains('turn-start')).to.equal(true);
  });

  it('puts a chapter heading before the first line of each chapter', async () => {
    const player = await playerWith((p) => {
      p.transcriptData = longTranscript(10);
      p.chaptersData = {
        version: '1.2.0',
        chapters: [
          { startTime: 0, title: 'Opening' },
          { startTime: 4.5, title: 'Middle' },
          { startTime: 7, title: 'Hidden', toc: false },
        ],
      };
    });
    const headings = partsOf(player, 'chapter-heading');
    expect(headings.map((heading) => heading.textContent)).to.deep.equal(['Opening', 'Middle']);
    expect((headings[1]!.nextElementSibling as HTMLElement).dataset.index).to.equal('5');
  });

  it('keeps the drawn lines that show the same when the transcript is read again or chapters come, and draws the ones that change', async () => {
    const words = (i: number) =>
      ['Line', String(i), 'of', 'the', 'long', 'episode.'].map((body, k) => ({
        // A pause of more than a second after each: one line each.
        startTime: i * 8 + k,
        endTime: i * 8 + k + 0.9,
        speaker: i < 3 ? 'Ada' : 'Grace',
        body,
      }));
    const file = (lines: number) => ({ version: '1.0.0', segments: Array.from({ length: lines }, (_, i) => words(i)).flat() });
    const player = await playerWith((p) => (p.transcriptData = file(40)));
    const drawn = () => new Map(partsOf(player, 'segment').map((line) => [Number(line.dataset.index), line]));
    const wordsOf = (line: HTMLElement) => [...line.querySelectorAll('[part~="word"]')];
    const before = drawn();
    const beforeWords = wordsOf(before.get(1)!);
    const changingWords = wordsOf(before.get(8)!);
    expect(before.size, 'lines drawn').to.be.above(14);
    expect(beforeWords.map((word) => word.textContent)).to.deep.equal(['Line', '1', 'of', 'the', 'long', 'episode.']);

    // The same file read again, longer: new line objects, the same lines first.
    player.transcriptData = file(400);
    await player.updateComplete;
    await view(player).updateComplete;
    const after = drawn();
    for (const [index, line] of before) expect(after.get(index), `line ${index} kept`).to.equal(line);
    expect(wordsOf(after.get(1)!)[2], 'its words kept').to.equal(beforeWords[2]);

    // Chapters: the line that gets a heading keeps its element, the heading comes before it.
    player.chaptersData = {
      version: '1.2.0',
      chapters: [
        { startTime: 0, title: 'Opening' },
        { startTime: 24, title: 'Grace speaks' },
      ],
    };
    await player.updateComplete;
    await view(player).updateComplete;
    const headings = partsOf(player, 'chapter-heading').map((heading) => heading.textContent?.trim());
    expect(headings).to.deep.equal(['Opening', 'Grace speaks']);
    // Both headings go in the first block (lines 0 to 5, by blocks of six): the third keeps its words.
    const thirdBlockWords = wordsOf(before.get(13)!);
    expect(wordsOf(drawn().get(13)!)[2], 'a line of a block without headings keeps its words').to.equal(thirdBlockWords[2]);

    // A changed line is drawn anew, with its new text.
    const changed = file(400);
    changed.segments[6 * 8]!.body = 'Changed';
    player.transcriptData = changed;
    await player.updateComplete;
    await view(player).updateComplete;
    expect(wordsOf(drawn().get(13)!)[2], 'a line of a block that did not change keeps its words').to.equal(thirdBlockWords[2]);
    expect(lineText(drawn().get(8)!)).to.equal('Changed 8 of the long episode.');
    expect(wordsOf(drawn().get(8)!)[2], 'the changed line’s words are drawn anew').not.to.equal(changingWords[2]);
  });

  it('renders only the lines near the viewport of a long transcript', async () => {
    const player = await playerWith((p) => {
      p.transcriptData = longTranscript(3000);
    });
    const rendered = partsOf(player, 'segment').length;
    expect(rendered).to.be.greaterThan(10).and.lessThan(400);
    player.seek(2500.5);
    await waitFor(() => activeLineInView(player, 2500), 'line 2500 rendered, marked and in view');
    expect(partsOf(player, 'segment').length).to.be.lessThan(600);
  });
});

describe('follow mode', () => {
  afterEach(removeAll);

  it('pauses when the reader turns the mouse wheel, and resumes on "Back to current"', async function () {
    const player = await playerWith((p) => {
      p.transcriptData = longTranscript(300);
    });
    const panel = panelOf(player);
    player.seek(100.5);
    await waitFor(() => activeLineInView(player, 100), 'line 100 in view');
    expect(backButton(player).hidden, 'following scrolls are not the reader’s').to.equal(true);
    const box = panel.getBoundingClientRect();
    const result = await executeServerCommand<{ supported: boolean }, { x: number; y: number; deltaY: number }>('wheel', {
      x: box.left + box.width / 2,
      y: box.top + box.height / 2,
      deltaY: 600,
    });
    if (!result.supported) this.skip();
    await waitFor(() => !backButton(player).hidden, 'the Back to current button');
    // Firefox scrolls a wheel turn smoothly: let the reader's own scroll come to rest.
    for (let last = -1; panel.scrollTop !== last;) {
      last = panel.scrollTop;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    const readerPosition = panel.scrollTop;
    player.seek(200.5);
    await player.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(panel.scrollTop, 'the panel stays where the reader put it').to.be.closeTo(readerPosition, 2);
    backButton(player).click();
    await waitFor(() => activeLineInView(player, 200), 'line 200 back in view');
    await view(player).updateComplete;
    expect(backButton(player).hidden).to.equal(true);
  });

  it('pauses when the reader moves through lines with the keyboard', async () => {
    const player = await playerWith((p) => {
      p.transcriptData = longTranscript(300);
    });
    player.seek(50.5);
    await waitFor(() => activeLineInView(player, 50), 'line 50 in view');
    // The first line drawn (the lines far above the spoken one are not).
    const first = partsOf(player, 'segment')[0]!;
    const start = Number(first.dataset.index);
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await view(player).updateComplete;
    expect(backButton(player).hidden).to.equal(false);
    const focused = view(player).shadowRoot!.activeElement as HTMLElement;
    expect(focused.dataset.index).to.equal(String(start + 2));
    expect(focused.getAttribute('tabindex')).to.equal('0');
    expect(partsOf(player, 'segment').filter((line) => line.getAttribute('tabindex') === '0')).to.have.length(1);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => player.currentTime === start + 2, `a seek to line ${start + 2}`);
    await view(player).updateComplete;
    expect(backButton(player).hidden, 'choosing a line resumes following').to.equal(true);
  });
});

describe('search', () => {
  afterEach(removeAll);

  const texts = (i: number) =>
    i === 2500
      ? 'The needle sits here, far below the rendered window.'
      : i % 150 === 7
        ? `Alpha café line ${i}.`
        : `Line ${i} says nothing special.`;

  async function typeSearch(player: TranscriptPlayer, text: string): Promise<HTMLInputElement> {
    const input = partsOf(player, 'search-input')[0] as HTMLInputElement;
    input.focus();
    input.select();
    await sendKeys({ type: text });
    return input;
  }

  /** Shift+Enter as real keys where the driver can hold a modifier (WebDriver cannot). */
  async function pressShiftEnter(input: HTMLInputElement): Promise<void> {
    try {
      await sendKeys({ down: 'Shift' });
    } catch {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, composed: true }));
      return;
    }
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
  }

  const count = (player: TranscriptPlayer) => partsOf(player, 'search-count')[0]!.textContent;

  it('counts matches across the whole transcript, case- and accent-insensitively, and steps through them', async () => {
    const player = await playerWith((p) => {
      p.transcriptData = longTranscript(3000, texts);
    });
    await typeSearch(player, 'ALPHA CAFE');
    await waitFor(() => count(player) === '1 of 20', 'the count');
    await sendKeys({ press: 'Enter' });
    await view(player).updateComplete;
    expect(count(player)).to.equal('2 of 20');
    await pressShiftEnter(partsOf(player, 'search-input')[0] as HTMLInputElement);
    await pressShiftEnter(partsOf(player, 'search-input')[0] as HTMLInputElement);
    await view(player).updateComplete;
    expect(count(player)).to.equal('20 of 20');
    const current = () => partsOf(player, 'current-match')[0];
    await waitFor(() => current() !== undefined && inPanel(player, current()!), 'the last match in view');
    expect(current()!.textContent).to.equal('Alpha café');
    expect(lineText(current()!.closest('[data-index]') as HTMLElement)).to.equal('Alpha café line 2857.');
    expect(backButton(player).hidden, 'jumping to a match pauses following').to.equal(false);
  });

  it('finds and shows text that was not rendered, and Escape clears', async () => {
    const player = await playerWith((p) => {
      p.transcriptData = longTranscript(3000, texts);
    });
    const rendered = () => partsOf(player, 'segment').map((line) => line.dataset.index);
    expect(rendered()).to.not.include('2500');
    const input = await typeSearch(player, 'needle');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => count(player) === '1 of 1', 'one match');
    await waitFor(() => partsOf(player, 'current-match').length === 1, 'the match marked');
    const mark = partsOf(player, 'current-match')[0]!;
    expect((mark.closest('[data-index]') as HTMLElement).dataset.index).to.equal('2500');
    await waitFor(() => inPanel(player, mark), 'the match in view');
    expect(input.value).to.equal('needle');
    await sendKeys({ press: 'Escape' });
    await view(player).updateComplete;
    expect(input.value).to.equal('');
    expect(count(player)).to.equal('');
    expect(partsOf(player, 'match')).to.have.length(0);
  });

  it('clicking a line with a match seeks there as usual', async () => {
    const player = await playerWith((p) => {
      p.transcriptData = longTranscript(400, texts);
    });
    await typeSearch(player, 'alpha');
    await waitFor(() => count(player) === '1 of 3', 'the count');
    const mark = partsOf(player, 'match')[0]!;
    mark.click();
    expect(player.currentTime).to.equal(7);
  });
});
