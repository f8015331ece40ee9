import type { ParseResult, RawChapter, SourceInfo } from '../model.js';
import { cueMarkupToText, readCues } from './cues.js';

/** Chapters as WebVTT (`kind="chapters"` tracks): each cue's text is a chapter title. */
export function parseWebVTTChapters(text: string, _source?: SourceInfo): ParseResult<RawChapter> {
  const { cues, problems } = readCues(text, true);
  const items = cues.map((cue): RawChapter => ({
    start: cue.start,
    ...(cue.end !== undefined ? { end: cue.end } : {}),
    title: cueMarkupToText(cue.payload, true),
    toc: true,
  }));
  return { items, problems };
}
