/**
 * The playback rates every engine's media element accepts (Chrome, Firefox and Safari: 1/16
 * to 16). Setting one outside throws `NotSupportedError`, and Howler sets the rate again on
 * every play, so a rate from outside the player is brought inside before it reaches the audio.
 */
export const MIN_PLAYBACK_RATE = 0.0625;
export const MAX_PLAYBACK_RATE = 16;

/** `rate` brought within what media elements accept; `undefined` for no rate at all (NaN, 0, negative). */
export function clampPlaybackRate(rate: number): number | undefined {
  if (!Number.isFinite(rate) || rate <= 0) return undefined;
  return Math.min(MAX_PLAYBACK_RATE, Math.max(MIN_PLAYBACK_RATE, rate));
}

/** Whether a media element accepts `rate` as it is. */
export const isPlayableRate = (rate: unknown): rate is number =>
  typeof rate === 'number' && rate >= MIN_PLAYBACK_RATE && rate <= MAX_PLAYBACK_RATE;
