import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { makePlayer, partsOf, removeAll, waitFor, TONE } from './helpers.js';

const tone = TONE;

const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('keyboard and screen readers', () => {
  afterEach(removeAll);

  it('the chapter list is one tab stop; arrows, Home and End move; Enter plays the chapter', async () => {
    const player = await makePlayer(tone);
    const chapters = partsOf(player, 'chapter');
    expect(chapters.filter((chapter) => chapter.getAttribute('tabindex') === '0')).to.have.length(1);
    chapters[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => deepActive() === partsOf(player, 'chapter')[1], 'focus on chapter B');
    await sendKeys({ press: 'End' });
    await waitFor(() => deepActive() === partsOf(player, 'chapter')[3], 'focus on chapter D');
    await sendKeys({ press: 'Home' });
    await waitFor(() => deepActive() === partsOf(player, 'chapter')[0], 'focus on chapter A');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(partsOf(player, 'chapter').filter((chapter) => chapter.getAttribute('tabindex') === '0')).to.deep.equal([
      partsOf(player, 'chapter')[2],
    ]);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => player.currentTime >= 5, 'a seek to chapter C');
    expect(player.currentTime).to.be.below(6);
    expect(player.currentTime, "arrow keys in the list are not the player's skip shortcuts").to.be.at.least(5);
  });

  it('announces a chapter the listener jumped to, and stays quiet during playback', async () => {
    const player = await makePlayer(tone);
    const announcer = partsOf(player, 'announcer')[0]!;
    expect(announcer.getAttribute('role')).to.equal('status');
    player.seek(5.2); // as playback would arrive there
    await player.updateComplete;
    expect(announcer.textContent).to.equal('');
    partsOf(player, 'chapter')[3]!.click();
    await waitFor(() => announcer.textContent === 'Chapter: Chapter D', 'the announcement');
  });

  it('names every control for what it does now', async () => {
    const player = await makePlayer(tone);
    const names = ['play-button', 'skip-back', 'skip-forward', 'speed', 'seek-bar', 'search-input', 'share'].map((part) =>
      partsOf(player, part)[0]!.getAttribute('aria-label'),
    );
    expect(names).to.deep.equal([
      'Play',
      'Skip back 15 seconds',
      'Skip forward 30 seconds',
      'Playback speed',
      'Seek',
      'Search transcript',
      null,
    ]);
    expect(partsOf(player, 'share')[0]!.textContent.trim()).to.equal('Copy link to this moment');
    expect(partsOf(player, 'play-button')[0]!.getAttribute('aria-keyshortcuts')).to.equal('k Space');
  });
});
