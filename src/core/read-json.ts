import { invalidJson } from './json-error-at.js';
import { problem, type Problem } from './message.js';

export { jsonErrorAt, type JsonErrorAt } from './json-error-at.js';

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface JsonRead {
  /** `undefined` when a problem is fatal. */
  value: unknown;
  problems: Problem[];
}

/**
 * `JSON.parse` that says what is wrong and where, for every input file that is JSON.
 * A blank text is `file-empty`; a text starting with `<` is a web page or XML (a missing
 * file is often answered with a page); a syntax error comes with its line and column,
 * found by our own scan (`json-error-at.ts`), since engines report positions differently or not at all.
 * With `singleQuotes`, pseudo-JSON in single quotes (seen in AntennaPod's fixtures) is read
 * when it holds no double quote at all, so no text changes.
 */
export function readJson(text: string, { singleQuotes = false }: { singleQuotes?: boolean } = {}): JsonRead {
  const source = text.replace(/^\uFEFF/, '');
  const start = source.trimStart();
  if (start === '') return failed(problem('file-empty', {}, { fatal: true }));
  if (start.startsWith('<')) return failed(problem('json-is-markup', {}, { fatal: true }));
  try {
    return { value: JSON.parse(source), problems: [] };
  } catch (error) {
    if (singleQuotes && !source.includes('"') && source.includes("'")) {
      try {
        const value: unknown = JSON.parse(source.replace(/'/g, '"'));
        return { value, problems: [problem('json-single-quotes', {})] };
      } catch {
        // Fall through to the original error, which describes the file as written.
      }
    }
    return failed(invalidJson(source, error instanceof Error ? error.message : String(error)));
  }
}

const failed = (fatal: Problem): JsonRead => ({ value: undefined, problems: [fatal] });
