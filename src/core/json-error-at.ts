import { problem, type Problem } from './message.js';

/**
 * The `json-invalid` problem of a text `JSON.parse` refused with `engineMessage`: where the
 * error is (line, column, whether the text ended too soon) and the engine's words for it.
 */
export function invalidJson(source: string, engineMessage: string): Problem {
  const at = jsonErrorAt(source) ?? engineErrorAt(source, engineMessage);
  const detail = cleanJsonError(engineMessage);
  return problem(
    'json-invalid',
    { ...(detail ? { detail } : {}), ...(at ? { column: at.column, ...(at.atEnd ? { atEnd: true } : {}) } : {}) },
    { ...(at ? { line: at.line } : {}), fatal: true },
  );
}

/** Where a JSON syntax error is: 1-based line and column, and whether the text ended too soon. */
export interface JsonErrorAt {
  line: number;
  column: number;
  atEnd: boolean;
}

/**
 * Line and column of the first character that makes `text` invalid JSON, or `undefined`
 * when it is valid. Engines disagree (V8 gives an offset, or none for an unexpected token;
 * Firefox a line and column; Safari nothing), so the text is scanned again here.
 */
export function jsonErrorAt(text: string): JsonErrorAt | undefined {
  const offset = jsonErrorOffset(text);
  return offset === undefined ? undefined : locate(text, offset);
}

function locate(text: string, offset: number): JsonErrorAt {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1, atEnd: offset >= text.length };
}

/** The engine's own offset, when our scan gave up (nesting too deep to scan). */
function engineErrorAt(text: string, engine: string): JsonErrorAt | undefined {
  const position = /position (\d+)/.exec(engine);
  return position ? locate(text, Math.min(Number(position[1]), text.length)) : undefined;
}

/** The offset of the first character that makes `text` invalid JSON, or `undefined` if it is valid. */
function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxAt(i);
  };
  const space = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const string = (): void => {
    i++;
    while (i < text.length) {
      const char = text[i]!;
      if (char === '"') {
        i++;
        return;
      }
      if (char === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[\da-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 5;
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i]!)) i++;
        else fail();
      } else if (char < ' ') fail();
      else i++;
    }
    fail();
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (close === '}') {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail();
      }
    }
    if (char === '"') return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (!number || number[0] === '' || number[0] === '-') fail();
    i += number![0].length;
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return undefined;
  } catch (error) {
    return error instanceof SyntaxAt ? error.offset : undefined; // RangeError: nested too deep to scan
  }
}

class SyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

/**
 * The engine's message without its prefix, position and quoted source, which the
 * languages word themselves. It stays the engine's English: there is nothing better to
 * say about the exact token, and `column` points at it.
 */
function cleanJsonError(message: string): string {
  return message
    .replace(/^JSON(?:\.parse:| Parse error:)\s*/i, '')
    .replace(/,\s*".*" is not valid JSON$/s, '')
    .replace(/\s*(?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/i, '')
    .replace(/\s*at line \d+ column \d+ of the JSON data/i, '')
    .replace(/\s*in JSON$/i, '')
    .replace(/[.\s]+$/, '')
    .replace(/^\w/, (first) => first.toLowerCase());
}
