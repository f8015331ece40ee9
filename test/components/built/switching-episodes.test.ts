import { expect } from '@esm-bundle/chai';
import { builtPage, type BuiltPage, type BuiltPlayer, closeBuiltPages, FIXTURES, partsIn, waitFor } from './built-page.js';

/** A new episode starts from nothing but what it names: on the built file, as a blog switches episodes. */
const TONE = `${FIXTURES}tone-10s.mp3`;

describe('switching episodes, in the built file', () => {
  let page: BuiltPage | undefined;
  afterEach(closeBuiltPages);

  async function playerWith(description: unknown): Promise<{ player: BuiltPlayer; script: HTMLScriptElement }> {
    page = await builtPage(
      `<transcript-player><script type="application/json">${JSON.stringify(description)}</script></transcript-player>`,
    );
    const player = page.player();
    return { player, script: player.querySelector('script')! };
  }

  it('episode A (transcript, chapters, notes) → episode B (audio only) keeps nothing of A', async () => {
    const { player, script } = await playerWith({
      title: 'A',
      audio: TONE,
      transcript: `${FIXTURES}tone-10s.transcript.json`,
      chapters: `${FIXTURES}tone-10s.chapters.json`,
      notes: '<p>Notes of A</p>',
    });
    await waitFor(() => partsIn(player, 'segment').length === 5 && partsIn(player, 'chapter').length === 4, 'episode A');
    expect(partsIn(player, 'notes-panel')).to.have.length(1);
    script.textContent = JSON.stringify({ title: 'B', audio: `${FIXTURES}tone-10s.wav` });
    await waitFor(() => partsIn(player, 'episode-title')[0]?.textContent === 'B', 'episode B');
    await player.updateComplete;
    expect(player.src).to.equal(`${FIXTURES}tone-10s.wav`);
    expect(partsIn(player, 'segment')).to.have.length(0);
    expect(partsIn(player, 'chapter')).to.have.length(0);
    expect(partsIn(player, 'chapter-mark')).to.have.length(0);
    expect(partsIn(player, 'notes-panel')).to.have.length(0);
  });

  it('an inline transcript of A gives way to the transcript file of B', async () => {
    const { player, script } = await playerWith({ audio: TONE, transcript: 'WEBVTT\n\n00:00.000 --> 00:01.000\nInline line\n' });
    await waitFor(() => partsIn(player, 'segment')[0]?.textContent?.includes('Inline line') ?? false, 'the inline transcript');
    script.textContent = JSON.stringify({ audio: TONE, transcript: `${FIXTURES}tone-10s.transcript.json` });
    await waitFor(() => partsIn(player, 'segment').length === 5, 'the transcript file of B');
    expect(partsIn(player, 'segment').some((line) => line.textContent?.includes('Inline line'))).to.equal(false);
  });

  it('a broken episode B replaces A with its error, and a good C clears the error', async () => {
    const { player, script } = await playerWith({ title: 'A', audio: TONE, transcript: `${FIXTURES}tone-10s.transcript.json` });
    await waitFor(() => partsIn(player, 'segment').length === 5, 'episode A');
    script.textContent = '{ "title": "B", ';
    await waitFor(() => partsIn(player, 'error').length === 1, 'the error of B');
    expect(partsIn(player, 'segment')).to.have.length(0);
    expect(partsIn(player, 'episode-title')).to.have.length(0);
    script.textContent = JSON.stringify({ title: 'C', audio: TONE });
    await waitFor(() => partsIn(player, 'episode-title')[0]?.textContent === 'C', 'episode C');
    await player.updateComplete;
    expect(partsIn(player, 'error')).to.have.length(0);
  });
});
