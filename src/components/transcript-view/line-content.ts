import { html, isServer, type TemplateResult } from 'lit';
import type { Segment, Word } from '../../core/model.js';
import type { SearchMatch } from '../../core/search.js';

/**
 * What a transcript line shows: its text with search matches marked when it has any,
 * else its words when it has word times (as spans for the word highlight once `worded`,
 * until then the same words as one text), else text.
 */
export function lineContent(
  segment: Segment,
  matches: readonly SearchMatch[] | undefined,
  current: SearchMatch | undefined,
  worded = true,
) {
  if (matches?.length) return markedText(segment.text, matches, current);
  if (!segment.words?.length) return segment.text;
  // Words are spans built with the DOM, which server rendering does not have: there, the text.
  if (worded && !isServer) return wordSpans(segment.words);
  return segment.words.map((word) => word.text).join(' ');
}

/**
 * A line's words as spans, built with the DOM directly: a block of 40 long lines holds
 * about a thousand words, and one Lit template per word costs ten times as much. Each span
 * is a copy of one made once (copying its attribute costs less than setting it), and the
 * spaces between them are one text node each. `textContent` keeps the words text, never markup.
 */
function wordSpans(words: readonly Word[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const model = (wordModel ??= wordElement());
  for (let k = 0; k < words.length; k++) {
    const span = model.cloneNode() as HTMLSpanElement;
    span.textContent = words[k]!.text;
    if (k) fragment.append(' ', span);
    else fragment.append(span);
  }
  return fragment;
}

let wordModel: HTMLSpanElement | undefined;

function wordElement(): HTMLSpanElement {
  const span = document.createElement('span');
  span.setAttribute('part', 'word');
  return span;
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
