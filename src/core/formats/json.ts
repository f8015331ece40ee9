import type { Problem } from '../model.js';
import { formatTimestamp, parseTime } from '../time.js';

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `JSON.parse` with a podcaster-readable failure. Pseudo-JSON in single quotes (seen in
 * AntennaPod's fixtures) is read when it holds no double quote at all, so no text changes.
 */
export function readJson(text: string): { value: unknown; problems: Problem[] } {
  try {
    return { value: JSON.parse(text), problems: [] };
  } catch (error) {
    if (!text.includes('"') && text.includes("'")) {
      try {
        const value: unknown = JSON.parse(text.replace(/'/g, '"'));
        return { value, problems: [{ where: 'file', message: 'the file uses single quotes instead of double quotes; read it anyway' }] };
      } catch {
        // Fall through to the original error, which describes the file as written.
      }
    }
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const where = position ? `line ${text.slice(0, Number(position[1])).split('\n').length}` : 'file';
    return { value: undefined, problems: [{ where, message: `this is not valid JSON (${detail})`, fatal: true }] };
  }
}

/** A key's value as display text: strings trimmed, numbers written out, anything else empty. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** How a bad time value is described: `"abc"`, `-3`, `null`. */
export function describe(value: unknown): string {
  const written = JSON.stringify(value) ?? String(value);
  return written.length > 40 ? `${written.slice(0, 37)}...` : written;
}

/**
 * Reads a start and an optional end from the first present key of each list (keys ending
 * in `_ms` hold milliseconds). Returns `undefined`, with a problem, when there is no usable
 * start; a bad end is dropped with a problem, since the end can be derived later.
 */
export function readSpan(
  entry: JsonObject,
  where: string,
  startKeys: string[],
  endKeys: string[],
  problems: Problem[],
  noun = 'segment',
): { start: number; end?: number } | undefined {
  const read = (key: string) => {
    const seconds = parseTime(entry[key]);
    return seconds !== undefined && key.endsWith('_ms') ? seconds / 1000 : seconds;
  };
  const present = (key: string) => entry[key] !== undefined && entry[key] !== null;
  const startKey = startKeys.find(present);
  if (startKey === undefined) {
    problems.push({ where: `${where}.${startKeys[0]}`, message: `${startKeys[0]} is missing, so this ${noun} was skipped` });
    return undefined;
  }
  const start = read(startKey);
  if (start === undefined) {
    problems.push({
      where: `${where}.${startKey}`,
      message: `${startKey} ${describe(entry[startKey])} is not a time, so this ${noun} was skipped`,
    });
    return undefined;
  }
  const endKey = endKeys.find(present);
  if (endKey === undefined) return { start };
  const end = read(endKey);
  if (end === undefined) {
    problems.push({ where: `${where}.${endKey}`, message: `${endKey} ${describe(entry[endKey])} is not a time and was ignored` });
    return { start };
  }
  if (end < start) {
    problems.push({ where: `${where}.${endKey}`, message: endBeforeStart(end, start) });
    return { start };
  }
  return { start, end };
}

export const endBeforeStart = (end: number, start: number): string =>
  `the end time ${formatTimestamp(end)} is before the start time ${formatTimestamp(start)}, so it was ignored`;
