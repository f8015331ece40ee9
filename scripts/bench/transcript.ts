/**
 * Deterministic, realistic word-level Podcasting 2.0 JSON transcripts of any word count, for
 * `scripts/profile-parse.ts`: one segment per word with its own start and end, about 2.5
 * words a second, sentences of 4–22 words with short pauses between them, and the speaker
 * changing every few sentences. The same size and seed always give the same file, byte for
 * byte. (The bench's episodes, the same for every player, come from episode.ts.)
 */

const SPEAKERS = ['Alice Moreno', 'Bob Lindqvist', 'Chidi Okafor'];

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

/** mulberry32: a tiny seeded PRNG with good enough statistics for synthetic data. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Transcript {
  /** The file text, as a podcast host would publish it (one segment per line). */
  json: string;
  words: number;
  /** End of the last word, in seconds. */
  duration: number;
}

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

export function makeTranscript(wordCount: number, seed = 1): Transcript {
  const random = prng(seed);
  const between = (low: number, high: number) => low + random() * (high - low);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const lines: string[] = [];
  let time = 0.5;
  let speaker = 0;
  let sentencesLeft = 0;
  let sentenceLeft = 0;
  for (let i = 0; i < wordCount; i++) {
    const startsSentence = sentenceLeft === 0;
    if (startsSentence) {
      if (sentencesLeft === 0) {
        if (i > 0) {
          speaker = (speaker + 1 + (random() < 0.15 ? 1 : 0)) % SPEAKERS.length;
          time += between(0.4, 1.2); // a turn change
        }
        sentencesLeft = 2 + Math.floor(random() * 4);
      } else {
        time += between(0.2, 0.7); // a breath between sentences
      }
      sentencesLeft--;
      sentenceLeft = 4 + Math.floor(random() * 19);
    }
    sentenceLeft--;
    let word = pick(WORDS);
    if (startsSentence) word = word[0]!.toUpperCase() + word.slice(1);
    if (sentenceLeft === 0) word += random() < 0.2 ? '?' : '.';
    else if (random() < 0.07) word += ',';
    const length = 0.09 + 0.04 * word.length * between(0.8, 1.2);
    const start = time;
    time += length;
    lines.push(JSON.stringify({ speaker: SPEAKERS[speaker], startTime: round(start), endTime: round(time), body: word }));
    time += between(0.01, 0.06);
  }
  return {
    json: `{\n"version": "1.0.0",\n"segments": [\n${lines.join(',\n')}\n]\n}\n`,
    words: wordCount,
    duration: round(time),
  };
}
