/**
 * `npx tsx scripts/profile-parse.ts [name...]`: times `parseTranscript` + `normaliseSegments`
 * on big, realistic inputs of each heavy format and prints a table (median of 7 runs after
 * 2 warm-ups). All inputs are generated deterministically from the bench's word-level
 * generator, so every format carries the same kind of speech. Names pick inputs (see the
 * table's first column); `--cpu-prof` finds hot spots:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/profile-parse.ts words-100k
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseTranscript } from '../src/core/formats/index.js';
import type { Segment } from '../src/core/model.js';
import { normaliseSegments } from '../src/core/normalise.js';
import { formatTimestamp } from '../src/core/time.js';
import { makeTranscript } from './bench/transcript.js';

const WARM_UPS = 2;
const RUNS = 7;
/** About 2.5 words a second: 27,000 words are 3 hours of speech. */
const THREE_HOURS_OF_WORDS = 27_000;
/** A caption line closes at a sentence end once it has this many words, or at the maximum. */
const CUE_MIN_WORDS = 5;
const CUE_MAX_WORDS = 11;

interface SpokenWord {
  speaker: string;
  start: number;
  end: number;
  text: string;
}

interface Input {
  name: string;
  description: string;
  text: string;
}

/** The words of the bench's word-level file, to build the other formats from. */
function spokenWords(count: number): SpokenWord[] {
  const { segments } = JSON.parse(makeTranscript(count).json) as {
    segments: { speaker: string; startTime: number; endTime: number; body: string }[];
  };
  return segments.map((segment) => ({ speaker: segment.speaker, start: segment.startTime, end: segment.endTime, text: segment.body }));
}

/** Words into caption-sized runs: one speaker each, closed at sentence ends or a maximum length. */
function cues(words: SpokenWord[]): SpokenWord[][] {
  const result: SpokenWord[][] = [];
  let current: SpokenWord[] = [];
  for (const word of words) {
    if (current.length > 0 && current[0]!.speaker !== word.speaker) {
      result.push(current);
      current = [];
    }
    current.push(word);
    if (current.length >= CUE_MAX_WORDS || (current.length >= CUE_MIN_WORDS && /[.?]$/.test(word.text))) {
      result.push(current);
      current = [];
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}

const vttTime = (seconds: number) => formatTimestamp(seconds);
const srtTime = (seconds: number) => formatTimestamp(seconds).replace('.', ',');
const last = <T>(items: T[]): T => items[items.length - 1]!;

/** WebVTT with a `<v>` voice per cue and an inline timestamp before every word after the first. */
function vttWithWordTimes(words: SpokenWord[]): string {
  const blocks = cues(words).map((cue, i) => {
    const payload = cue.map((word, k) => (k === 0 ? word.text : `<${vttTime(word.start)}>${word.text}`)).join(' ');
    return `${i + 1}\n${vttTime(cue[0]!.start)} --> ${vttTime(last(cue).end)}\n<v ${cue[0]!.speaker}>${payload}`;
  });
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

/** Plain WebVTT captions: voices, no word timing. */
function vttPlain(words: SpokenWord[]): string {
  const blocks = cues(words).map(
    (cue) => `${vttTime(cue[0]!.start)} --> ${vttTime(last(cue).end)}\n<v ${cue[0]!.speaker}>${cue.map((word) => word.text).join(' ')}`,
  );
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

/** SRT as Descript and friends export it: `Name:` on a speaker change, payload wrapped at ~42 chars, CRLF. */
function srt(words: SpokenWord[]): string {
  let speaker = '';
  const blocks = cues(words).map((cue, i) => {
    let text = cue.map((word) => word.text).join(' ');
    if (cue[0]!.speaker !== speaker) text = `${cue[0]!.speaker}: ${text}`;
    speaker = cue[0]!.speaker;
    const wrapped = text.replace(/(.{30,42}?) /g, '$1\n');
    return `${i + 1}\n${srtTime(cue[0]!.start)} --> ${srtTime(last(cue).end)}\n${wrapped}`;
  });
  return `${blocks.join('\n\n')}\n`.replace(/\n/g, '\r\n');
}

/** Podcasting 2.0 JSON with one segment per caption-sized run (sentence level). */
function sentenceJson(words: SpokenWord[]): string {
  const segments = cues(words).map((cue) =>
    JSON.stringify({
      speaker: cue[0]!.speaker,
      startTime: cue[0]!.start,
      endTime: last(cue).end,
      body: cue.map((word) => word.text).join(' '),
    }),
  );
  return `{\n"version": "1.0.0",\n"segments": [\n${segments.join(',\n')}\n]\n}\n`;
}

export function inputs(): Input[] {
  const threeHours = spokenWords(THREE_HOURS_OF_WORDS);
  return [
    { name: 'words-100k', description: 'word-level JSON, 100,000 words', text: makeTranscript(100_000).json },
    { name: 'words-3h', description: 'word-level JSON, 3 h', text: makeTranscript(THREE_HOURS_OF_WORDS).json },
    { name: 'vtt-words-3h', description: 'WebVTT, inline word times, 3 h', text: vttWithWordTimes(threeHours) },
    { name: 'vtt-3h', description: 'WebVTT, voices, 3 h', text: vttPlain(threeHours) },
    { name: 'srt-3h', description: 'SRT, CRLF, Name: prefixes, 3 h', text: srt(threeHours) },
    { name: 'sentences-3h', description: 'sentence-level JSON, 3 h', text: sentenceJson(threeHours) },
  ];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Row {
  input: Input;
  format: string;
  segments: number;
  words: number;
  parse: number;
  normalise: number;
  total: number;
}

function measure(input: Input): Row {
  const parse: number[] = [];
  const normalise: number[] = [];
  const total: number[] = [];
  let result: ReturnType<typeof parseTranscript> = { items: [], problems: [] };
  let segments: Segment[] = [];
  for (let run = 0; run < WARM_UPS + RUNS; run++) {
    const t0 = performance.now();
    result = parseTranscript(input.text);
    const t1 = performance.now();
    segments = normaliseSegments(result.items);
    const t2 = performance.now();
    if (run < WARM_UPS) continue;
    parse.push(t1 - t0);
    normalise.push(t2 - t1);
    total.push(t2 - t0);
  }
  const fatal = result.problems.find((problem) => problem.fatal);
  if (fatal) throw new Error(`${input.name}: ${fatal.message}`);
  return {
    input,
    format: result.format ?? '?',
    segments: segments.length,
    words: segments.reduce((sum, segment) => sum + (segment.words?.length ?? 0), 0),
    parse: median(parse),
    normalise: median(normalise),
    total: median(total),
  };
}

function table(rows: Row[]): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const header = ['input', 'format', 'size', 'segments', 'words', 'parse', 'normalise', 'total (median)'];
  const body = rows.map((row) => [
    `${row.input.name} (${row.input.description})`,
    row.format,
    `${(row.input.text.length / 1e6).toFixed(2)} MB`,
    row.segments.toLocaleString('en'),
    row.words.toLocaleString('en'),
    ms(row.parse),
    ms(row.normalise),
    ms(row.total),
  ]);
  const lines = [header, header.map((_, k) => (k < 2 ? '---' : '---:')), ...body];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function main(wanted: string[]): void {
  const chosen = inputs().filter((input) => wanted.length === 0 || wanted.includes(input.name));
  if (chosen.length === 0) throw new Error(`no input named ${wanted.join(', ')}; see the table for names`);
  // The machine is shared: a load average near the core count means slower, noisier figures.
  const load = os.loadavg()[0]!.toFixed(2);
  console.log(
    `Node ${process.version}, ${os.cpus().length} cores, 1-minute load ${load}; median of ${RUNS} runs after ${WARM_UPS} warm-ups\n`,
  );
  console.log(table(chosen.map(measure)));
}

// Run, unless imported for its inputs.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
