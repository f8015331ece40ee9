import { html, nothing, type TemplateResult } from 'lit';
import type { Segment } from '../core/model.js';
import type { SearchMatch } from '../core/search.js';

/**
 * What a transcript line shows: its text with search matches marked when it has any,
 * else its words as spans when it has word times (for the word highlight), else text.
 */
export function lineContent(segment: Segment, matches: readonly SearchMatch[] | undefined, current: SearchMatch | undefined) {
  if (matches?.length) return markedText(segment.text, matches, current);
  if (segment.words?.length) {
    return segment.words.map((word, k) => html`${k ? ' ' : nothing}<span part="word" data-w=${k}>${word.text}</span>`);
  }
  return segment.text;
}

function markedText(text: string, matches: readonly SearchMatch[], current: SearchMatch | undefined): TemplateResult[] {
  const pieces: TemplateResult[] = [];
  let at = 0;
  for (const match of matches) {
    const isCurrent = match === current;
    pieces.push(
      html`${text.slice(at, match.start)}<mark part=${isCurrent ? 'match current-match' : 'match'} class=${isCurrent ? 'current' : ''}
          >${text.slice(match.start, match.start + match.length)}</mark
        >`,
    );
    at = match.start + match.length;
  }
  pieces.push(html`${text.slice(at)}`);
  return pieces;
}
