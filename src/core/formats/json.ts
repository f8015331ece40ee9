import { problem, quote, type EntryKind, type Problem } from '../message.js';
import type { JsonObject } from '../read-json.js';
import { parseTime } from '../time.js';

/** A key's value as display text: strings trimmed, numbers written out, anything else empty. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
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
  noun: EntryKind = 'segment',
): { start: number; end?: number } | undefined {
  const read = (key: string) => {
    const seconds = parseTime(entry[key]);
    return seconds !== undefined && key.endsWith('_ms') ? seconds / 1000 : seconds;
  };
  const present = (key: string) => entry[key] !== undefined && entry[key] !== null;
  const startKey = startKeys.find(present);
  if (startKey === undefined) {
    const field = startKeys[0]!;
    problems.push(problem('field-missing', { field, entry: noun }, { path: `${where}.${field}` }));
    return undefined;
  }
  const start = read(startKey);
  if (start === undefined) {
    problems.push(
      problem('field-not-time', { field: startKey, value: quote(entry[startKey]), entry: noun }, { path: `${where}.${startKey}` }),
    );
    return undefined;
  }
  const endKey = endKeys.find(present);
  if (endKey === undefined) return { start };
  const end = read(endKey);
  if (end === undefined) {
    problems.push(problem('end-not-time', { field: endKey, value: quote(entry[endKey]) }, { path: `${where}.${endKey}` }));
    return { start };
  }
  if (end < start) {
    problems.push(problem('end-before-start', { start, end }, { path: `${where}.${endKey}` }));
    return { start };
  }
  return { start, end };
}
