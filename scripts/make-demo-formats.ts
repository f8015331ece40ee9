/**
 * Writes the demo episode's transcript and chapters in the other formats the player reads,
 * each shaped like what real tools export, into demo/formats/ (the outputs are committed):
 *
 *   npx tsx scripts/make-demo-formats.ts
 *
 * The source is read with the project's own parser (demo/episode.transcript.txt, the
 * "timestamped lines" format, and demo/episode.chapters.json), so every file carries the
 * same lines at the same times. Each output is then parsed back and compared with the
 * source: same number of lines or chapters, same start times (±1 ms), same text, no
 * problems. A table is printed; the script exits non-zero when any check fails.
 *
 * Also written: a two-speaker sample (interview.vtt, invented speaker names over the
 * first lines of the same audio) and the broken inputs the error-states page uses.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseChapters, parseTranscript } from '../src/core/formats/index.js';
import type { Chapter, Segment } from '../src/core/model.js';
import type { DescribedProblem as Problem } from '../src/i18n/english.js';
import { normaliseChapters, normaliseSegments } from '../src/core/normalise.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const demo = join(root, 'demo');
const out = join(demo, 'formats');

const episode = JSON.parse(readFileSync(join(demo, 'episode.json'), 'utf8')) as {
  title: string;
  show: string;
  date: string;
  duration: number;
};
const TITLE = `${episode.show}: ${episode.title} (${episode.date})`;

// ---------------------------------------------------------------- source

const sourceText = readFileSync(join(demo, 'episode.transcript.txt'), 'utf8');
const sourceParse = parseTranscript(sourceText, { url: 'episode.transcript.txt' });
if (sourceParse.problems.length > 0 || sourceParse.format !== 'lines') {
  throw new Error(`demo/episode.transcript.txt did not parse cleanly as lines: ${JSON.stringify(sourceParse.problems)}`);
}
/** Every line with an end: the next line's start, the last one's the audio's end. */
const segments: Segment[] = normaliseSegments(sourceParse.items, episode.duration);

const chaptersParse = parseChapters(readFileSync(join(demo, 'episode.chapters.json'), 'utf8'), { url: 'episode.chapters.json' });
if (chaptersParse.problems.length > 0) throw new Error(`demo/episode.chapters.json: ${JSON.stringify(chaptersParse.problems)}`);
const chapters: Chapter[] = normaliseChapters(chaptersParse.items, episode.duration);

// ---------------------------------------------------------------- time and text helpers

const ms = (seconds: number) => Math.round(seconds * 1000);
/** `HH:MM:SS.mmm`, with `,` before the milliseconds for SRT. */
function clock(seconds: number, separator = '.'): string {
  const total = ms(seconds);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const s = Math.floor(total / 1000);
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}${separator}${pad(total % 1000, 3)}`;
}
/** `HH:MM:SS` as episode pages print it, with milliseconds only when the time has any. */
const shortClock = (seconds: number) => (ms(seconds) % 1000 === 0 ? clock(seconds).slice(0, 8) : clock(seconds));
/** Seconds with at most millisecond precision, as JSON exporters write them. */
const secs = (seconds: number) => ms(seconds) / 1000;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** Breaks text into lines of at most `width` characters, as subtitle editors do. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

// ---------------------------------------------------------------- writers

/** WebVTT as Descript and most editors export it: a NOTE block, numbered cue ids, no voices (the speakers are not known). */
function toVtt(lines: Segment[]): string {
  const cues = lines.map((line, i) => `${i + 1}\n${clock(line.start)} --> ${clock(line.end)}\n${escapeText(line.text)}`);
  const note = `NOTE\n${TITLE}.\nConverted from episode.transcript.txt by scripts/make-demo-formats.ts.\nSpeakers are not marked: the source transcript does not name them.`;
  return `WEBVTT\n\n${note}\n\n${cues.join('\n\n')}\n`;
}

/** SubRip: index, `HH:MM:SS,mmm --> HH:MM:SS,mmm`, text wrapped at 42 characters. */
function toSrt(lines: Segment[]): string {
  return `${lines.map((line, i) => `${i + 1}\n${clock(line.start, ',')} --> ${clock(line.end, ',')}\n${wrap(line.text, 42)}`).join('\n\n')}\n`;
}

/** Podcasting 2.0 JSON, sentence level: one segment per line. */
function toPodcastJson(lines: Segment[]): string {
  return json({
    version: '1.0.0',
    segments: lines.map((line) => ({ startTime: secs(line.start), endTime: secs(line.end), body: line.text })),
  });
}

/**
 * Podcasting 2.0 JSON, word level: one segment per word, as Whisper-style aligners export.
 * NOTE: these word times are ESTIMATED, not aligned to the audio. Each line's span (its
 * start to the next line's start) is shared among its words in proportion to their length,
 * so a word lights up roughly while it is spoken, no more. The file says so in its "note".
 */
function wordSegments(lines: Segment[]): { startTime: number; endTime: number; body: string }[] {
  const words: { startTime: number; endTime: number; body: string }[] = [];
  for (const line of lines) {
    const parts = line.text.split(' ').filter(Boolean);
    const total = parts.reduce((sum, word) => sum + word.length, 0);
    let cursor = line.start;
    parts.forEach((word, k) => {
      const end = k === parts.length - 1 ? line.end : cursor + ((line.end - line.start) * word.length) / total;
      words.push({ startTime: secs(cursor), endTime: secs(end), body: word });
      cursor = end;
    });
  }
  return words;
}

function toWordJson(lines: Segment[]): string {
  return json({
    version: '1.0.0',
    note: "Word times are estimated, not aligned: each line's time is shared among its words in proportion to their length. Made by scripts/make-demo-formats.ts.",
    segments: wordSegments(lines),
  });
}

/** Podlove Web Player transcript: a bare array with both clock strings and milliseconds. */
function toPodloveJson(lines: Segment[]): string {
  return json(
    lines.map((line) => ({
      start: clock(line.start),
      end: clock(line.end),
      start_ms: ms(line.start),
      end_ms: ms(line.end),
      speaker: '',
      voice: '',
      text: line.text,
    })),
  );
}

/**
 * Podcasting 2.0 HTML transcript: a `<time>` and a `<p>` per line (no `<cite>`: speakers unknown).
 * Written as `.htm`: Vite's dev server adds `<script type="module" src="/@vite/client">` to every
 * `.html` file it serves, and the player rightly refuses HTML with a script as a web page.
 */
function toHtml(lines: Segment[]): string {
  const body = lines.map((line) => `<time>${shortClock(line.start)}</time>\n<p>${escapeText(line.text)}</p>`).join('\n');
  return `<!-- ${escapeText(TITLE)}. Podcasting 2.0 HTML transcript made by scripts/make-demo-formats.ts. -->\n${body}\n`;
}

/** Two-speaker sample: voices change every 2 to 4 lines. The names are invented. */
const SPEAKERS = ['Ada', 'Grace'];
const RUNS = [2, 3, 4, 3, 2, 4];
function withSpeakers(lines: Segment[]): Segment[] {
  let speaker = 0;
  let run = 0;
  let left = RUNS[0]!;
  return lines.map((line) => {
    if (left === 0) {
      speaker = 1 - speaker;
      run++;
      left = RUNS[run % RUNS.length]!;
    }
    left--;
    return { ...line, speaker: SPEAKERS[speaker]! };
  });
}

function toInterviewVtt(lines: Segment[]): string {
  const cues = lines.map((line, i) => `${i + 1}\n${clock(line.start)} --> ${clock(line.end)}\n<v ${line.speaker}>${escapeText(line.text)}`);
  const note =
    'NOTE\nSAMPLE with INVENTED speaker names: the first lines of the demo episode with the voices\n' +
    `${SPEAKERS.join(' and ')} assigned in turns of 2 to 4 lines, to show speaker labels. Same audio as episode.mp3.`;
  return `WEBVTT\n\n${note}\n\n${cues.join('\n\n')}\n`;
}

/** Podlove Simple Chapters 1.2. */
function toPsc(list: Chapter[]): string {
  const items = list.map((chapter) => `  <psc:chapter start="${clock(chapter.start)}" title="${escapeAttribute(chapter.title)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<psc:chapters version="1.2" xmlns:psc="http://podlove.org/simple-chapters">\n${items.join('\n')}\n</psc:chapters>\n`;
}

/** WebVTT chapters (a `<track kind="chapters">`): each cue a chapter, its text the title. */
function toVttChapters(list: Chapter[]): string {
  return `WEBVTT\n\n${list.map((chapter, i) => `Chapter ${i + 1}\n${clock(chapter.start)} --> ${clock(chapter.end)}\n${escapeText(chapter.title)}`).join('\n\n')}\n`;
}

/** Podlove Web Player chapters: `""` for no link and no image. */
function toPodloveChapters(list: Chapter[]): string {
  return json(list.map((chapter) => ({ start: clock(chapter.start), title: chapter.title, href: '', image: '' })));
}

// ---------------------------------------------------------------- broken inputs for demo/errors.html

/**
 * A realistic VTT with two hand-editing slips among good cues: dots for colons in one end
 * time, a letter O for a zero in one start time. The player shows the rest and lists these two.
 */
function toBrokenVtt(lines: Segment[]): string {
  const sample = lines.slice(0, 24);
  const cues = sample.map((line, i) => {
    let timing = `${clock(line.start)} --> ${clock(line.end)}`;
    if (i === 6) timing = `${clock(line.start)} --> ${clock(line.end).replace(/:/g, '.')}`;
    if (i === 17) timing = `${clock(line.start).replace(/^0/, 'O')} --> ${clock(line.end)}`;
    return `${i + 1}\n${timing}\n${escapeText(line.text)}`;
  });
  return `WEBVTT\n\nNOTE\nHand-edited copy of the first ${sample.length} lines with two typos in cue timings (cues 7 and 18).\n\n${cues.join('\n\n')}\n`;
}

const WEB_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Episode 12 · The Daily Synthesizer</title>
  </head>
  <body>
    <header>
      <a href="/">The Daily Synthesizer</a>
      <nav>
        <a href="/episodes">Episodes</a>
        <a href="/about">About</a>
        <a href="/subscribe">Subscribe</a>
      </nav>
    </header>
    <main>
      <h1>Sora's Exit &amp; Spotify's SongDNA</h1>
      <p><time datetime="2026-03-26">26 March 2026</time></p>
      <p>OpenAI quietly pulled the plug on its Sora video tool. Listen to the episode above.</p>
    </main>
    <footer>© The Daily Synthesizer</footer>
  </body>
</html>
`;

// ---------------------------------------------------------------- write

mkdirSync(out, { recursive: true });
const interview = withSpeakers(segments.slice(0, 40));
const files: Record<string, string> = {
  'episode.vtt': toVtt(segments),
  'episode.srt': toSrt(segments),
  'episode.json': toPodcastJson(segments),
  'episode.words.json': toWordJson(segments),
  'episode.podlove.json': toPodloveJson(segments),
  'episode.htm': toHtml(segments),
  'interview.vtt': toInterviewVtt(interview),
  'chapters.psc.xml': toPsc(chapters),
  'chapters.vtt': toVttChapters(chapters),
  'chapters.podlove.json': toPodloveChapters(chapters),
  'broken.vtt': toBrokenVtt(segments),
  'not-audio.mp3': 'This is a text file with an .mp3 name: no browser can decode it as audio.\n',
  'web-page.html': WEB_PAGE,
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);

// ---------------------------------------------------------------- read back and compare

interface Row {
  file: string;
  format: string;
  count: string;
  starts: string;
  text: string;
  problems: number;
  ok: boolean;
}
const rows: Row[] = [];
const failures: string[] = [];
const close = (a: number, b: number) => Math.abs(a - b) <= 0.001;

function check(file: string, ok: boolean, message: string): boolean {
  if (!ok) failures.push(`${file}: ${message}`);
  return ok;
}

function problemsOf(file: string, problems: Problem[], expected = 0): number {
  check(file, problems.length === expected, `expected ${expected} problems, got ${JSON.stringify(problems)}`);
  return problems.length;
}

/** Line-for-line formats: same count, starts, text (and speakers where the file has them). */
function checkTranscript(file: string, expected: Segment[], options: { speakers?: boolean } = {}): void {
  const parsed = parseTranscript(files[file]!, { url: file });
  const got = normaliseSegments(parsed.items, episode.duration);
  const count = check(file, got.length === expected.length, `${got.length} lines, expected ${expected.length}`);
  const badStart = expected.findIndex((line, i) => !close(line.start, got[i]?.start ?? NaN));
  const starts = check(file, badStart < 0, `line ${badStart + 1} starts at ${got[badStart]?.start}, expected ${expected[badStart]?.start}`);
  const badText = expected.findIndex(
    (line, i) => line.text !== got[i]?.text || (options.speakers === true && line.speaker !== got[i]?.speaker),
  );
  const text = check(
    file,
    badText < 0,
    `line ${badText + 1} reads ${JSON.stringify(got[badText])}, expected ${JSON.stringify(expected[badText])}`,
  );
  const speakers = options.speakers ? ` (${new Set(got.map((line) => line.speaker)).size} speakers)` : '';
  const problems = problemsOf(file, parsed.problems);
  rows.push({
    file,
    format: parsed.format ?? '?',
    count: `${got.length}/${expected.length} lines${speakers}`,
    starts: starts ? '±1 ms' : 'DIFFER',
    text: text ? 'same' : 'DIFFERS',
    problems,
    ok: count && starts && text && problems === 0,
  });
}

/**
 * Word-level JSON: the player regroups words into lines (by pauses, sentences and a
 * maximum length), so its lines cannot match the source's one for one. What must match
 * is every word, in order, with its start time, and the text as a whole.
 */
function checkWords(file: string): void {
  const parsed = parseTranscript(files[file]!, { url: file });
  const got = normaliseSegments(parsed.items, episode.duration);
  const expectedWords = wordSegments(segments);
  const gotWords = got.flatMap((line) => line.words ?? []);
  const count = check(file, gotWords.length === expectedWords.length, `${gotWords.length} words, expected ${expectedWords.length}`);
  const badStart = expectedWords.findIndex(
    (word, i) => !close(word.startTime, gotWords[i]?.start ?? NaN) || word.body !== gotWords[i]?.text,
  );
  const starts = check(
    file,
    badStart < 0,
    `word ${badStart + 1} is ${JSON.stringify(gotWords[badStart])}, expected ${JSON.stringify(expectedWords[badStart])}`,
  );
  const text = check(file, got.map((line) => line.text).join(' ') === segments.map((line) => line.text).join(' '), 'the text differs');
  const firstStarts = check(file, close(got[0]?.start ?? NaN, segments[0]!.start), 'the first line does not start with the source');
  const problems = problemsOf(file, parsed.problems);
  rows.push({
    file,
    format: `${parsed.format ?? '?'} (word level)`,
    count: `${gotWords.length}/${expectedWords.length} words → ${got.length} lines (source ${segments.length})`,
    starts: starts && firstStarts ? '±1 ms (words)' : 'DIFFER',
    text: text ? 'same' : 'DIFFERS',
    problems,
    ok: count && starts && firstStarts && text && problems === 0,
  });
}

function checkChapters(file: string): void {
  const parsed = parseChapters(files[file]!, { url: file });
  const got = normaliseChapters(parsed.items, episode.duration);
  const count = check(file, got.length === chapters.length, `${got.length} chapters, expected ${chapters.length}`);
  const badStart = chapters.findIndex(
    (chapter, i) => !close(chapter.start, got[i]?.start ?? NaN) || !close(chapter.end, got[i]?.end ?? NaN),
  );
  const starts = check(
    file,
    badStart < 0,
    `chapter ${badStart + 1} is ${JSON.stringify(got[badStart])}, expected ${JSON.stringify(chapters[badStart])}`,
  );
  const badTitle = chapters.findIndex((chapter, i) => chapter.title !== got[i]?.title);
  const text = check(file, badTitle < 0, `chapter ${badTitle + 1} title ${JSON.stringify(got[badTitle]?.title)}`);
  const problems = problemsOf(file, parsed.problems);
  rows.push({
    file,
    format: parsed.format ?? '?',
    count: `${got.length}/${chapters.length} chapters`,
    starts: starts ? '±1 ms' : 'DIFFER',
    text: text ? 'same' : 'DIFFERS',
    problems,
    ok: count && starts && text && problems === 0,
  });
}

/** The broken VTT: every good cue read, exactly the two slips reported, nothing fatal. */
function checkBroken(file: string): void {
  const parsed = parseTranscript(files[file]!, { url: file });
  const expected = segments.slice(0, 24).filter((_, i) => i !== 6 && i !== 17);
  const got = parsed.items;
  const count = check(file, got.length === expected.length, `${got.length} lines, expected ${expected.length}`);
  const badStart = expected.findIndex((line, i) => !close(line.start, got[i]?.start ?? NaN) || line.text !== got[i]?.text);
  const starts = check(file, badStart < 0, `line ${badStart + 1} differs`);
  const problems = problemsOf(file, parsed.problems, 2);
  check(
    file,
    parsed.problems.every((problem) => !problem.fatal && /could not read the cue timing/.test(problem.message)),
    'expected two skipped cue timings',
  );
  rows.push({
    file,
    format: parsed.format ?? '?',
    count: `${got.length}/24 lines (2 skipped)`,
    starts: starts ? '±1 ms' : 'DIFFER',
    text: 'same',
    problems,
    ok: count && starts && problems === 2,
  });
}

/** Inputs that must be refused with a fatal problem. */
function checkRefused(file: string, text: string, pattern: RegExp): void {
  const parsed = parseTranscript(text, { url: file });
  const fatal = parsed.problems.find((problem) => problem.fatal);
  const ok = check(
    file,
    parsed.items.length === 0 && fatal !== undefined && pattern.test(fatal.message),
    `expected refusal matching ${pattern}, got ${JSON.stringify(parsed.problems)}`,
  );
  rows.push({
    file,
    format: parsed.format ?? '–',
    count: 'refused',
    starts: '–',
    text: fatal?.message.slice(0, 40) ?? '–',
    problems: parsed.problems.length,
    ok,
  });
}

checkTranscript('episode.vtt', segments);
checkTranscript('episode.srt', segments);
checkTranscript('episode.json', segments);
checkWords('episode.words.json');
checkTranscript('episode.podlove.json', segments);
checkTranscript('episode.htm', segments);
checkTranscript('interview.vtt', interview, { speakers: true });
checkChapters('chapters.psc.xml');
checkChapters('chapters.vtt');
checkChapters('chapters.podlove.json');
checkBroken('broken.vtt');
checkRefused('web-page.html', files['web-page.html']!, /web page/);
// demo/errors.html gives the episode's MP3 as a transcript; fetch().text() decodes it as UTF-8 too.
checkRefused('../episode.mp3', readFileSync(join(demo, 'episode.mp3'), 'utf8'), /not a transcript/);

const header: Row = { file: 'file', format: 'format', count: 'read back', starts: 'starts', text: 'text', problems: 0, ok: true };
const cells = (row: Row, isHeader = false) => [
  row.file,
  row.format,
  row.count,
  row.starts,
  row.text,
  isHeader ? 'problems' : String(row.problems),
  isHeader ? 'ok' : row.ok ? 'ok' : 'FAIL',
];
const table = [cells(header, true), ...rows.map((row) => cells(row))];
const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
console.log(
  `source: ${relative(root, join(demo, 'episode.transcript.txt'))} (${segments.length} lines), ${relative(root, join(demo, 'episode.chapters.json'))} (${chapters.length} chapters)`,
);
console.log(`wrote ${Object.keys(files).length} files to ${relative(root, out)}/\n`);
console.log(line(table[0]!));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
if (failures.length > 0) {
  console.error(`\n${failures.length} check(s) failed:\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('\nall outputs read back as the source');
