import type { PlaybackController } from './playback-controller.js';

/** What the player is doing, as attributes on its element that page CSS can select. */
export interface HostState {
  /** Sounding. */
  playing: boolean;
  /** Not sounding and not asked to (before the first play, too). */
  paused: boolean;
  /** Playback was asked for and the audio is not sounding yet. */
  loading: boolean;
  /** Waiting for data while playing. */
  buffering: boolean;
  /** At the end. */
  ended: boolean;
  'has-transcript': boolean;
  'has-chapters': boolean;
  /** Something the widget shows as an error (audio, transcript, chapters, episode, feed). */
  error: boolean;
}

/**
 * Sets the state attributes on the host (`transcript-player[playing]`, `[has-chapters]`,
 * …), touching only the ones that changed.
 */
export function reflectHostState(host: Element, state: HostState): void {
  for (const [name, on] of Object.entries(state) as [keyof HostState, boolean][]) {
    if (host.hasAttribute(name) !== on) host.toggleAttribute(name, on);
  }
}

/** The state attributes of a player, from its playback and what its sources gave. */
export function playerHostState(
  playback: Pick<PlaybackController, 'playing' | 'starting' | 'buffering' | 'state' | 'messages'>,
  shown: { segments: number; chapters: number; failed: boolean },
): HostState {
  return {
    playing: playback.playing,
    paused: !playback.playing && !playback.starting,
    loading: playback.starting,
    buffering: playback.buffering,
    ended: playback.state === 'ended',
    'has-transcript': shown.segments > 0,
    'has-chapters': shown.chapters > 0,
    error: playback.messages.error !== undefined || shown.failed,
  };
}
