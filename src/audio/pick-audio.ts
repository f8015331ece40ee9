import type { AudioSource } from '../core/episode-manifest.js';

/** The first source the browser says it can play, else the first: the publisher's order is their preference. */
export function pickAudio(sources: readonly AudioSource[]): string {
  if (typeof document === 'undefined') return sources[0]?.src ?? '';
  const probe = document.createElement('audio');
  return (sources.find((source) => source.type && probe.canPlayType(source.type) !== '') ?? sources[0])?.src ?? '';
}
