import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decodeText } from '../../src/core/decode-text.js';
import { utf8Text } from '../../src/core/utf8-text.js';

const CONTENT_TYPES = [
  undefined,
  'text/vtt',
  'application/json; charset=utf-8',
  'text/plain; charset="UTF8"',
  'text/plain; charset=unicode-1-1-utf-8',
  'application/x-subrip; charset=iso-8859-1',
  'text/plain; charset=windows-1252',
  'text/plain; charset=utf-16le',
  'text/plain; charset=Shift_JIS',
  'text/plain; charset=no-such-charset',
];
const contentType = fc.constantFrom(...CONTENT_TYPES);
/** Bytes that are often valid UTF-8, sometimes start with a byte-order mark, sometimes neither. */
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 30 }).map((text) => new TextEncoder().encode(text)),
  fc
    .tuple(
      fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0, 0, 0xfe, 0xff], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]),
      fc.uint8Array({ maxLength: 20 }),
    )
    .map(([mark, rest]) => Uint8Array.from([...mark, ...rest])),
);

describe('utf8Text', () => {
  it('gives the text decodeText gives, when it gives one', () => {
    fc.assert(
      fc.property(bytes, contentType, (input, type) => {
        const text = utf8Text(input, type);
        if (text !== undefined) assert.equal(text, decodeText(input, type));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives every UTF-8 text without a charset, or with charset=utf-8, with or without its byte-order mark', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 30 }),
        fc.boolean(),
        fc.constantFrom(undefined, 'application/json; charset=utf-8'),
        (text, mark, type) => {
          const encoded = new TextEncoder().encode(text);
          const input = mark ? Uint8Array.from([0xef, 0xbb, 0xbf, ...encoded]) : encoded;
          // TextDecoder drops a leading U+FEFF of the text itself too, as decodeText does.
          assert.equal(utf8Text(input, type), decodeText(input, type));
        },
      ),
    );
  });

  it('leaves to decode-text.ts what is not UTF-8, and what is declared or marked otherwise', () => {
    const cafe = Uint8Array.from([0x43, 0x61, 0x66, 0xe9]);
    assert.equal(utf8Text(cafe), undefined);
    assert.equal(utf8Text(cafe, 'text/plain; charset=utf-8'), undefined);
    assert.equal(utf8Text(new TextEncoder().encode('ok'), 'text/plain; charset=iso-8859-1'), undefined);
    assert.equal(utf8Text(Uint8Array.from([0xff, 0xfe, 0x6f, 0])), undefined);
    assert.equal(utf8Text(new TextEncoder().encode('Grüße'), 'text/plain; charset=nonsense'), 'Grüße');
    assert.equal(utf8Text(new TextEncoder().encode('Grüße').buffer), 'Grüße');
  });
});
