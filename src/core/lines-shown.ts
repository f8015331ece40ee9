import type { Chapter, Segment } from './model.js';

/**
 * What lines `first` to `end` (not included) show, as one text: the same text, the same
 * elements. A transcript read again (its first lines, then the whole file; its times clamped
 * once the audio's length is known, or as a variable-bitrate MP3 plays) or chapters that come
 * later make new line objects and a new headings table, yet most drawn lines show what they
 * showed: compared by this, they are left as they are instead of drawn again.
 *
 * It holds each line's time, speaker and the speaker's colour, text and words, the speaker of
 * the line before (a speaker's name shows where the speaker changes), and the heading before
 * a line: its title and its place among the chapters (an untitled one is named by its number).
 */
export function linesShown(
  segments: readonly Segment[],
  first: number,
  end: number,
  headings: ReadonlyMap<number, Chapter>,
  chapters: readonly Chapter[],
  speakerSlots: ReadonlyMap<string, number>,
): string {
  // Each text with its length before it: no text, whatever it holds, can pass for two.
  const text = (value: string) => `${value.length}:${value}`;
  const speaker = (segment: Segment | undefined) =>
    segment?.speaker === undefined ? '-' : `${speakerSlots.get(segment.speaker) ?? ''}/${text(segment.speaker)}`;
  let shown = `${first}-${end} ${speaker(segments[first - 1])}`;
  for (let i = first; i < end && i < segments.length; i++) {
    const segment = segments[i]!;
    shown += ` ${segment.start} ${speaker(segment)} ${text(segment.text)}`;
    if (segment.words) {
      shown += ` ${segment.words.length}`;
      for (const word of segment.words) shown += text(word.text);
    }
    const heading = headings.get(i);
    if (heading) shown += ` #${chapters.indexOf(heading)} ${text(heading.title)}`;
  }
  return shown;
}
