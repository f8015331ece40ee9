import type { RawSegment, Word } from '../model.js';

/** One timed piece of text from a word-level file: usually a word, sometimes punctuation. */
export interface Token {
  start: number;
  end?: number | undefined;
  text: string;
  speaker?: string | undefined;
  /** Start a new line here whatever the rules say (a new speech in the source). */
  breakBefore?: boolean;
}

/** A pause longer than this starts a new line. */
const PAUSE = 1;
/** A sentence end closes a line only once the line has this many words... */
const SENTENCE_WORDS = 8;
/** ...and a line never grows past this many. */
const MAX_WORDS = 25;

// Tokens that belong to the word before them: word-level exports often time "," and "." apart.
const TRAILING = /^[.,;:!?…)\]}»”’%]+$/;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;
// Their first and last characters, checked before the regexes: these run for every word of
// a 100,000-word file, and nearly every word fails on that one character.
const isTrailing = (text: string) => '.,;:!?…)]}»”’%'.includes(text.charAt(0)) && TRAILING.test(text);
const endsSentence = (text: string) => '.!?…"\'”’)]'.includes(text.charAt(text.length - 1)) && SENTENCE_END.test(text);

/** A word as a parser reads it: its end may be missing until the grouping sets it. */
export interface ReadWord {
  start: number;
  end: number | undefined;
  text: string;
}

/**
 * The words of a word-level file in time order, each with its speaker at the same index.
 * Their objects become the lines' words as they are (the end set, punctuation glued on):
 * a 100,000-word file makes one object per word, not a token and then a word.
 */
export interface WordList {
  readonly words: ReadWord[];
  readonly speakers: readonly (string | undefined)[];
  /** Indexes where a new speech starts, a new line whatever the rules say. */
  readonly breaks?: ReadonlySet<number>;
}

/**
 * Groups word-level tokens into readable lines, keeping each word's timing in `words`:
 * a new line on a speaker change, after a pause, after a sentence once the line is long
 * enough, and at a maximum length. Tokens must be in time order and not blank.
 */
export function groupWords(tokens: Token[]): RawSegment[] {
  const breaks = new Set<number>();
  tokens.forEach((token, i) => token.breakBefore && breaks.add(i));
  const list: WordList = {
    words: tokens.map((token) => ({ start: token.start, end: token.end, text: token.text })),
    speakers: tokens.map((token) => token.speaker),
    breaks,
  };
  const steps = groupWordsInSteps(list, Number.POSITIVE_INFINITY);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `groupWords`, pausing (`yield`) after every `wordsPerStep` words, so that a page can
 * paint between the steps of a 100,000-word file. A plain loop that makes no object per word.
 */
export function* groupWordsInSteps({ words: read, speakers, breaks }: WordList, wordsPerStep: number): Generator<void, RawSegment[]> {
  const lines: RawSegment[] = [];
  let words: Word[] = [];
  let speaker: string | undefined;
  let stepEnd = wordsPerStep;
  for (let i = 0; i < read.length; i++) {
    if (i === stepEnd) {
      yield;
      stepEnd += wordsPerStep;
    }
    const word = read[i]!;
    const end = Math.max(word.start, word.end ?? read[i + 1]?.start ?? word.start);
    const last = words[words.length - 1];
    const sameLine = last !== undefined && !breaks?.has(i) && speakers[i] === speaker;
    if (sameLine && isTrailing(word.text)) {
      last.text += word.text;
      last.end = Math.max(last.end, end);
      continue;
    }
    const breakHere =
      !sameLine ||
      word.start - last.end > PAUSE ||
      words.length >= MAX_WORDS ||
      (words.length >= SENTENCE_WORDS && endsSentence(last.text));
    if (breakHere) {
      if (words.length > 0) lines.push(line(words, speaker));
      words = [];
      speaker = speakers[i];
    }
    word.end = end;
    words.push(word as Word);
  }
  if (words.length > 0) lines.push(line(words, speaker));
  return lines;
}

/** A finished line: it ends with its latest word, which glued punctuation may have moved. */
function line(words: Word[], speaker: string | undefined): RawSegment {
  let end = words[0]!.end;
  for (const word of words) end = Math.max(end, word.end);
  return {
    start: words[0]!.start,
    end,
    text: words.map((word) => word.text).join(' '),
    ...(speaker !== undefined ? { speaker } : {}),
    words,
  };
}
