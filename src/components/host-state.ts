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
