/**
 * The episodes every player in the bench is measured on: generated from a seed, so every
 * run measures the same bytes. An episode is lines of one sentence each (8–12 words, every
 * word with its own start and end), two speakers taking turns every few lines, and a
 * chapter every nine minutes or so. `formats.ts` writes it out in each player's format.
 *
 * Lines are sentences of at least 8 words with no sentence end inside them, and pauses
 * inside a line stay under a second, so a player that groups word-level data into lines
 * (ours does) finds exactly these lines: all three players show the same lines.
 */
import { prng } from './transcript.js';

export interface EpisodeWord {
  text: string;
  start: number;
  end: number;
}

export interface EpisodeLine {
  /** Index into `Episode.speakers`. */
  speaker: number;
  start: number;
  end: number;
  words: EpisodeWord[];
}

export interface EpisodeChapter {
  start: number;
  title: string;
}

export interface Episode {
  /** Short name used in URLs and tables: `7min`, `3h`, `10h`. */
  name: string;
  /** What the tables call it. */
  label: string;
  speakers: readonly string[];
  lines: EpisodeLine[];
  chapters: EpisodeChapter[];
  words: number;
  /** End of the last word, in seconds. */
  duration: number;
}

export interface EpisodeSpec {
  name: string;
  label: string;
  lines: number;
  /** Length the episode is scaled to, in seconds. */
  seconds: number;
  chapters: number;
  seed: number;
}

/** The sizes measured: a short episode, the 3-hour one of the issue, and a 10-hour one. */
export const EPISODES: readonly EpisodeSpec[] = [
  { name: '7min', label: '7 minutes', lines: 100, seconds: 360, chapters: 2, seed: 7 },
  { name: '3h', label: '3 hours', lines: 3_000, seconds: 3 * 3600, chapters: 20, seed: 3 },
  { name: '10h', label: '10 hours', lines: 10_000, seconds: 10 * 3600, chapters: 67, seed: 10 },
];

const SPEAKERS = ['Alice Moreno', 'Bob Lindqvist'] as const;

// Common words weighted towards the short ones, with some long ones as real speech has.
const WORDS = (
  'the a to of and in that is it you we I was for on with this be are have they so but ' +
  'not at what like just do about can there all if one know think really from people ' +
  'right yeah get more going would which time when some because also their out them ' +
  'then very much said thing make well good first year way even could new work other ' +
  'episode podcast listeners question interesting actually basically important ' +
  'conversation technology something everything different probably understand ' +
  'experience information development community government especially particular ' +
  'microphone distribution subscription recommendation infrastructure responsibility ' +
  'transcription accessibility entrepreneurship'
).split(' ');

const TOPICS = (
  'Introductions|Listener mail|The news this week|Microphones and rooms|Editing workflows|Transcripts and search|' +
  'Chapters that help|Hosting and feeds|Statistics without tracking|Accessibility|Interview: a community radio|' +
  'Open standards|Funding a show|Guests and scheduling|Remote recording|Loudness|Show notes|Live shows|' +
  'Archives and history|Wrap-up and thanks'
).split('|');

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

export function makeEpisode(spec: EpisodeSpec): Episode {
  const random = prng(spec.seed);
  const between = (low: number, high: number) => low + random() * (high - low);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  // First in natural time (2.5–3 words a second), then scaled to the episode's length.
  const lines: EpisodeLine[] = [];
  let time = 0.5;
  let speaker = 0;
  let turnLeft = 0;
  let words = 0;
  for (let l = 0; l < spec.lines; l++) {
    if (turnLeft === 0) {
      if (l > 0) {
        speaker = 1 - speaker;
        time += between(0.3, 0.8); // a turn change
      }
      turnLeft = 1 + Math.floor(random() * 6);
    }
    turnLeft--;
    const count = 8 + Math.floor(random() * 5);
    const line: EpisodeLine = { speaker, start: time, end: time, words: [] };
    for (let w = 0; w < count; w++) {
      let text = pick(WORDS);
      if (w === 0) text = text[0]!.toUpperCase() + text.slice(1);
      if (w === count - 1) text += random() < 0.2 ? '?' : '.';
      else if (random() < 0.07) text += ',';
      const start = time;
      time += 0.09 + 0.04 * text.length * between(0.8, 1.2);
      line.words.push({ text, start, end: time });
      time += between(0.01, 0.06);
    }
    words += count;
    line.end = line.words[count - 1]!.end;
    lines.push(line);
    time += between(0.2, 0.9); // a breath between sentences
  }

  const scale = spec.seconds / lines[lines.length - 1]!.end;
  for (const line of lines) {
    line.start = round(line.start * scale);
    line.end = round(line.end * scale);
    for (const word of line.words) {
      word.start = round(word.start * scale);
      word.end = round(word.end * scale);
    }
  }

  // A chapter every N lines give or take a few, the first at the start of the episode.
  const chapters: EpisodeChapter[] = [];
  const every = spec.lines / spec.chapters;
  for (let c = 0; c < spec.chapters; c++) {
    const at = c === 0 ? 0 : Math.round(c * every + between(-every / 4, every / 4));
    const topic = TOPICS[c % TOPICS.length]!;
    chapters.push({
      start: c === 0 ? 0 : lines[at]!.start,
      title: c < TOPICS.length ? topic : `${topic} (${Math.floor(c / TOPICS.length) + 1})`,
    });
  }

  return {
    name: spec.name,
    label: spec.label,
    speakers: SPEAKERS,
    lines,
    chapters,
    words,
    duration: lines[lines.length - 1]!.end,
  };
}
