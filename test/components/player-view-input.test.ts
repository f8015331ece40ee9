import { expect } from '@esm-bundle/chai';
import { playerViewInput, type ViewFacts, type ViewParts } from '../../src/components/player-view-input.js';
import { en } from '../../src/i18n/en.js';

describe('playerViewInput', () => {
  const parts = (playback: Record<string, unknown> = {}) =>
    ({
      l10n: { strings: en, shown: true },
      playback: { state: 'paused', playing: false, starting: false, buffering: false, external: false, messages: {}, ...playback },
      sources: { manifest: undefined, loadedManifest: undefined, baseUrl: undefined, panels: {} },
      playhead: { playhead: { segment: -1, word: -1, chapter: -1 }, episode: { segments: [], chapters: { listed: [] } } },
      resume: { offer: undefined },
      sharing: { status: '' },
      announcer: { text: '' },
    }) as unknown as ViewParts;
  const facts = (more: Partial<ViewFacts> = {}): ViewFacts => ({
    label: null,
    episodeName: undefined,
    src: 'episode.mp3',
    loadedSrc: '',
    download: false,
    currentTime: 0,
    duration: 25,
    playbackRate: 1,
    ...more,
  });

  it('never shows a position past the end, once there is an end', () => {
    expect(playerViewInput(parts(), facts({ currentTime: 99_999 })).controls.currentTime).to.equal(25);
    expect(playerViewInput(parts(), facts({ currentTime: 40, duration: 0 })).controls.currentTime).to.equal(40);
  });

  it('is busy and not playing while the asked-for audio is on its way', () => {
    const view = playerViewInput(parts({ starting: true }), facts());
    expect([view.busy, view.controls.paused, view.controls.starting]).to.deep.equal([true, true, true]);
  });

  it('has nothing to play without audio, or with audio that failed', () => {
    expect(playerViewInput(parts(), facts({ src: '' })).controls.disabled).to.equal(true);
    expect(playerViewInput(parts({ state: 'error' }), facts()).controls.disabled).to.equal(true);
    expect(playerViewInput(parts(), facts()).controls.disabled).to.equal(false);
  });

  it('names the region as the page does, else in the player’s language', () => {
    expect(playerViewInput(parts(), facts()).label).to.equal(en.player);
    expect(playerViewInput(parts(), facts({ label: 'Episode 7' })).label).to.equal('Episode 7');
  });

  it('offers the audio that is loaded for sharing and download when the page gave none itself', () => {
    expect(playerViewInput(parts(), facts({ src: '', loadedSrc: 'from-feed.mp3' })).actions.src).to.equal('from-feed.mp3');
  });
});
