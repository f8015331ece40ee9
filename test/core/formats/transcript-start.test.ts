import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readTranscript } from '../../../src/core/formats/index.js';
import { readTranscriptStart } from '../../../src/core/formats/transcript-start.js';

// A short cut keeps the files small; the player cuts at 64 KB.
const CUT = 2000;

const timestamp = (seconds: number, comma = false): string => {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds / 60) % 60;
  const s = (seconds % 60).toFixed(3).padStart(6, '0');
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${comma ? s.replace('.', ',') : s}`;
};

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}${i % 9 === 8 ? '.' : ''}`);

const FILES = {
  json: (crlf = false) =>
    JSON.stringify(
      {
        version: '1.0.0',
        segments: words(800).map((body, i) => ({
          speaker: i % 50 < 25 ? 'Ann {x}' : "Bo 'b'",
          startTime: i * 0.4,
          endTime: i * 0.4 + 0.3,
          body,
        })),
      },
      null,
      crlf ? 1 : undefined,
    ),
  vtt: (crlf = false) =>
    ['WEBVTT', ...words(400).map((text, i) => `${timestamp(i * 2)} --> ${timestamp(i * 2 + 1.5)}\n<v Ann>${text} and more`)]
      .join('\n\n')
      .replace(/\n/g, crlf ? '\r\n' : '\n'),
  srt: (crlf = false) =>
    words(400)
      .map((text, i) => `${i + 1}\n${timestamp(i * 2, true)} --> ${timestamp(i * 2 + 1.5, true)}\n${text} said here`)
      .join('\n\n')
      .replace(/\n/g, crlf ? '\r\n' : '\n'),
};

describe('readTranscriptStart', () => {
  for (const [format, make] of Object.entries(FILES)) {
    for (const crlf of [false, true]) {
      it(`gives the first lines the whole ${format} file gives${crlf ? ' (CRLF)' : ''}`, () => {
        const text = make(crlf);
        const whole = readTranscript(text);
        const start = readTranscriptStart(text, {}, CUT);
        assert.ok(start, 'a start');
        assert.ok(start.items.length >= 2, `${start.items.length} lines`);
        assert.ok(start.items.length < whole.items.length);
        assert.deepEqual(start.items, whole.items.slice(0, start.items.length));
        assert.deepEqual(start.problems, []);
      });
    }
  }

  it('gives nothing for a file shorter than the cut, or one it cannot cut', () => {
    assert.equal(readTranscriptStart(FILES.json(), {}, 10_000_000), undefined);
    const html = `<html><body>${words(2000)
      .map((word, i) => `<p><time>${timestamp(i)}</time> ${word}</p>`)
      .join('')}</body></html>`;
    assert.equal(readTranscriptStart(html, { format: 'html' }, CUT), undefined);
    assert.equal(readTranscriptStart('x'.repeat(CUT * 3), { format: 'json' }, CUT), undefined);
  });

  it('never throws, and what it gives is the start of the whole', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (text, cut) => {
        const start = readTranscriptStart(text, {}, cut);
        if (!start) return;
        const whole = readTranscript(text);
        if (whole.problems.some((problem) => problem.fatal)) return;
        assert.deepEqual(start.items, whole.items.slice(0, start.items.length));
      }),
      { numRuns: 300 },
    );
  });
});
