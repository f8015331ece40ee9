import { expect } from '@esm-bundle/chai';
import { playerHostState } from '../../src/components/host-state.js';

describe('playerHostState', () => {
  const playback = { playing: false, starting: true, buffering: false, state: 'loading' as const, messages: {} };

  it('is loading, not paused, while the asked-for audio is on its way', () => {
    const state = playerHostState(playback, { segments: 3, chapters: 0, failed: false });
    expect(state).to.include({ loading: true, paused: false, playing: false, 'has-transcript': true, 'has-chapters': false, error: false });
  });

  it('shows an error for a file that failed as for audio that did', () => {
    expect(playerHostState(playback, { segments: 0, chapters: 0, failed: true }).error).to.equal(true);
    const broken = { ...playback, starting: false, state: 'error' as const, messages: { error: { code: 'audio-unplayable' } } };
    expect(playerHostState(broken as never, { segments: 0, chapters: 0, failed: false })).to.include({ error: true, paused: true });
  });
});
