import { expect } from '@esm-bundle/chai';
import { makePlayer, partsOf, removeAll, TONE, waitFor } from './helpers.js';

const PLAIN = 'Ana: Welcome to the show.\n\nBen: Thanks for having me.\n\nAna: Let us begin with the news.\n';

describe('a transcript without times', () => {
  afterEach(removeAll);

  it('is shown as paragraphs to read and search, says it does not follow the audio, and never lights up or seeks', async () => {
    const player = await makePlayer({ src: TONE.src }, ['durationchange']);
    player.transcriptData = PLAIN;
    await player.updateComplete;
    const lines = partsOf(player, 'segment');
    expect(partsOf(player, 'speaker').map((speaker) => speaker.textContent)).to.deep.equal(['Ana', 'Ben', 'Ana']);
    expect(lines.map((line) => line.querySelector('.text')!.textContent.trim())).to.deep.equal([
      'AnaWelcome to the show.',
      'BenThanks for having me.',
      'AnaLet us begin with the news.',
    ]);
    expect(lines.some((line) => line.querySelector('time'))).to.equal(false);
    expect(partsOf(player, 'untimed-note')[0]?.textContent).to.contain('no times');
    expect(partsOf(player, 'notice')).to.have.length(0);

    player.seek(3);
    await player.updateComplete;
    expect(partsOf(player, 'segment').filter((line) => line.getAttribute('aria-current') === 'true')).to.have.length(0);

    lines[2]!.click();
    await player.updateComplete;
    expect(player.currentTime).to.equal(3);
    expect(player.paused).to.equal(true);

    const search = partsOf(player, 'search-input')[0] as HTMLInputElement;
    search.value = 'news';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(partsOf(player, 'match').map((match) => match.textContent)).to.deep.equal(['news']);
  });

  it('a timed transcript after it lights up again', async () => {
    const player = await makePlayer({ src: TONE.src });
    player.transcriptData = PLAIN;
    await player.updateComplete;
    player.transcriptData = undefined;
    player.setAttribute('transcript', TONE.transcript);
    await waitFor(() => player.segments.length === 5, 'the timed transcript');
    await player.updateComplete;
    player.seek(1);
    await player.updateComplete;
    expect(partsOf(player, 'untimed-note')).to.have.length(0);
    expect(partsOf(player, 'segment').filter((line) => line.getAttribute('aria-current') === 'true')).to.have.length(1);
  });
});
