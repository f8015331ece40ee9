import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  CHAPTERS_READERS,
  isRareChaptersFormat,
  isRareTranscriptFormat,
  TRANSCRIPT_READERS,
} from '../../../src/core/formats/common-formats.js';
import { chaptersFormatHint, transcriptFormatHint } from '../../../src/core/formats/detect.js';
import { readChapters, readTranscript } from '../../../src/core/formats/index.js';
import { RARE_CHAPTERS_PARSERS, RARE_TRANSCRIPT_PARSERS } from '../../../src/core/formats/rare-formats.js';
import { isLacking, readAny, toEnd } from '../../../src/core/formats/read-any.js';

const HTML = '<cite>Ann:</cite>\n<time>0:00</time>\n<p>Hello.</p>\n<time>0:05</time>\n<p>Bye.</p>';
const LINES = '00:00:01: Hello.\n00:00:05: Bye.\n';
const PSC = '<psc:chapters version="1.2" xmlns:psc="http://podlove.org/simple-chapters"><psc:chapter start="0" title="A"/></psc:chapters>';
const JSON_TRANSCRIPT = JSON.stringify({ version: '1.0.0', segments: [{ startTime: 0, endTime: 2, body: 'Hello.' }] });
const SRT = '1\n00:00:00,000 --> 00:00:02,000\nHello.\n';

const common = (text: string, format?: string) => toEnd(readAny(text, format ? { format: format as never } : {}, TRANSCRIPT_READERS));

describe('the common formats’ readers (the player’s script)', () => {
  it('read Podcasting 2.0 JSON, SubRip and WebVTT as every format’s readers do', () => {
    for (const text of [JSON_TRANSCRIPT, SRT, `WEBVTT\n\n${SRT.slice(2).replace(',', '.').replace(',', '.')}`]) {
      assert.deepEqual(common(text), readTranscript(text));
    }
    const chapters = JSON.stringify({ version: '1.2.0', chapters: [{ startTime: 0, title: 'A' }] });
    assert.deepEqual(toEnd(readAny(chapters, {}, CHAPTERS_READERS)), readChapters(chapters));
  });

  it('say which format they lack, detected or forced, and read nothing', () => {
    assert.deepEqual(common(HTML), { lacking: 'html' });
    assert.deepEqual(common(LINES), { lacking: 'lines' });
    assert.deepEqual(common('Ann: Hello there.\n\nBob: Hi.'), { lacking: 'text' });
    assert.deepEqual(common(SRT, 'lines'), { lacking: 'lines' });
    assert.deepEqual(toEnd(readAny(PSC, {}, CHAPTERS_READERS)), { lacking: 'psc' });
  });

  it('still refuse what no format reads, and ignore a forced format that is none', () => {
    assert.equal((common('') as { problems: { code: string }[] }).problems[0]!.code, 'file-empty');
    assert.deepEqual(common(SRT, 'nonsense'), readTranscript(SRT));
  });

  it('with the rare formats’ parsers, are every format’s', () => {
    const all = { ...TRANSCRIPT_READERS, parsers: { ...TRANSCRIPT_READERS.parsers, ...RARE_TRANSCRIPT_PARSERS } };
    for (const text of [HTML, LINES, JSON_TRANSCRIPT]) assert.deepEqual(toEnd(readAny(text, {}, all)), readTranscript(text));
    const chapters = { ...CHAPTERS_READERS, parsers: { ...CHAPTERS_READERS.parsers, ...RARE_CHAPTERS_PARSERS } };
    assert.deepEqual(toEnd(readAny(PSC, {}, chapters)), readChapters(PSC));
  });

  it('never throw, and give what every format’s readers give unless they lack the format', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom(HTML, LINES, SRT, JSON_TRANSCRIPT, PSC)), (text) => {
        const result = common(text);
        if (isLacking(result)) assert.ok(isRareTranscriptFormat(result.lacking));
        else assert.deepEqual(result, readTranscript(text));
      }),
      { numRuns: 300 },
    );
  });

  it('know which formats are rare', () => {
    assert.deepEqual(
      ['json', 'vtt', 'srt', 'lines', 'text', 'podlove-json', 'pst', 'html', 'nonsense', undefined].filter(isRareTranscriptFormat),
      ['lines', 'text', 'podlove-json', 'pst', 'html'],
    );
    assert.deepEqual(['json', 'vtt', 'psc-json', 'psc', 'nonsense'].filter(isRareChaptersFormat), ['psc-json', 'psc']);
  });
});

describe('format hints before the content is there', () => {
  it('come from the Content-Type, else the address’s extension', () => {
    assert.equal(transcriptFormatHint({ url: 'https://x.example/ep/transcript.HTML?x=1' }), 'html');
    assert.equal(transcriptFormatHint({ url: 'ep.txt' }), 'text');
    assert.equal(transcriptFormatHint({ url: 'ep.srt' }), 'srt');
    assert.equal(transcriptFormatHint({ url: 'ep', contentType: 'application/x-subrip' }), 'srt');
    assert.equal(transcriptFormatHint({ url: 'https://x.example/transcript' }), undefined);
    assert.equal(chaptersFormatHint({ url: 'ep.psc' }), 'psc');
    assert.equal(chaptersFormatHint({ url: 'ep.chapters.json' }), 'json');
  });
});
