import { expect } from '@esm-bundle/chai';
import { collectErrors, FIXTURES, nextEvent, partsOf, removeAll, waitFor } from './helpers.js';
import { userPlay } from './gesture.js';

/** A player whose error events are collected from the start. */
async function playerWithErrors(attributes: Record<string, string>) {
  const player = document.createElement('transcript-player');
  player.setAttribute('preload', 'metadata');
  for (const [name, value] of Object.entries(attributes)) player.setAttribute(name, value);
  const errors = collectErrors(player);
  const ready = nextEvent(player, 'ready');
  document.body.append(player);
  await ready;
  await player.updateComplete;
  return { player, errors };
}

describe('bad input never breaks the player', () => {
  afterEach(removeAll);

  it('error events stay on the element and never reach window.onerror', async () => {
    let reachedWindow = false;
    const previous = window.onerror;
    window.onerror = () => {
      reachedWindow = true;
      return true;
    };
    try {
      const { errors } = await playerWithErrors({ transcript: `${FIXTURES}missing.transcript.json` });
      expect(errors).to.have.length(1);
      expect(reachedWindow).to.equal(false);
    } finally {
      window.onerror = previous;
    }
  });

  it('a missing transcript file shows which file and why, fires error, and the rest works', async () => {
    const { player, errors } = await playerWithErrors({
      src: `${FIXTURES}tone-10s.mp3`,
      transcript: `${FIXTURES}missing.transcript.json`,
      chapters: `${FIXTURES}tone-10s.chapters.json`,
    });
    expect(errors.map((error) => error.detail.source)).to.deep.equal(['transcript']);
    expect(errors[0]!.detail.message).to.contain('"missing.transcript.json"').and.contain('404');
    expect(errors[0]!.detail.code).to.equal('fetch-http');
    const shown = partsOf(player, 'error');
    expect(shown).to.have.length(1);
    expect(shown[0]!.textContent).to.equal(errors[0]!.detail.message);
    expect(partsOf(player, 'chapter')).to.have.length(4);
    await userPlay(player);
    await waitFor(() => player.currentTime > 0.3, 'audio to keep playing');
  });

  it('a missing chapters file shows a message and the transcript stays usable', async () => {
    const { player, errors } = await playerWithErrors({
      src: `${FIXTURES}tone-10s.mp3`,
      transcript: `${FIXTURES}tone-10s.transcript.json`,
      chapters: `${FIXTURES}nope.chapters.json`,
    });
    expect(errors.map((error) => error.detail.source)).to.deep.equal(['chapters']);
    expect(partsOf(player, 'error')[0]!.textContent).to.contain('"nope.chapters.json"');
    expect(partsOf(player, 'segment')).to.have.length(5);
  });

  it('a file that is not a transcript at all is refused with a reason', async () => {
    const { player, errors } = await playerWithErrors({
      transcript: `${FIXTURES}tone-10s.wav`,
    });
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.source).to.equal('transcript');
    expect(errors[0]!.detail.message).to.contain('"tone-10s.wav"').and.contain('could not be used');
    expect(errors[0]!.detail.code).to.equal('file-unusable');
    expect(partsOf(player, 'segment')).to.have.length(0);
  });

  it('audio that will not decode says so and the transcript still reads and seeks', async () => {
    const { player, errors } = await playerWithErrors({
      src: `${FIXTURES}not-audio.mp3`,
      transcript: `${FIXTURES}tone-10s.transcript.json`,
    });
    await waitFor(() => errors.length > 0, 'an audio error');
    expect(errors[0]!.detail.source).to.equal('audio');
    expect(errors[0]!.detail.message).to.contain('"not-audio.mp3"').and.contain('decode');
    await player.updateComplete;
    expect(partsOf(player, 'error')[0]!.textContent).to.equal(errors[0]!.detail.message);
    expect(partsOf(player, 'segment')).to.have.length(5);
    expect((partsOf(player, 'play-button')[0] as HTMLButtonElement).disabled).to.equal(true);
  });

  it('missing audio says the server answered 404', async () => {
    const { errors } = await playerWithErrors({ src: `${FIXTURES}gone.mp3` });
    await waitFor(() => errors.length > 0, 'an audio error');
    expect(errors[0]!.detail.message).to.contain('"gone.mp3"').and.contain('HTTP 404');
  });

  it('keeps the good lines of a file with a bad one and says discreetly what was skipped', async () => {
    const player = document.createElement('transcript-player');
    const errors = collectErrors(player);
    player.transcriptData =
      'WEBVTT\n\n00:00.000 --> 00:02.000\nFirst\n\n00:0x.000 --> 00:04.000\nBroken\n\n00:04.000 --> 00:06.000\nThird\n';
    document.body.append(player);
    await player.updateComplete;
    expect(partsOf(player, 'segment').map((line) => line.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '0:00 First',
      '0:04 Third',
    ]);
    const notice = partsOf(player, 'notice');
    expect(notice).to.have.length(1);
    expect(notice[0]!.tagName).to.equal('DETAILS');
    expect(notice[0]!.hasAttribute('open')).to.equal(false);
    expect(notice[0]!.querySelector('summary')!.textContent).to.equal('1 entry of the transcript file could not be read and was skipped.');
    expect(notice[0]!.querySelector('li')!.textContent).to.match(/^line 6: /);
    expect(partsOf(player, 'error')).to.have.length(0);
    expect(errors).to.have.length(0);
  });

  it('reads a file as the forced type, whatever it looks like', async () => {
    const player = document.createElement('transcript-player');
    player.setAttribute('transcript-type', 'srt');
    player.transcriptData = '00:00:01,000 --> 00:00:02,000\nLooks like SRT anyway\n';
    document.body.append(player);
    await player.updateComplete;
    expect(partsOf(player, 'segment')).to.have.length(1);
    player.setAttribute('transcript-type', 'json');
    await player.updateComplete;
    expect(partsOf(player, 'segment')).to.have.length(0);
    expect(partsOf(player, 'error')[0]!.textContent).to.contain('The transcript data could not be used');
  });

  it('says what went wrong in the player’s language, in the widget and in the error event', async () => {
    const { player, errors } = await playerWithErrors({ lang: 'de', transcript: `${FIXTURES}missing.transcript.json` });
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.code).to.equal('fetch-http');
    expect(errors[0]!.detail.message).to.equal(
      'Die Transkriptdatei „missing.transcript.json“ konnte nicht geladen werden: Der Server antwortete mit HTTP 404 (nicht gefunden).',
    );
    expect(partsOf(player, 'error')[0]!.textContent).to.equal(errors[0]!.detail.message);
  });

  it('words the skipped-entries notice in the player’s language', async () => {
    const player = document.createElement('transcript-player');
    player.setAttribute('lang', 'de');
    player.transcriptData = 'WEBVTT\n\n00:00.000 --> 00:02.000\nFirst\n\n00:0x.000 --> 00:04.000\nBroken\n';
    document.body.append(player);
    await player.updateComplete;
    const notice = partsOf(player, 'notice')[0]!;
    expect(notice.querySelector('summary')!.textContent).to.equal(
      '1 Eintrag der Transkriptdatei konnte nicht gelesen werden und wurde übersprungen.',
    );
    expect(notice.querySelector('li')!.textContent).to.match(
      /^Zeile 6: die Zeitzeile "00:0x.000 --> 00:04.000" konnte nicht gelesen werden/,
    );
  });

  it('renders text from data as text, never as HTML', async () => {
    const player = document.createElement('transcript-player');
    const payload = '<img src=x onerror="window.__xss = 1">';
    player.transcriptData = { version: '1.0.0', segments: [{ startTime: 0, endTime: 1, speaker: payload, body: payload }] };
    player.chaptersData = { version: '1.2.0', chapters: [{ startTime: 0, title: payload }] };
    document.body.append(player);
    await player.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    expect(partsOf(player, 'segment')[0]!.querySelector('img')).to.equal(null);
  });
});
