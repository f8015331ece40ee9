import type { ParseResult, RawSegment, SourceInfo } from '../model.js';
import { readPodcastJsonSegments, readPodcastJsonSegmentsInSteps, withEmbeddedVtt } from './podcast-json-segments.js';
import { parseWebVTT } from './webvtt.js';

/**
 * Podcasting 2.0 JSON transcripts (`podcast-json-segments.ts`), with the Flightcast
 * variant's embedded WebVTT read when its segments hold no text.
 */
export function parsePodcastJsonTranscript(text: string, _source?: SourceInfo): ParseResult<RawSegment> {
  return withEmbeddedVtt(readPodcastJsonSegments(text), parseWebVTT);
}

/** `parsePodcastJsonTranscript`, pausing between steps of a long file (`readPodcastJsonSegmentsInSteps`). */
export function* parsePodcastJsonTranscriptInSteps(text: string, _source?: SourceInfo): Generator<void, ParseResult<RawSegment>> {
  return withEmbeddedVtt(yield* readPodcastJsonSegmentsInSteps(text), parseWebVTT);
}
