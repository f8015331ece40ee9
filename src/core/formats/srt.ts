import type { ParseResult, RawSegment, SourceInfo } from '../model.js';
import { cuesToSegments, readCues } from './cues.js';

/**
 * SubRip (`application/x-subrip`). SRT has no standard, so the cue reader takes `,` or `.`
 * before the milliseconds, missing or wrong index numbers, `-->` without spaces, blank
 * lines inside a cue and seconds past 59; `<i>`/`<b>`/`<font>` tags are dropped and a
 * `Name:` or `Leo Dion (host):` prefix becomes the speaker.
 */
export function parseSrt(text: string, _source?: SourceInfo): ParseResult<RawSegment> {
  return cuesToSegments(readCues(text, false));
}
