import { problem, type Problem } from '../message.js';
import type { ParseResult, RawSegment } from '../model.js';
import { isObject, readJson } from '../read-json.js';
import { collapseWhitespace } from '../text.js';
import { readSpan } from './json.js';
import { findList, listPieces } from './json-list-pieces.js';
import { groupWordsInSteps, type ReadWord, type WordList } from './words.js';

/** Most non-blank bodies being one word makes a file word-level. */
const WORD_LEVEL_SHARE = 0.8;

/**
 * Podcasting 2.0 JSON `{version, segments: [{speaker, startTime, endTime, body}]}`, and the
 * Flightcast variant `{segments: [{start, end, text}], vtt}`. Word-level files are grouped
 * into lines with per-word timing; phrase-level captions split into segments with identical
 * timing (Buzzsprout, Podnews) are joined. A missing speaker carries the previous one.
 *
 * A file whose segments hold no text comes back with its `vtt`, for the WebVTT reader
 * (`withEmbeddedVtt`): kept apart, so reading the usual JSON needs no WebVTT reader.
 */
export function readPodcastJsonSegments(text: string): SegmentsRead {
  const steps = readPodcastJsonSegmentsInSteps(text, undefined);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

type SegmentsRead = ParseResult<RawSegment> & { vtt?: string };

/** How much is read between two pauses: about a millisecond's work each. */
export interface StepSize {
  /** Characters of the `segments` list. */
  pieceChars: number;
  /** Tokens grouped into lines. */
  tokensPerStep: number;
}

const STEP_SIZE: StepSize = { pieceChars: 64 * 1024, tokensPerStep: 4096 };

/**
 * `readPodcastJsonSegments`, pausing (`yield`) about every millisecond (`step`; none: read whole):
 * the `segments` list is parsed a piece at a time (`json-list-pieces.ts`), and its words
 * grouped a few thousand at a time. The result is the same as reading the file whole,
 * which is what happens whenever the list cannot be cut with certainty.
 */
export function* readPodcastJsonSegmentsInSteps(text: string, step: StepSize | undefined = STEP_SIZE): Generator<void, SegmentsRead> {
  let reader = new SegmentReader();
  const list = step && findList(text, 'segments');
  let value: unknown;
  if (list) {
    const pieces = listPieces(text, list, step.pieceChars);
    for (;;) {
      const piece = pieces.next();
      if (piece.done) {
        value = piece.value;
        break;
      }
      reader.read(piece.value);
      yield;
    }
  }
  let problems: Problem[] = [];
  if (value === undefined) {
    // Not cut: read whole.
    const whole = readJson(text, { singleQuotes: true });
    problems = whole.problems;
    if (problems.some((problem) => problem.fatal)) return { items: [], problems };
    value = whole.value;
    const segments = isObject(value) ? value['segments'] : undefined;
    if (!Array.isArray(segments)) {
      problems.push(
        problem(
          'list-missing',
          { field: 'segments', example: '{"version": "1.0.0", "segments": [...]}' },
          { path: 'segments', fatal: true },
        ),
      );
      return { items: [], problems };
    }
    reader = new SegmentReader();
    reader.read(segments);
  }
  const read = reader.inTimeOrder();
  const { words } = read;
  problems.push(...reader.problems);
  if (words.length === 0 && isObject(value) && typeof value['vtt'] === 'string') return { items: [], problems, vtt: value['vtt'] };
  if (words.length === 0) {
    problems.push(problem('no-timed-text', { entry: 'segment' }, { path: 'segments', fatal: true }));
    return { items: [], problems };
  }
  // Texts are collapsed: a plain space is the only whitespace they can hold.
  let singleWords = 0;
  for (let i = 0; i < words.length; i++) if (!words[i]!.text.includes(' ')) singleWords++;
  const items =
    singleWords / words.length >= WORD_LEVEL_SHARE
      ? yield* groupWordsInSteps(read, step?.tokensPerStep ?? Number.POSITIVE_INFINITY)
      : joinSplitCaptions(read);
  return { items, problems };
}

/**
 * Reads segments into timed texts (words, in a word-level file), a list (or a piece of it)
 * at a time, each with its speaker beside it: the speaker carries over from one piece to
 * the next. This runs for every word of a word-level file, so it is a plain loop that builds
 * nothing but the word: no spreads, no path strings, no span objects.
 */
class SegmentReader {
  problems: Problem[] = [];
  private words: ReadWord[] = [];
  private speakers: (string | undefined)[] = [];
  private count = 0;
  private speaker: string | undefined;
  private lastNamed: string | undefined;
  private untexted = 0;
  private firstUntexted = -1;
  /** Whether the texts read so far are in time order, checked as they are read (a walk of its own cost milliseconds). */
  private ordered = true;
  private lastStart = Number.NEGATIVE_INFINITY;

  read(segments: unknown[]): void {
    const { problems, words: read, speakers } = this;
    let { speaker, lastNamed, ordered, lastStart } = this;
    const offset = this.count;
    for (let n = 0; n < segments.length; n++) {
      const segment = segments[n];
      const i = offset + n;
      if (!isObject(segment)) {
        problems.push(problem('entry-not-object', { entry: 'segment' }, { path: `segments[${i}]` }));
        continue;
      }
      const named = segment['speaker'];
      // Trimmed only when it changes: word-level files repeat it for every word, and trim copies.
      if (typeof named === 'string' && named !== lastNamed) {
        lastNamed = named;
        if (named.trim() !== '') speaker = named.trim();
      }
      const body = segment['body'] ?? segment['text'];
      if (typeof body !== 'string') {
        this.untexted++;
        if (this.firstUntexted < 0) this.firstUntexted = i;
        continue;
      }
      const startTime = segment['startTime'];
      const endTime = segment['endTime'];
      let start: number;
      let end: number | undefined;
      // The usual case, which `readSpan` would read without a problem: plain numbers in order.
      // Taken here, so that a 100,000-word file builds no span object per word.
      if (
        typeof startTime === 'number' &&
        typeof endTime === 'number' &&
        startTime >= 0 &&
        endTime >= startTime &&
        endTime < Number.POSITIVE_INFINITY
      ) {
        start = startTime;
        end = endTime;
      } else {
        const span = readSpan(segment, `segments[${i}]`, ['startTime', 'start'], ['endTime', 'end'], problems);
        if (!span) continue;
        ({ start, end } = span);
      }
      const words = collapseWhitespace(body);
      // Blank bodies only mark gaps between words; the words keep their own times.
      if (words === '') continue;
      // Every word has all three keys (the end may be undefined): one object shape keeps the loops fast.
      read.push({ start, end, text: words });
      speakers.push(speaker);
      if (start < lastStart) ordered = false;
      lastStart = start;
    }
    this.speaker = speaker;
    this.lastNamed = lastNamed;
    this.ordered = ordered;
    this.lastStart = lastStart;
    this.count += segments.length;
  }

  /** The texts in time order, with the problem of segments without text, once all are read. */
  inTimeOrder(): WordList {
    const { words, speakers } = this;
    if (this.untexted > 0) {
      this.problems.push(
        problem('segments-without-text', { count: this.untexted, total: this.count }, { path: `segments[${this.firstUntexted}].body` }),
      );
    }
    // Word-level grouping and end derivation need time order; sort is stable for ties.
    // Files are nearly always in order already, and checking is cheaper than sorting.
    if (this.ordered) return { words, speakers };
    const order = words.map((_, i) => i).sort((a, b) => words[a]!.start - words[b]!.start);
    return { words: order.map((i) => words[i]!), speakers: order.map((i) => speakers[i]) };
  }
}

/** The segments read, or the embedded WebVTT read with `parseWebVTT` when they held no text. */
export function withEmbeddedVtt(
  result: ParseResult<RawSegment> & { vtt?: string },
  parseWebVTT: (text: string) => ParseResult<RawSegment>,
): ParseResult<RawSegment> {
  if (result.vtt === undefined) return result;
  const embedded = parseWebVTT(result.vtt);
  return { items: embedded.items, problems: [...result.problems, ...embedded.problems.map((p) => ({ ...p, path: 'vtt' }))] };
}

/** Consecutive segments of one speaker with identical start and end are one caption. */
function joinSplitCaptions({ words, speakers }: WordList): RawSegment[] {
  const items: RawSegment[] = [];
  words.forEach((token, i) => {
    const speaker = speakers[i];
    const last = items[items.length - 1];
    if (last && last.start === token.start && last.end === token.end && last.speaker === speaker) {
      last.text = `${last.text} ${token.text}`;
      return;
    }
    items.push({
      start: token.start,
      ...(token.end !== undefined ? { end: token.end } : {}),
      text: token.text,
      ...(speaker !== undefined ? { speaker } : {}),
    });
  });
  return items;
}
