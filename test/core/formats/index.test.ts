import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_FILE_CHARS, parseChapters, parseTranscript } from '../../../src/core/formats/index.js';
import { inEnglish } from '../in-english.js';

describe('parseTranscript', () => {
  it('detects the format, strips a BOM, normalises CRLF and reports the format', () => {
    const result = parseTranscript('\uFEFFWEBVTT\r\n\r\n00:00:00.179 --> 00:00:02.399\r\n<v Travis> When you first\r\n');
    assert.deepEqual(result, {
      items: [{ start: 0.179, end: 2.399, text: 'When you first', speaker: 'Travis' }],
      problems: [],
      format: 'vtt',
    });
  });

  it('uses a forced format over detection', () => {
    const result = parseTranscript('00:00:01 Ann: Hi\n00:00:05 Ben: Hello\n', { format: 'lines' });
    assert.equal(result.format, 'lines');
    assert.deepEqual(
      result.items.map((s) => s.speaker),
      ['Ann', 'Ben'],
    );
  });

  it('passes the URL on for relative links and the Content-Type on for detection', () => {
    assert.equal(parseTranscript('nothing recognisable', { contentType: 'text/vtt' }).format, 'vtt');
  });

  it('refuses empty input, whitespace and huge files with a fatal problem', () => {
    for (const text of ['', '  \n\r\n ', '\uFEFF']) {
      const result = parseTranscript(text);
      assert.deepEqual(
        { ...result, problems: inEnglish(result.problems) },
        { items: [], problems: [{ where: 'file', message: 'the file is empty', fatal: true }] },
      );
    }
    const huge = parseTranscript('a'.repeat(MAX_FILE_CHARS + 1));
    assert.deepEqual(inEnglish(huge.problems), [{ where: 'file', message: 'the file is larger than 20 MB', fatal: true }]);
  });

  it('names what was expected when nothing matches', () => {
    const { items, problems } = parseTranscript('1234 5678 90');
    assert.deepEqual(items, []);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.fatal, true);
    assert.match(inEnglish(problems)[0]!.message, /^not a transcript: expected WebVTT, SRT, Podcasting 2.0 JSON/);
  });

  it('adds a fatal problem when a recognised file yields nothing', () => {
    const { items, problems, format } = parseTranscript('WEBVTT\n\nNOTE nothing here\n');
    assert.equal(format, 'vtt');
    assert.deepEqual(items, []);
    assert.deepEqual(inEnglish(problems), [{ where: 'file', message: 'no transcript lines found', fatal: true }]);
  });

  it('summarises floods of problems, keeping the fatal ones', () => {
    const cues = Array.from({ length: 300 }, (_, i) => `${i + 1}\n00:00:xx,000 --> 00:00:01,000\nbad\n`).join('\n');
    const { problems } = parseTranscript(cues, { format: 'srt' });
    assert.equal(problems.length, 100);
    assert.equal(inEnglish(problems)[98]!.message, '202 more problems like these were not listed');
    assert.deepEqual(inEnglish(problems)[99], { where: 'file', message: 'no transcript lines found', fatal: true });
  });

  it('never throws, even for input that is not a string', () => {
    assert.equal(parseTranscript(undefined as unknown as string).problems[0]!.fatal, true);
    assert.equal(parseTranscript(42 as unknown as string).problems[0]!.fatal, true);
  });

  it('ignores an unknown forced format and detects instead', () => {
    assert.equal(parseTranscript('WEBVTT\n\n00:01.000 --> 00:02.000\nx', { format: 'toString' as 'vtt' }).format, 'vtt');
  });
});

describe('parseTranscript and parseChapters for programs', () => {
  it('give each problem its code and location, and where and message in English', () => {
    const { problems } = parseTranscript('WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nbackwards\n');
    assert.deepEqual(problems, [
      {
        code: 'end-before-start',
        params: { start: 5, end: 2 },
        line: 3,
        where: 'line 3',
        message: 'the end time 00:00:02.000 is before the start time 00:00:05.000, so it was ignored',
      },
    ]);
    const chapters = parseChapters('{"chapters": [{"startTime": "soon"}]}');
    assert.deepEqual(
      chapters.problems.map(({ code, path, where }) => ({ code, path, where })),
      [
        { code: 'field-not-time', path: 'chapters[0].startTime', where: 'chapters[0].startTime' },
        { code: 'nothing-found', path: undefined, where: 'file' },
      ],
    );
  });
});

describe('parseChapters', () => {
  it('parses Podcasting 2.0 JSON, resolving relative images against the URL', () => {
    const result = parseChapters('{"chapters":[{"startTime":0,"title":"Intro","img":"art/intro.png"}],"version":"1.2.0"}', {
      url: 'https://cdn.example.com/ep1/chapters.json',
    });
    assert.deepEqual(result, {
      items: [{ start: 0, title: 'Intro', image: 'https://cdn.example.com/ep1/art/intro.png', toc: true }],
      problems: [],
      format: 'json',
    });
  });

  it('dispatches Podlove XML and JSON and WebVTT chapters', () => {
    assert.equal(parseChapters('<psc:chapters><psc:chapter start="0" title="A"/></psc:chapters>').format, 'psc');
    assert.equal(parseChapters('[{"start":"00:00:00.000","title":"A","href":"","image":""}]').format, 'psc-json');
    assert.equal(parseChapters('WEBVTT\n\n00:00.000 --> 01:00.000\nA').format, 'vtt');
  });

  it('makes an empty chapter list fatal (nothing to show), keeping the format', () => {
    const result = parseChapters('{"version":"1.2.0","chapters":[]}');
    assert.deepEqual(
      { ...result, problems: inEnglish(result.problems) },
      {
        items: [],
        problems: [{ where: 'file', message: 'no chapters found', fatal: true }],
        format: 'json',
      },
    );
  });

  it('names what was expected when given a transcript', () => {
    const { problems } = parseChapters('{"segments": []}');
    assert.match(inEnglish(problems)[0]!.message, /^not a chapters file: expected Podcasting 2.0 JSON chapters/);
  });
});
