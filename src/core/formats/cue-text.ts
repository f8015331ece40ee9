import { decodeEntities } from '../text.js';

/**
 * The WebVTT cue text tokenizer, as the spec writes it: text with character references,
 * start tags (`<c.loud>`, `<v Roger>`, `<ruby>`, …: a name, classes after dots and an
 * annotation after whitespace), end tags and timestamp tags. Every `<` opens a tag that runs
 * to the next `>` or the end of the cue, so `a < b` and an unterminated `<v Roger text` show
 * only what comes before them, as in browsers. The display text is every text token in order:
 * the tree the spec builds from the tags never drops text (ruby annotations and `<rt>`
 * without `<ruby>` included), so it is not built.
 */
export type CueToken =
  | { kind: 'text'; text: string }
  | { kind: 'start'; name: string; annotation: string }
  | { kind: 'end'; name: string }
  | { kind: 'timestamp'; value: string };

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\f' || c === '\n';

export function tokenizeCueText(input: string): CueToken[] {
  const tokens: CueToken[] = [];
  const length = input.length;
  let at = 0;
  while (at < length) {
    if (input[at] !== '<') {
      const next = input.indexOf('<', at);
      const stop = next < 0 ? length : next;
      tokens.push({ kind: 'text', text: decodeEntities(input.slice(at, stop)) });
      at = stop;
      continue;
    }
    // The tag runs to the next `>` (consumed) or the end; what it is depends on its first character.
    const close = input.indexOf('>', at + 1);
    const stop = close < 0 ? length : close;
    const body = input.slice(at + 1, stop);
    at = close < 0 ? length : close + 1;
    const first = body.charAt(0);
    if (first === '/') tokens.push({ kind: 'end', name: body.slice(1) });
    else if (first >= '0' && first <= '9') tokens.push({ kind: 'timestamp', value: body });
    else tokens.push(startTag(body));
  }
  return tokens;
}

/** `name.class.class annotation`: the name ends at a dot or whitespace, the annotation starts after whitespace. */
function startTag(body: string): CueToken {
  let k = 0;
  while (k < body.length && !isSpace(body[k]!)) k++;
  const head = body.slice(0, k);
  const name = head.split('.', 1)[0]!;
  // A line feed that ends the name belongs to the annotation, where it is whitespace anyway.
  const annotation = decodeEntities(body.slice(k))
    .replace(/[ \t\f\n\r]+/g, ' ')
    .trim();
  return { kind: 'start', name, annotation };
}
