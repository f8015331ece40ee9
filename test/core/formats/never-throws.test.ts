import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { ParseResult, RawChapter, RawSegment, SourceInfo } from '../../../src/core/model.js';
import { detectChaptersFormat, detectTranscriptFormat } from '../../../src/core/formats/detect.js';
import { parseHtmlTranscript } from '../../../src/core/formats/html-transcript.js';
import { parseChapters, parseTranscript } from '../../../src/core/formats/index.js';
import { parsePodcastJsonChapters } from '../../../src/core/formats/podcast-json-chapters.js';
import { parsePodcastJsonTranscript } from '../../../src/core/formats/podcast-json-transcript.js';
import { parsePodloveJsonChapters } from '../../../src/core/formats/podlove-json-chapters.js';
import { parsePodloveJsonTranscript } from '../../../src/core/formats/podlove-json-transcript.js';
import { parsePodloveSimpleChapters } from '../../../src/core/formats/podlove-simple-chapters.js';
import { parsePodloveSimpleTranscripts } from '../../../src/core/formats/podlove-simple-transcripts.js';
import { parseSrt } from '../../../src/core/formats/srt.js';
import { parseTimestampedLines } from '../../../src/core/formats/timestamped-lines.js';
import { parseWebVTT } from '../../../src/core/formats/webvtt.js';
import { parseWebVTTChapters } from '../../../src/core/formats/webvtt-chapters.js';
import { parsePlainText } from '../../../src/core/formats/plain-text.js';
import { tokenizeCueText } from '../../../src/core/formats/cue-text.js';
import { readCueText } from '../../../src/core/formats/cues.js';
import { readCueTimings } from '../../../src/core/formats/webvtt-timing.js';
import { decodeEntities } from '../../../src/core/text.js';
import { normaliseChapters, normaliseSegments } from '../../../src/core/normalise.js';
import { de } from '../../../src/i18n/de.js';
import { describeProblem } from '../../../src/i18n/describe.js';
import { inEnglish } from '../in-english.js';

type Parse<T> = (text: string, source?: SourceInfo) => ParseResult<T>;

const SOURCE = { url: 'https://cdn.example.com/show/ep1/file' };

const TRANSCRIPT_PARSERS: [string, Parse<RawSegment>][] = [
  ['vtt', parseWebVTT],
  ['srt', parseSrt],
  ['json', parsePodcastJsonTranscript],
  ['podlove-json', parsePodloveJsonTranscript],
  ['pst', parsePodloveSimpleTranscripts],
  ['html', parseHtmlTranscript],
  ['lines', parseTimestampedLines],
  ['text', parsePlainText],
  ['parseTranscript', (text, source) => parseTranscript(text, source)],
];

const CHAPTER_PARSERS: [string, Parse<RawChapter>][] = [
  ['json', parsePodcastJsonChapters],
  ['psc-json', parsePodloveJsonChapters],
  ['psc', parsePodloveSimpleChapters],
  ['vtt', parseWebVTTChapters],
  ['parseChapters', (text, source) => parseChapters(text, source)],
];

const SAFE_URL = /^(?:https?:\/\/|data:image\/(?:png|jpeg|gif|webp|avif)[;,])/i;
const isTime = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function checkResult(result: ParseResult<RawSegment | RawChapter>, name: string): void {
  assert.ok(Array.isArray(result.items), `${name}: items`);
  assert.ok(Array.isArray(result.problems), `${name}: problems`);
  for (const problem of inEnglish(result.problems)) {
    assert.ok(typeof problem.where === 'string' && problem.where !== '', `${name}: where`);
    assert.ok(typeof problem.message === 'string' && problem.message !== '', `${name}: message`);
  }
  for (const problem of result.problems) assert.ok(describeProblem(de, problem).trim() !== '', `${name}: German`);
  for (const item of result.items) {
    assert.ok(isTime(item.start), `${name}: start ${item.start}`);
    // An end before the start is kept as the file wrote it (WebVTT's parser does too); normalising ignores it.
    if (item.end !== undefined) assert.ok(isTime(item.end), `${name}: end ${item.end}`);
    if ('text' in item) {
      assert.equal(typeof item.text, 'string');
      for (const word of item.words ?? [])
        assert.ok(isTime(word.start) && isTime(word.end) && word.end >= word.start && typeof word.text === 'string');
    } else {
      assert.equal(typeof item.title, 'string');
      assert.equal(typeof item.toc, 'boolean');
      if (item.image !== undefined) assert.match(item.image, SAFE_URL);
      if (item.link !== undefined) assert.match(item.link, /^https?:\/\//);
    }
  }
}

function checkAll(text: string): void {
  for (const [name, parse] of TRANSCRIPT_PARSERS) {
    const result = parse(text, SOURCE);
    checkResult(result, name);
    for (const segment of normaliseSegments(result.items, 600)) assert.ok(segment.end >= segment.start);
  }
  for (const [name, parse] of CHAPTER_PARSERS) {
    const result = parse(text, SOURCE);
    checkResult(result, name);
    for (const chapter of normaliseChapters(result.items, 600)) assert.ok(chapter.end > chapter.start);
  }
  const transcript = detectTranscriptFormat(text, SOURCE);
  const chapters = detectChaptersFormat(text, SOURCE);
  assert.ok(transcript === undefined || typeof transcript === 'string');
  assert.ok(chapters === undefined || typeof chapters === 'string');
}

/** Valid samples of every format, to mutate. */
const SAMPLES = [
  'WEBVTT\n\nNOTE Descript\n\n1\n00:00:00.038 --> 00:00:03.938 align:start\n<v Michael>Hello &amp; welcome <00:00:01.000>to\n\n00:00:03.938 --> 00:00:05.368\nNikolay: Hi.\n',
  '1\r\n00:00:00,000 --> 00:00:04,470\r\nLeo Dion (host): <i>Before</i> we begin\r\n\r\n2\r\n00:00:04,890 --> 00:00:16,560\r\nmore\r\n',
  JSON.stringify({
    version: '1.0.0',
    segments: [
      { speaker: 'A', startTime: 0, endTime: 0.5, body: 'I' },
      { startTime: 0.5, endTime: 0.5, body: ' ' },
      { startTime: 1, endTime: 2, body: 'am.' },
    ],
  }),
  JSON.stringify([{ start: '00:00:00.005', start_ms: 5, end: '00:00:09.458', end_ms: 9458, speaker: '3', voice: 'Eric', text: 'Hallo' }]),
  '<pst:transcripts><pst:speech><pst:speaker>Tim</pst:speaker>\n<pst:item start="00:00:00.820" end="00:00:01.660">Welcome to</pst:item>\n</pst:speech></pst:transcripts>',
  '<html><body><cite>Travis:</cite>\n<time>0:00</time>\n<p>it&#39;s</p>\n<p></p>\n<p>1:59</p>\n<p>Okay</p></body></html>',
  '00:00:10 aaaa\n[00:00:10] Ann: bb\n00:00:16 next\n',
  'Luisa Rodriguez: Today I’m speaking with Daniel.\n\nLast year, Daniel published a forecast\nread by millions.\n\nDaniel: Thanks.\n',
  JSON.stringify({
    version: '1.2.0',
    chapters: [
      { startTime: 0, title: 'Intro', img: 'a.jpg', url: 'https://x.example/', toc: false, endTime: 10 },
      { startTime: '168', title: 'B' },
    ],
  }),
  JSON.stringify([{ start: '00:00:01.234', title: 'Intro', href: 'http://example.com', image: '' }]),
  '<psc:chapters version="1.2"><psc:chapter start="0" title="Welcome"/>\n<psc:chapter start="8:26.250" title="Resum&#233;e" href="http://podlove.org/"/></psc:chapters>',
];

type Mutation = { kind: 'delete' | 'duplicate' | 'swap' | 'truncate' | 'insert'; a: number; b: number; text: string };

const mutation = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('delete', 'duplicate', 'swap', 'truncate', 'insert'),
  a: fc.nat(),
  b: fc.nat(),
  text: fc.string({
    unit: fc.constantFrom(
      '<',
      '>',
      '/',
      '-',
      ':',
      '.',
      ',',
      '0',
      '1',
      '5',
      '9',
      ' ',
      '\n',
      '&',
      ';',
      '"',
      '{',
      '}',
      '[',
      ']',
      'v',
      'p',
      '\uFEFF',
      '\r',
    ),
  }),
});

function mutate(sample: string, mutations: Mutation[]): string {
  let text = sample;
  for (const { kind, a, b, text: inserted } of mutations) {
    const lines = text.split('\n');
    const i = a % Math.max(lines.length, 1);
    const j = b % Math.max(lines.length, 1);
    if (kind === 'delete') lines.splice(i, 1);
    else if (kind === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
    else if (kind === 'swap') [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
    if (kind === 'truncate') text = text.slice(0, a % (text.length + 1));
    else if (kind === 'insert') {
      const at = a % (text.length + 1);
      text = text.slice(0, at) + inserted + text.slice(at);
    } else text = lines.join('\n');
  }
  return text;
}

describe('no parser ever throws', () => {
  it('on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), checkAll), { numRuns: 200 });
  });

  it('on random full-Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkAll), { numRuns: 150 });
  });

  it('on random strings made of format syntax', () => {
    const syntax = fc.constantFrom(
      'WEBVTT\n',
      '\n\n',
      ' --> ',
      '00:00:01.000',
      '1:02',
      '-1',
      '<v Ann>',
      '</v>',
      '<00:01.000>',
      '<p>',
      '</p>',
      '<cite>',
      '<time>',
      '</time>',
      '<pst:item start="1">',
      '</pst:item>',
      '<psc:chapter start="x" title="y"/>',
      '{"segments":[',
      '{"chapters":[',
      '"startTime":',
      '"body":',
      ',',
      ']}',
      'NOTE',
      '&amp;',
      '&#',
      'Ann: ',
      '[',
    );
    fc.assert(
      fc.property(
        fc.array(syntax, { maxLength: 40 }).map((parts) => parts.join('')),
        checkAll,
      ),
      { numRuns: 300 },
    );
  });

  it('on WebVTT cue text and timing lines made of their syntax', () => {
    const cueSyntax = fc.constantFrom(
      '<',
      '>',
      '/',
      '.',
      ' ',
      '\t',
      '\n',
      '&',
      ';',
      '#',
      'x',
      '0',
      '1',
      ':',
      'v',
      'c',
      'ruby',
      'rt',
      'amp',
      'not',
      '\0',
      '-->',
    );
    const cueText = fc.array(cueSyntax, { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(cueText, fc.float({ min: 0, max: 1e6, noNaN: true }), (text, start) => {
        for (const token of tokenizeCueText(text)) assert.equal(typeof token.kind, 'string');
        const read = readCueText(text, start, start + 1, true);
        assert.equal(typeof read.text, 'string');
        for (const word of read.words ?? []) assert.ok(word.end >= word.start && word.start >= start);
        const timings = readCueTimings(text);
        if (timings) assert.ok(isTime(timings.start) && isTime(timings.end));
        assert.equal(typeof decodeEntities(text, true), 'string');
        checkAll(`WEBVTT\n\n00:00.000 --> 00:01.000\n${text}\n`);
      }),
      { numRuns: 400 },
    );
  });

  it('on bytes in any encoding, with any charset', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom(undefined, 'text/vtt', 'text/plain; charset=utf-16be', 'application/x-subrip; charset=windows-1252'),
        (bytes, contentType) => {
          for (const parse of [parseTranscript, parseChapters]) {
            const result = parse(bytes, { ...SOURCE, ...(contentType ? { contentType } : {}) });
            checkResult(result, 'bytes');
            assert.ok(result.items.length > 0 || result.problems.some((problem) => problem.fatal));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on random JSON documents', () => {
    fc.assert(fc.property(fc.json(), checkAll), { numRuns: 150 });
  });

  it('on random JSON values in the places segments and chapters go', () => {
    const entry = fc.dictionary(
      fc.constantFrom(
        'startTime',
        'endTime',
        'start',
        'end',
        'start_ms',
        'end_ms',
        'body',
        'text',
        'speaker',
        'voice',
        'title',
        'img',
        'url',
        'href',
        'image',
        'toc',
        'marker',
        'hasArtwork',
        'vtt',
      ),
      fc.jsonValue(),
    );
    const documents = fc.oneof(
      fc.array(fc.oneof(entry, fc.jsonValue())).map((segments) => JSON.stringify({ version: '1.0.0', segments })),
      fc.array(fc.oneof(entry, fc.jsonValue())).map((chapters) => JSON.stringify({ version: '1.2.0', chapters })),
      fc.array(entry).map((list) => JSON.stringify(list)),
      fc.array(entry).map((transcripts) => JSON.stringify({ transcripts })),
      entry.map((root) => JSON.stringify(root)),
    );
    fc.assert(fc.property(documents, checkAll), { numRuns: 300 });
  });

  it('on mutated valid files (lines deleted, duplicated, swapped, truncated, characters inserted)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLES), fc.array(mutation, { minLength: 1, maxLength: 6 }), (sample, mutations) =>
        checkAll(mutate(sample, mutations)),
      ),
      { numRuns: 400 },
    );
  });

  it('reads every unmutated sample without a fatal problem', () => {
    for (const sample of SAMPLES) {
      const results = [parseTranscript(sample, SOURCE), parseChapters(sample, SOURCE)];
      assert.ok(
        results.some((result) => result.items.length > 0 && !result.problems.some((p) => p.fatal)),
        sample.slice(0, 50),
      );
    }
  });
});

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  'JaVaScRiPt:alert(1)',
  ' java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
];

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every text field of every format, with a payload in it; `markup` formats must strip raw tags. */
const TRANSCRIPT_TEMPLATES: [string, boolean, (p: string) => string][] = [
  ['vtt', true, (p) => `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v ${p}>${p}\n\n00:00:02.000 --> 00:00:03.000\n${p}: ${p}\n`],
  [
    'srt',
    true,
    (p) => `1\n00:00:01,000 --> 00:00:02,000\n${p}: ${p}\n\n2\n00:00:02,000 --> 00:00:03,000\n<font color="${p}">${p}</font>\n`,
  ],
  [
    'json',
    false,
    (p) =>
      JSON.stringify({
        version: '1.0.0',
        segments: [
          { speaker: p, startTime: 1, endTime: 2, body: p },
          { speaker: p, startTime: 2, endTime: 3, body: `${p} and more words` },
        ],
        vtt: p,
      }),
  ],
  ['podlove-json', false, (p) => JSON.stringify([{ start: '00:00:01.000', start_ms: 1000, end: p, speaker: p, voice: p, text: p }])],
  [
    'pst',
    true,
    (p) =>
      `<pst:transcripts><pst:speech><pst:speaker>${p}</pst:speaker><pst:item start="00:00:01.000" end="00:00:02.000">${p}</pst:item></pst:speech></pst:transcripts>`,
  ],
  ['html', true, (p) => `<cite>${p}:</cite>\n<time>0:01</time>\n<p>${p}</p>\n<p>after</p>`],
  ['lines', false, (p) => `00:00:01 ${p}\n00:00:02 Ann: ${p}\n`],
];

const CHAPTER_TEMPLATES: [string, boolean, (p: string) => string][] = [
  [
    'json',
    false,
    (p) =>
      JSON.stringify({
        version: '1.2.0',
        chapters: [
          { startTime: 0, title: p, img: p, url: p },
          { startTime: 5, title: 'x', hasArtwork: p },
        ],
      }),
  ],
  ['psc-json', false, (p) => JSON.stringify([{ start: '00:00:00.000', title: p, href: p, image: p }])],
  [
    'psc',
    false,
    (p) =>
      `<psc:chapters><psc:chapter start="0" title="${xml(p)}" href="${xml(p)}" image="${xml(p)}"/><psc:chapter start="1" title="${p}" href="${p}" image="${p}"/></psc:chapters>`,
  ],
  ['vtt', true, (p) => `WEBVTT\n\n00:00.000 --> 00:10.000\n${p}\n`],
];

const RAW_TAG = /<(?:script|img|svg)\b/i;

describe('script payloads stay inert', () => {
  for (const [format, markup, template] of TRANSCRIPT_TEMPLATES) {
    it(`in every ${format} transcript field`, () => {
      for (const payload of PAYLOADS) {
        const result = parseTranscript(template(payload), { ...SOURCE, format: format as never });
        checkResult(result, `${format} ${payload}`);
        for (const segment of result.items) {
          const texts = [segment.text, segment.speaker ?? '', ...(segment.words ?? []).map((word) => word.text)];
          if (markup) for (const text of texts) assert.doesNotMatch(text, RAW_TAG, `${format}: ${payload}`);
        }
      }
    });
  }

  for (const [format, markup, template] of CHAPTER_TEMPLATES) {
    it(`in every ${format} chapter field, and no unsafe link or image survives`, () => {
      for (const payload of PAYLOADS) {
        const result = parseChapters(template(payload), { ...SOURCE, format: format as never });
        checkResult(result, `${format} ${payload}`);
        for (const chapter of result.items) {
          // A payload that is no URL scheme at all resolves as a harmless relative path.
          for (const url of [chapter.link, chapter.image]) {
            if (url !== undefined) assert.ok(url.startsWith('https://cdn.example.com/show/ep1/'), `${format}: ${url} from ${payload}`);
          }
          if (markup) assert.doesNotMatch(chapter.title, RAW_TAG);
        }
      }
    });
  }

  it('keeps a JSON title with markup as literal text', () => {
    const { items } = parseChapters(JSON.stringify({ chapters: [{ startTime: 0, title: '<b>Intro</b> & <script>x</script>' }] }));
    assert.equal(items[0]!.title, '<b>Intro</b> & <script>x</script>');
  });
});
