import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decodeText, decodeTextDetailed, repairWideText } from '../../src/core/decode-text.js';
import { WINDOWS_1252_C1 } from '../../src/core/windows-1252.js';
import { parseTranscript } from '../../src/core/formats/index.js';

/** Files as Windows tools and servers write them, made here rather than kept in the repository. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    const c1 = WINDOWS_1252_C1.indexOf(char);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    if (c1 >= 0) return 0x80 + c1;
    throw new Error(`${char} is not in windows-1252`);
  });
}

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  const units = (bom ? '\ufeff' : '') + text;
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return bytes;
}

function utf32(text: string, littleEndian: boolean): Uint8Array {
  const points = [0xfeff, ...Array.from(text, (char) => char.codePointAt(0)!)];
  const bytes = new Uint8Array(points.length * 4);
  points.forEach((point, i) => new DataView(bytes.buffer).setUint32(i * 4, point, littleEndian));
  return bytes;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

const SRT =
  '1\r\n00:00:01,000 --> 00:00:02,500\r\n“Café” – the Straße costs 5 € … isn’t it?\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nÀ bientôt.\r\n';
const LINES = ['“Café” – the Straße costs 5 € … isn’t it?', 'À bientôt.'];

describe('decodeText', () => {
  it('reads a windows-1252 SRT with curly quotes, é, ß and €, with no charset or a wrong one', () => {
    const bytes = windows1252(SRT);
    for (const contentType of [undefined, 'application/x-subrip', 'text/plain; charset=utf-8', 'text/plain; charset=bogus']) {
      const decoded = decodeTextDetailed(bytes, contentType);
      assert.equal(decoded.text, SRT, String(contentType));
      assert.equal(decoded.encoding, 'windows-1252');
      assert.deepEqual(
        parseTranscript(bytes, contentType ? { contentType } : {}).items.map((item) => item.text),
        LINES,
      );
    }
  });

  it('follows a byte-order mark: UTF-8, UTF-16 LE and BE, UTF-32 LE and BE', () => {
    const cases: [Uint8Array, string][] = [
      [Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(SRT)), 'utf-8'],
      [utf16(SRT, true), 'utf-16le'],
      [utf16(SRT, false), 'utf-16be'],
      [utf32(SRT, true), 'utf-32le'],
      [utf32(SRT, false), 'utf-32be'],
    ];
    for (const [bytes, encoding] of cases) {
      // The mark wins over a charset that says otherwise.
      const decoded = decodeTextDetailed(bytes, 'text/plain; charset=windows-1252');
      assert.deepEqual([decoded.text, decoded.encoding, decoded.by], [SRT, encoding, 'bom']);
      const { items, problems } = parseTranscript(bytes.buffer as ArrayBuffer);
      assert.deepEqual(problems, [], encoding);
      assert.deepEqual(
        items.map((item) => [item.start, item.end, item.text]),
        [
          [1, 2.5, LINES[0]],
          [3, 4, LINES[1]],
        ],
      );
    }
  });

  it('reads a UTF-8 WebVTT with a BOM and CRLF line ends', () => {
    const vtt = '\ufeffWEBVTT\r\n\r\n00:00.000 --> 00:01.000\r\n<v Zoë>Grüße\r\n';
    const { items } = parseTranscript(utf8(vtt), { contentType: 'text/vtt' });
    assert.deepEqual(items, [{ start: 0, end: 1, text: 'Grüße', speaker: 'Zoë' }]);
  });

  it('takes a charset the bytes agree with, and overrules the defaults servers add to every file', () => {
    // UTF-16 without a mark: only the header can say so.
    assert.equal(decodeText(utf16('Hallo', true, false), 'text/plain; charset=UTF-16LE'), 'Hallo');
    assert.equal(decodeText(utf16('Hallo', false, false), 'text/vtt;charset="utf-16be"'), 'Hallo');
    // A legacy charset the bytes are written in.
    assert.equal(decodeText(Uint8Array.of(0x82, 0xa0), 'text/plain; charset=Shift_JIS'), 'あ');
    assert.equal(decodeText(Uint8Array.of(0xc1, 0xe1), 'text/plain; charset=iso-8859-7'), 'Αα');
    // Valid UTF-8 beats a single-byte charset; bytes that are not UTF-8 beat charset=utf-8.
    assert.equal(decodeTextDetailed(utf8('Café'), 'text/plain; charset=ISO-8859-1').text, 'Café');
    assert.equal(decodeText(windows1252('Café'), 'text/plain; charset=utf-8'), 'Café');
    // ASCII is the same in all of them; a label TextDecoder does not know is ignored.
    assert.deepEqual(decodeTextDetailed(utf8('plain'), 'text/plain; charset=iso-8859-1'), {
      text: 'plain',
      encoding: 'windows-1252',
      by: 'charset',
    });
    assert.deepEqual(decodeTextDetailed(utf8('Grüße'), 'text/plain; charset=klingon'), { text: 'Grüße', encoding: 'utf-8', by: 'content' });
  });

  it('reads every byte of windows-1252 as the Encoding Standard maps it', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeText(all.subarray(0x80), 'text/plain; charset=windows-1252');
    assert.equal(text.slice(0, 4), '€\u0081‚ƒ');
    assert.equal(text.charAt(0x1f), 'Ÿ');
    assert.equal(text.slice(0x20), Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i)).join(''));
  });

  it('takes any kind of byte view, and a cut-off UTF-32 file ends in U+FFFD', () => {
    const bytes = utf8('abc');
    assert.equal(decodeText(new DataView(bytes.buffer)), 'abc');
    assert.equal(decodeText(new Uint16Array(utf16('hi', true).buffer)), 'hi');
    assert.equal(decodeText(utf32('a', true).subarray(0, 7)), '\ufffd');
    assert.equal(decodeText(new Uint8Array()), '');
  });

  it('never throws, whatever the bytes and the Content-Type', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.uint8Array({ maxLength: 300 }).map((bytes) => Uint8Array.of(0xff, 0xfe, 0, 0, ...bytes)),
          fc.uint8Array({ maxLength: 300 }).map((bytes) => Uint8Array.of(0xfe, 0xff, ...bytes)),
          fc.uint8Array({ maxLength: 300 }).map((bytes) => Uint8Array.of(0xef, 0xbb, 0xbf, ...bytes)),
        ),
        fc.option(
          fc.oneof(
            fc.string(),
            fc.constantFrom('text/plain; charset=utf-16', 'a; charset=iso-2022-jp', 'b;charset=replacement', 'x; charset=x-user-defined'),
          ),
        ),
        (bytes, contentType) => {
          const text = decodeText(bytes, contentType ?? undefined);
          assert.equal(typeof text, 'string');
          const result = parseTranscript(bytes, contentType ? { contentType } : {});
          assert.ok(result.items.length > 0 || result.problems.some((problem) => problem.fatal));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('repairWideText', () => {
  const asUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
  const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
  const utf32be = (text: string) => new Uint8Array([0, 0, 0xfe, 0xff, ...[...text].flatMap((c) => [0, 0, 0, c.charCodeAt(0)])]);
  const srt = '1\n00:00:01,000 --> 00:00:02,000\nHello there\n';

  it('gives back the ASCII text of UTF-16 and UTF-32 read as UTF-8', () => {
    assert.equal(repairWideText(asUtf8(utf16le(srt))), srt);
    assert.equal(repairWideText(asUtf8(utf32be(srt))).replace(/^\0+/, ''), srt);
    assert.equal(parseTranscript(asUtf8(utf16le(srt))).items[0]?.text, 'Hello there');
  });

  it('leaves text alone that has a stray zero or none', () => {
    const vtt = 'WEBVTT\n\n00:00.000 --> 00:01.000\nA\0B and more text on the line\n';
    assert.equal(repairWideText(vtt), vtt);
    assert.equal(repairWideText(srt), srt);
    assert.equal(repairWideText('\0\0'), '\0\0');
  });
});
