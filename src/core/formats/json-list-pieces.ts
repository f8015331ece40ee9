/**
 * A JSON document's one long list of objects, read a piece at a time, so that a
 * 100,000-entry file can be read with pauses between pieces (one `JSON.parse` of eight
 * megabytes holds the page for 50 ms and more).
 *
 * The pieces are cut without scanning the text character by character (that scan cost
 * more than `JSON.parse` itself): a piece ends at the first `},` past its length, and is
 * kept only if it parses. That makes every cut certain: a cut inside a string leaves the
 * piece's last string open, and a cut inside an entry leaves a bracket open, and neither
 * parses. A piece that does not parse is made longer, to the next `},`, a few times.
 * Whatever stays uncertain (a piece that never parses, an empty entry, the key twice, a
 * list whose end is not found) ends the reading with `undefined`: the caller then reads
 * the whole file, whose reader says what is wrong and where.
 */

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
/** Longer pieces tried before giving up, and `]` tried as the list's end. */
const TRIES = 8;

export interface ListStart {
  /** The document up to and with the list's `[`. */
  readonly head: string;
  /** The key, quoted, as it must appear once only. */
  readonly name: string;
}

/**
 * The list under `key` of the top-level object: the text up to its `[`. Undefined when the
 * text does not begin with an object, or the key is not found among the top level's keys
 * before `searchChars`.
 */
export function findList(text: string, key: string, searchChars = 64 * 1024): ListStart | undefined {
  const open = text.search(/\S/);
  if (open < 0 || text.charCodeAt(open) !== OPEN_BRACE) return undefined;
  const name = `"${key}"`;
  let depth = 0;
  let inString = false;
  let stringStart = 0;
  const limit = Math.min(text.length, searchChars);
  for (let i = open; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) {
        inString = false;
        if (depth === 1 && i + 1 - stringStart === name.length && text.startsWith(name, stringStart)) {
          const list = /^\s*:\s*\[/.exec(text.slice(i + 1, i + 64));
          return list ? { head: text.slice(0, i + 1 + list[0].length), name } : undefined;
        }
      }
    } else if (c === QUOTE) {
      inString = true;
      stringStart = i;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return undefined;
}

/**
 * The list's entries, yielded a piece of about `pieceChars` characters at a time. Returns
 * what `JSON.parse` gives for the document with the list emptied, or `undefined` where the
 * list could not be read with certainty (see the module's comment).
 */
export function* listPieces(text: string, list: ListStart, pieceChars: number): Generator<unknown[], unknown> {
  let pieceStart = list.head.length;
  const entryEnd = /\}\s*,/g;
  for (;;) {
    entryEnd.lastIndex = pieceStart + pieceChars;
    let piece: unknown[] | undefined;
    for (let tries = 0; !piece && tries < TRIES; tries++) {
      const found = entryEnd.exec(text);
      if (!found) break;
      piece = arrayOf(text.slice(pieceStart, entryEnd.lastIndex - 1));
    }
    if (!piece) break;
    yield piece;
    pieceStart = entryEnd.lastIndex;
  }
  // The last piece ends at the list's `]`: the one, near the end, after which the rest parses.
  let end = text.lastIndexOf(']');
  for (let tries = 0; end >= pieceStart && tries < TRIES; tries++, end = text.lastIndexOf(']', end - 1)) {
    const outline = `${list.head}]${text.slice(end + 1)}`;
    if (outline.indexOf(list.name) !== outline.lastIndexOf(list.name)) return undefined;
    const value = parsed(outline);
    if (value === undefined) continue;
    const last = text.slice(pieceStart, end);
    // Blank: an empty list, or a comma before its `]`, which `JSON.parse` refuses.
    const piece = last.trim() === '' ? undefined : arrayOf(last);
    if (!piece) continue;
    yield piece;
    return value;
  }
  return undefined;
}

/** The entries of a piece of a list, or undefined for text that is not one. */
function arrayOf(entries: string): unknown[] | undefined {
  const value = parsed(`[${entries}]`);
  return Array.isArray(value) ? value : undefined;
}

/** `JSON.parse`, or undefined for text it refuses. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
