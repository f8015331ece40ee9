import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectChaptersFormat, detectTranscriptFormat } from '../../src/core/formats/detect.js';

describe('detectTranscriptFormat', () => {
  it('recognises each format by content', () => {
    const cases: [string, string][] = [
      ['\uFEFFWEBVTT\r\n\r\n00:00.000 --> 00:01.000\r\nhi', 'vtt'],
      ['WEBVTT - with header text\n\n0.860 --> 7.380\nhi', 'vtt'],
      ['1\n00:00:00,000 --> 00:00:04,799\nAlban: hi\n', 'srt'],
      ['00:00:00.000 --> 00:00:05.000\r\nVTT timings in an .srt file\r\n', 'srt'],
      ['1\n00:00:00,000-->00:00:02,000\nHi,Brendan.\n', 'srt'],
      ['{"version":"1.0.0","segments":[{"startTime":0,"body":"I"}]}', 'json'],
      ['{"text": "Hello", "segments": [{"start": 0.03, "text": "Hello"}]}', 'json'],
      [`{'segments': [{'startTime': 1, 'body': 'x'}]}`, 'json'],
      ['[{"start":"00:00:00.005","start_ms":5,"voice":"Eric","text":"Hallo"}]', 'podlove-json'],
      ['{"transcripts": [{"start": "00:00:00.000", "text": "Lorem"}]}', 'podlove-json'],
      [
        '<?xml version="1.0"?>\n<pst:transcripts xmlns:pst="http://podlove.org/simple-transcripts"><pst:speech><pst:item start="00:00:00.820" end="1">Hi</pst:item>',
        'pst',
      ],
      ['<cite>Travis:</cite>\n<time>0:00</time>\n<p>Hi</p>', 'html'],
      ['\n<!-- saved from url=(0054)https://feeds.buzzsprout.com/x -->\n<html><body><cite>A:</cite><time>0:00</time><p>x</p>', 'html'],
      ['  <time>0:00</time>\n  <p>Hello.</p>', 'html'],
      ['<p>1:59  </p>\n<p>Okay</p>', 'html'],
      ['<!DOCTYPE html>\n<html><head><title>x</title></head>', 'html'],
      ['00:00:01 Ann: Hi\n00:00:05 Ben: Hello\n', 'lines'],
      ['[00:01:23] Welcome\n[00:02:00] Bye\n', 'lines'],
    ];
    for (const [text, format] of cases) assert.equal(detectTranscriptFormat(text), format, text.slice(0, 60));
  });

  it('lets content win over a wrong Content-Type or file name', () => {
    assert.equal(
      detectTranscriptFormat('WEBVTT\n\n00:00.000 --> 00:01.000\n<v Dan Lines>hi', {
        url: 'https://x.example/labs.txt',
        contentType: 'text/plain',
      }),
      'vtt',
    );
    assert.equal(detectTranscriptFormat('1\n00:00:00,000 --> 00:00:01,000\nhi', { contentType: 'text/vtt' }), 'srt');
  });

  it('falls back to the Content-Type, then the extension', () => {
    assert.equal(detectTranscriptFormat('garbled', { contentType: 'application/x-subrip' }), 'srt');
    assert.equal(detectTranscriptFormat('garbled', { contentType: 'Application/SRR' }), 'srt');
    assert.equal(detectTranscriptFormat('garbled', { contentType: 'text/html; charset=utf-8' }), 'html');
    assert.equal(detectTranscriptFormat('garbled', { url: 'https://x.example/ep/transcript.vtt?v=2' }), 'vtt');
    assert.equal(detectTranscriptFormat('garbled', { url: 'https://x.example/ep/transcript.JSON' }), 'json');
    assert.equal(detectTranscriptFormat('garbled', { url: 'not a url at all.srt' }), 'srt');
  });

  it('returns undefined for chapters files and unknown text', () => {
    assert.equal(detectTranscriptFormat('{"version":"1.2.0","chapters":[]}'), undefined);
    assert.equal(detectTranscriptFormat('[{"start":"00:00:01.234","title":"Intro"}]'), undefined);
    assert.equal(detectTranscriptFormat('12345 67890 !!!'), undefined);
    assert.equal(detectTranscriptFormat('PK\u0003\u0004 zipped words'), undefined);
    assert.equal(detectTranscriptFormat(''), undefined);
  });

  it('reads prose without timestamps as plain text, unless the name or type says otherwise', () => {
    assert.equal(detectTranscriptFormat('Just some prose about the show.'), 'text');
    assert.equal(detectTranscriptFormat('Ann: Hello.\n\nBob: Hi.', { contentType: 'text/plain; charset=utf-8' }), 'text');
    assert.equal(detectTranscriptFormat('Just some prose.', { url: 'https://x.example/t.json' }), 'json');
    assert.equal(detectTranscriptFormat('00:00:01 Ann: Hello.\n00:00:05 Bob: Hi.', { contentType: 'text/plain' }), 'lines');
  });

  it('tells WebVTT without its WEBVTT line from SubRip by the name or type, unless the times have commas', () => {
    const cues = '00:00:00.000 --> 00:00:01.000\nHi\n';
    assert.equal(detectTranscriptFormat(cues), 'srt');
    assert.equal(detectTranscriptFormat(cues, { url: 'https://x.example/ep.srt' }), 'srt');
    assert.equal(detectTranscriptFormat(cues, { url: 'https://x.example/ep.vtt' }), 'vtt');
    assert.equal(detectTranscriptFormat(cues, { contentType: 'text/vtt' }), 'vtt');
    assert.equal(detectTranscriptFormat('1\n00:00:00,000 --> 00:00:01,000\nHi\n', { url: 'https://x.example/ep.vtt' }), 'srt');
  });
});

describe('detectChaptersFormat', () => {
  it('recognises each format by content', () => {
    assert.equal(detectChaptersFormat('{\n  "title": "x",\n  "chapters": [{"startTime": 6.202}]\n}'), 'json');
    assert.equal(detectChaptersFormat('[{ "start": "00:00:01.234", "title": "Intro", "href": "", "image": "" }]'), 'psc-json');
    assert.equal(
      detectChaptersFormat('<rss><channel><item><psc:chapters version="1.2"><psc:chapter start="0" title="Welcome" /></psc:chapters>'),
      'psc',
    );
    assert.equal(detectChaptersFormat('<sc:chapter start="7:48" title="x"/>'), 'psc');
    assert.equal(detectChaptersFormat('WEBVTT\n\n00:00.000 --> 01:00.000\nIntro'), 'vtt');
  });

  it('falls back to hints, and refuses transcripts and unknown text', () => {
    assert.equal(detectChaptersFormat('???', { contentType: 'application/json+chapters' }), 'json');
    assert.equal(detectChaptersFormat('???', { url: 'https://x.example/chapters.psc' }), 'psc');
    assert.equal(detectChaptersFormat('{"segments": []}'), undefined);
    assert.equal(detectChaptersFormat('hello'), undefined);
  });
});
