import type { ParseResult, RawSegment, SourceInfo } from '../model.js';
import { collapseWhitespace } from '../text.js';
import { isObject, readJson, readSpan, textOf } from './json.js';

/**
 * Podlove Web Player transcripts: a bare array (or `{transcripts: [...]}`) of
 * `{start, start_ms, end, end_ms, speaker, voice, text}`. `voice` is the display name and
 * `speaker` a contributor id, shown only when it is not a bare number. Exported files
 * carry both `start_ms` and `start`; the integer milliseconds win.
 */
export function parsePodloveJsonTranscript(text: string, _source?: SourceInfo): ParseResult<RawSegment> {
  const { value, problems } = readJson(text);
  if (problems.some((problem) => problem.fatal)) return { items: [], problems };
  const wrapped = isObject(value) && Array.isArray(value['transcripts']);
  const entries = wrapped ? value['transcripts'] : value;
  if (!Array.isArray(entries)) {
    problems.push({ where: 'file', message: 'expected a list of transcript entries ([{"start": …, "text": …}])', fatal: true });
    return { items: [], problems };
  }
  const items: RawSegment[] = [];
  let speaker: string | undefined;
  entries.forEach((entry, i) => {
    const where = `${wrapped ? 'transcripts' : ''}[${i}]`;
    if (!isObject(entry)) {
      problems.push({ where, message: 'this entry is not an object, so it was skipped' });
      return;
    }
    const id = textOf(entry['speaker']);
    speaker = textOf(entry['voice']) || (/^\d*$/.test(id) ? '' : id) || speaker;
    const body = collapseWhitespace(textOf(entry['text'] ?? entry['body']));
    if (body === '') return;
    const span = readSpan(entry, where, ['start_ms', 'start', 'startTime'], ['end_ms', 'end', 'endTime'], problems);
    if (span) items.push({ ...span, text: body, ...(speaker ? { speaker } : {}) });
  });
  if (items.length === 0) problems.push({ where: 'file', message: 'no entry has both a start time and text', fatal: true });
  return { items, problems };
}
