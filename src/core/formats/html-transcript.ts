import { problem, quote, type Problem } from '../message.js';
import type { SourceInfo, TranscriptParseResult } from '../model.js';
import { collapseWhitespace, decodeEntities, lineCounter, splitSpeaker } from '../text.js';
import { parseTime } from '../time.js';
import { shareTimestamps } from './timestamped-lines.js';

/** What a transcript never has and a web page usually does. */
const WEB_PAGE = /<(?:script|nav|header|footer|form|iframe|button|input|aside|menu)\b/i;
/** A paragraph holding only a timestamp (`<p>1:59 </p>`) times the paragraphs after it. */
const TIME_ONLY = /^\[?(\d+(?::\d{1,2}){1,2}(?:[.,]\d+)?)\]?$/;
const TOKENS = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*>|[^<]+|</g;
const FIELDS = new Set(['cite', 'time', 'p']);

/**
 * Podcasting 2.0 HTML transcripts: `<cite>Name:</cite>` speakers, `<time>` starts and `<p>`
 * text, with no end times (a line ends where the next starts). Paragraphs that share a
 * start share the time up to the next one. Without any timestamp every line starts at 0
 * and the result is marked `untimed` (a non-fatal problem says so too); whole web pages are refused.
 */
export function parseHtmlTranscript(text: string, _source?: SourceInfo): TranscriptParseResult {
  const problems: Problem[] = [];
  const lineAt = lineCounter(text);
  const page = WEB_PAGE.exec(text);
  if (page) return { items: [], problems: [problem('web-page', {}, { line: lineAt(page.index), fatal: true })] };

  const lines: { start: number; text: string; speaker?: string }[] = [];
  const open: { name: string; text: string; offset: number }[] = [];
  let speaker: string | undefined;
  let hasCite = false;
  let start: number | undefined;
  let timed = false;

  const close = (field: { name: string; text: string; offset: number }) => {
    const content = collapseWhitespace(decodeEntities(field.text));
    const time = field.name === 'time' ? content : field.name === 'p' ? TIME_ONLY.exec(content)?.[1] : undefined;
    if (time !== undefined) {
      const seconds = parseTime(time);
      if (seconds !== undefined) [start, timed] = [seconds, true];
      else if (content !== '') problems.push(problem('time-unreadable', { value: quote(content) }, { line: lineAt(field.offset) }));
    } else if (field.name === 'cite') {
      hasCite = true;
      speaker = content.replace(/\s*:$/, '') || undefined;
    } else if (content !== '') {
      const line = hasCite ? { text: content, ...(speaker ? { speaker } : {}) } : splitSpeaker(content);
      lines.push({ start: start ?? 0, ...line });
    }
  };

  // Blanked, not removed, so offsets still give the right line numbers.
  const blank = (skipped: string) => skipped.replace(/[^\n]+/g, (run) => ' '.repeat(run.length));
  const body = text.replace(/<!--[\s\S]*?(?:-->|$)/g, blank).replace(/<style\b[\s\S]*?(?:<\/style\s*>|$)/gi, blank);
  for (const match of body.matchAll(TOKENS)) {
    const [token, slash, tag] = match;
    const name = tag?.toLowerCase();
    const top = open[open.length - 1];
    if (name === undefined || name === 'br') {
      if (top) top.text += name ? ' ' : token;
    } else if (FIELDS.has(name) && !slash) {
      // An unclosed <p> ends where the next one begins, as in HTML.
      if (name === 'p' && top?.name === 'p') close(open.pop()!);
      open.push({ name, text: '', offset: match.index });
    } else if (FIELDS.has(name) && open.some((field) => field.name === name)) {
      while (open.length > 0) {
        const field = open.pop()!;
        close(field);
        if (field.name === name) break;
      }
    }
  }
  while (open.length > 0) close(open.pop()!);

  if (lines.length === 0) return { items: [], problems: [...problems, problem('web-page', {}, { fatal: true })] };
  const items = shareTimestamps(lines.sort((a, b) => a.start - b.start));
  return timed ? { items, problems } : { items, problems, untimed: true };
}
