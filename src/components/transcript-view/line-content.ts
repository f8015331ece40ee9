import { html, isServer, type TemplateResult } from 'lit';
import type { Segment, Word } from '../../core/model.js';
import type { SearchMatch } from '../../core/search.js';

/**
 * What a transcript line shows: its text with search matches marked when it has any,
 * else its words as spans when it has word times (for the word highlight), else text.
 */
export function lineContent(segment: Segment, matches: readonly SearchMatch[] | undefined, current: SearchMatch | undefined) {
  if (matches?.length) return markedText(segment.text, matches, current);
  // Words are spans built with the DOM, which server rendering does not have: there, the text.
  if (segment.words?.length && !isServer) return wordSpans(segment.words);
  return segment.text;
}

/**
 * A line's words as spans, built with the DOM directly: a block of 40 long lines holds
 * about a thousand words, and one Lit template per word costs ten times as much.
 * `textContent` keeps the words text, never markup.
 */
function wordSpans(words: readonly Word[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  words.forEach((word, k) => {
    if (k) fragment.append(' ');
    const span = document.createElement('span');
    span.setAttribute('part', 'word');
    span.dataset.w = String(k);
    span.textContent = word.text;
    fragment.append(span);
  });
  return fragment;
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
