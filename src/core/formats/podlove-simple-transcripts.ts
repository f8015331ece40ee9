import { problem, quote, type Problem } from '../message.js';
import type { ParseResult, RawSegment, SourceInfo } from '../model.js';
import { lineCounter, markupToText, readAttributes } from '../text.js';
import { parseTime } from '../time.js';
import { groupWords, type Token } from './words.js';

// Any namespace prefix: `<pst:item>`, `<t:item>`, `<item>`.
const NAME = '(?:[\\w.-]+:)?';
const PARTS = new RegExp(
  [
    `<${NAME}(speech)\\b[^<>]*>`,
    `<${NAME}speaker(?:\\s[^<>]*)?>([^<]*)</${NAME}speaker\\s*>`,
    `<${NAME}item(\\s[^<>]*?)?(?:/>|>([^<]*(?:<(?!/?${NAME}item\\b)[^<]*)*)</${NAME}item\\s*>)`,
  ].join('|'),
  'g',
);

/**
 * Podlove Simple Transcripts XML: `<pst:speech><pst:speaker>Name</pst:speaker>` and timed
 * `<pst:item start end>` runs of one or a few words. Items are grouped into lines like a
 * word-level file, never across a speech; each item keeps its timing as a word.
 */
export function parsePodloveSimpleTranscripts(text: string, _source?: SourceInfo): ParseResult<RawSegment> {
  const problems: Problem[] = [];
  const tokens: Token[] = [];
  const lineAt = lineCounter(text);
  let speaker: string | undefined;
  let newSpeech = true;
  for (const match of text.matchAll(PARTS)) {
    const [, speech, speakerName, attributes, content] = match;
    if (speech) {
      newSpeech = true;
    } else if (speakerName !== undefined) {
      speaker = markupToText(speakerName) || speaker;
    } else {
      const attrs = readAttributes(attributes ?? '');
      const start = parseTime(attrs.get('start'));
      const words = markupToText(content ?? '');
      if (start === undefined) {
        const written = attrs.get('start');
        const at = { line: lineAt(match.index) };
        problems.push(
          written === undefined
            ? problem('start-missing', { entry: 'item' }, at)
            : problem('start-not-time', { value: quote(written), entry: 'item' }, at),
        );
        continue;
      }
      if (words === '') continue;
      const end = parseTime(attrs.get('end'));
      tokens.push({
        start,
        ...(end !== undefined && end >= start ? { end } : {}),
        text: words,
        ...(speaker ? { speaker } : {}),
        ...(newSpeech ? { breakBefore: true } : {}),
      });
      newSpeech = false;
    }
  }
  if (tokens.length === 0) {
    problems.push(problem('nothing-found', { resource: 'transcript', example: '<pst:item start="…">text</pst:item>' }, { fatal: true }));
    return { items: [], problems };
  }
  return { items: groupWords(tokens.sort((a, b) => a.start - b.start)), problems };
}
