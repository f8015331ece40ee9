import { expect } from '@esm-bundle/chai';
import { makePlayer, nextEvent, partsOf, removeAll, waitFor, TONE } from './helpers.js';
import { userClick } from './gesture.js';

const tone = TONE;

describe('clicking and controls', () => {
  afterEach(removeAll);

  it('renders a line per segment with its timestamp and speaker', async () => {
    const player = await makePlayer(tone);
    const segments = partsOf(player, 'segment');
    expect(segments.map((segment) => segment.querySelector('time')?.textContent)).to.deep.equal(['0:00', '0:02', '0:04', '0:06', '0:08']);
    expect(segments[0]!.textContent).to.contain('Ada');
    expect(segments[1]!.textContent).to.contain('Grace');
  });

  it('clicking a line seeks there and plays', async () => {
    const player = await makePlayer(tone);
    const played = nextEvent(player, 'play');
    await userClick(partsOf(player, 'segment')[3]!);
    await played;
    expect(player.currentTime).to.be.within(6, 6.6);
    const state = ['playing', 'paused', 'loading', 'buffering', 'ended', 'error'].filter((name) => player.hasAttribute(name));
    expect(player.paused, `paused right after play, at ${player.currentTime} s, state ${state.join(' ')}`).to.equal(false);
  });

  it('clicking a chapter seeks there, plays, and marks it current', async () => {
    const player = await makePlayer(tone);
    const chapters = partsOf(player, 'chapter');
    expect(chapters.map((chapter) => chapter.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '0:00Chapter A',
      '0:02Chapter B',
      '0:05Chapter C',
      '0:07Chapter D',
    ]);
    const change = nextEvent<{ index: number; chapter: { title: string } }>(player, 'chapterchange');
    const played = nextEvent(player, 'play');
    await userClick(chapters[2]!);
    const event = await change;
    expect(event.detail.index).to.equal(2);
    expect(event.detail.chapter.title).to.equal('Chapter C');
    await played;
    expect(player.currentTime).to.be.within(5, 5.6);
    await player.updateComplete;
    await waitFor(() => partsOf(player, 'chapter')[2]!.getAttribute('aria-current') === 'true', 'chapter C current');
    expect(partsOf(player, 'chapter')[2]!.part.contains('active')).to.equal(true);
    expect(partsOf(player, 'chapter')[0]!.hasAttribute('aria-current')).to.equal(false);
  });

  it('places a chapter mark at each chapter start on the seek bar', async () => {
    const player = await makePlayer(tone, ['durationchange']);
    await player.updateComplete;
    const bar = partsOf(player, 'seek-bar')[0]!.getBoundingClientRect();
    const marks = partsOf(player, 'chapter-mark').map((mark) => {
      const box = mark.getBoundingClientRect();
      return (box.left + box.width / 2 - bar.left) / bar.width;
    });
    expect(marks).to.have.length(4);
    [0, 0.25, 0.5, 0.75].forEach((fraction, i) => expect(marks[i]).to.be.closeTo(fraction, 0.02));
  });

  it('skips back 15 s and forward 30 s, clamped to the audio', async () => {
    const player = await makePlayer(tone, ['durationchange']);
    player.seek(4);
    const back = partsOf(player, 'skip-back')[0]!;
    const forward = partsOf(player, 'skip-forward')[0]!;
    back.click();
    expect(player.currentTime).to.equal(0);
    forward.click();
    expect(player.currentTime).to.be.closeTo(10, 0.1);
  });

  it('the play button plays and pauses and says which it will do', async () => {
    const player = await makePlayer(tone);
    const button = partsOf(player, 'play-button')[0]!;
    expect(button.getAttribute('aria-label')).to.equal('Play');
    const played = nextEvent(player, 'play');
    await userClick(button);
    await played;
    await player.updateComplete;
    expect(button.getAttribute('aria-label')).to.equal('Pause');
    const paused = nextEvent(player, 'pause');
    await userClick(button);
    await paused;
    expect(player.paused).to.equal(true);
  });

  it('the speed menu sets the playback rate', async () => {
    const player = await makePlayer(tone);
    const select = partsOf(player, 'speed')[0] as HTMLSelectElement;
    expect([...select.options].map((option) => option.value)).to.deep.equal(['0.75', '1', '1.25', '1.5', '1.75', '2']);
    select.value = '1.5';
    select.dispatchEvent(new Event('change'));
    expect(player.playbackRate).to.equal(1.5);
  });

  it('the seek bar is a slider that speaks time in words', async () => {
    const player = await makePlayer(tone, ['durationchange']);
    player.seek(3);
    await player.updateComplete;
    const slider = partsOf(player, 'seek-bar')[0] as HTMLInputElement;
    await (slider.getRootNode() as ShadowRoot & { host: { updateComplete: Promise<unknown> } }).host.updateComplete;
    expect(slider.getAttribute('aria-valuetext')).to.equal('3 seconds of 10 seconds');
    slider.value = '7';
    slider.dispatchEvent(new Event('change', { bubbles: true }));
    expect(player.currentTime).to.equal(7);
  });

  it('keeps the current chapter in view in its list after a far seek, without scrolling the page', async () => {
    const chapters = Array.from({ length: 200 }, (_, i) => ({ startTime: i * 10, title: `Chapter ${i}` }));
    const player = document.createElement('transcript-player');
    player.style.setProperty('--tp-transcript-height', '200px');
    player.chaptersData = { version: '1.2.0', chapters };
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(player, spacer);
    await player.updateComplete;
    const list = player.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('tp-chapter-list')!;
    await list.updateComplete;
    const pageScroll = window.scrollY;
    player.seek(1505);
    await player.updateComplete;
    await waitFor(() => {
      const current = partsOf(player, 'active').find((element) => element.part.contains('chapter'));
      if (!current?.textContent?.includes('Chapter 150')) return false;
      const box = current.getBoundingClientRect();
      const panel = list.getBoundingClientRect();
      return box.top >= panel.top && box.bottom <= panel.bottom;
    }, 'chapter 150 in view in the list');
    expect(list.scrollTop).to.be.greaterThan(1000);
    expect(window.scrollY).to.equal(pageScroll);
    spacer.remove();
  });

  it('keeps the spoken line in view inside its panel without scrolling the page', async () => {
    const lines = Array.from({ length: 200 }, (_, i) => ({ startTime: i, endTime: i + 1, body: `Line ${i}` }));
    const player = document.createElement('transcript-player');
    player.style.setProperty('--tp-transcript-height', '200px');
    player.transcriptData = { version: '1.0.0', segments: lines };
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(player, spacer);
    await player.updateComplete;
    const viewElement = player.shadowRoot!.querySelector('tp-transcript-view')!;
    await (viewElement as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const view = viewElement.shadowRoot!.querySelector<HTMLElement>('.panel')!;
    const pageScroll = window.scrollY;
    player.seek(150);
    await player.updateComplete;
    // A line far from those drawn is drawn in the next animation frame.
    await waitFor(() => partsOf(player, 'active').some((element) => element.part.contains('segment')), 'the spoken line drawn');
    const active = partsOf(player, 'active').find((element) => element.part.contains('segment'))!;
    expect(active.textContent).to.contain('Line 150');
    // Scrolling may be smooth: wait for the line to arrive inside the panel.
    await waitFor(() => {
      const panel = view.getBoundingClientRect();
      const box = active.getBoundingClientRect();
      return box.top >= panel.top && box.bottom <= panel.bottom;
    }, 'the spoken line to be in view in the panel');
    expect(view.scrollTop).to.be.greaterThan(1000);
    expect(window.scrollY).to.equal(pageScroll);
    spacer.remove();
  });
});
