import type { RawSegment, Word } from '../model.js';

/** One timed piece of text from a word-level file: usually a word, sometimes punctuation. */
export interface Token {
  start: number;
  end?: number;
  text: string;
  speaker?: string;
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

/**
 * Groups word-level tokens into readable lines, keeping each word's timing in `words`:
 * a new line on a speaker change, after a pause, after a sentence once the line is long
 * enough, and at a maximum length. Tokens must be in time order and not blank.
 */
export function groupWords(tokens: Token[]): RawSegment[] {
  const lines: { speaker?: string; words: Word[] }[] = [];
  tokens.forEach((token, i) => {
    const end = Math.max(token.start, token.end ?? tokens[i + 1]?.start ?? token.start);
    const line = lines[lines.length - 1];
    const last = line?.words[line.words.length - 1];
    const sameLine = line !== undefined && last !== undefined && !token.breakBefore && token.speaker === line.speaker;
    if (sameLine && TRAILING.test(token.text)) {
      last.text += token.text;
      last.end = Math.max(last.end, end);
      return;
    }
    const breakHere =
      !sameLine ||
      token.start - last.end > PAUSE ||
      line.words.length >= MAX_WORDS ||
      (line.words.length >= SENTENCE_WORDS && SENTENCE_END.test(last.text));
    const word = { start: token.start, end, text: token.text };
    if (breakHere) lines.push({ ...(token.speaker !== undefined ? { speaker: token.speaker } : {}), words: [word] });
    else line.words.push(word);
  });
  return lines.map(({ speaker, words }) => ({
    start: words[0]!.start,
    end: Math.max(...words.map((word) => word.end)),
    text: words.map((word) => word.text).join(' '),
    ...(speaker !== undefined ? { speaker } : {}),
    words,
  }));
}
