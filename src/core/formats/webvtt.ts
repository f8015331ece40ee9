import type { ParseResult, RawSegment, SourceInfo } from '../model.js';
import { cuesToSegments, readCues } from './cues.js';

/**
 * WebVTT (`text/vtt`), the namespace's recommended transcript format. Speakers come from
 * `<v Name>` voices or a `Name:` prefix and carry forward; inline timestamps become words.
 * Lenient where browsers are strict: seconds-only stamps (`0.860 --> 7.380`, Podnews) and
 * files without the `WEBVTT` line are read, and a bad timing line loses only its cue.
 */
export function parseWebVTT(text: string, _source?: SourceInfo): ParseResult<RawSegment> {
  return cuesToSegments(readCues(text, true), true);
}
