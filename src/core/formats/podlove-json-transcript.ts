import { problem } from '../message.js';
import type { ParseResult, RawSegment, SourceInfo } from '../model.js';
import { isObject, readJson } from '../read-json.js';
import { collapseWhitespace } from '../text.js';
import { readSpan, textOf } from './json.js';

/**
 * Podlove Web Player transcripts: a bare array (or `{transcripts: [...]}`) of
 * `{start, start_ms, end, end_ms, speaker, voice, text}`. `voice` is the display name and
 * `speaker` a contributor id, shown only when it is not a bare number. Exported files
 * carry both `start_ms` and `start`; the integer milliseconds win.
 */
export function parsePodloveJsonTranscript(text: string, _source?: SourceInfo): ParseResult<RawSegment> {
  const { value, problems } = readJson(text, { singleQuotes: true });
  if (problems.some((problem) => problem.fatal)) return { items: [], problems };
  const wrapped = isObject(value) && Array.isArray(value['transcripts']);
  const entries = wrapped ? value['transcripts'] : value;
  if (!Array.isArray(entries)) {
    problems.push(problem('not-a-list', { entry: 'entry', example: '[{"start": …, "text": …}]' }, { fatal: true }));
    return { items: [], problems };
  }
  const items: RawSegment[] = [];
  let speaker: string | undefined;
  entries.forEach((entry, i) => {
    const where = `${wrapped ? 'transcripts' : ''}[${i}]`;
    if (!isObject(entry)) {
      problems.push(problem('entry-not-object', { entry: 'entry' }, { path: where }));
      return;
    }
    const id = textOf(entry['speaker']);
    speaker = textOf(entry['voice']) || (/^\d*$/.test(id) ? '' : id) || speaker;
    const body = collapseWhitespace(textOf(entry['text'] ?? entry['body']));
    if (body === '') return;
    const span = readSpan(entry, where, ['start_ms', 'start', 'startTime'], ['end_ms', 'end', 'endTime'], problems, 'entry');
    if (span) items.push({ ...span, text: body, ...(speaker ? { speaker } : {}) });
  });
  if (items.length === 0) problems.push(problem('no-timed-text', { entry: 'entry' }, { fatal: true }));
  return { items, problems };
}
