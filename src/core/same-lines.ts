import type { Segment } from './model.js';

/**
 * Whether two transcripts are the same lines (text and speaker, in order), whatever their
 * times: the audio's length becoming known, or changing as a variable-bitrate MP3 plays,
 * normalises the transcript again into new line objects, and a view that drew them anew
 * would lose its place (the lines drawn, the line that takes focus).
 */
export function sameLines(a: readonly Segment[], b: readonly Segment[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.text !== b[i]!.text || a[i]!.speaker !== b[i]!.speaker) return false;
  }
  return true;
}
