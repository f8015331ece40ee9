/**
 * Bytes of a transcript or chapters file to text, as browsers decode text tracks but
 * tolerant of what servers and Windows tools get wrong:
 *
 * 1. a byte-order mark decides: UTF-8, UTF-16 LE/BE, and UTF-32 LE/BE (which browsers no
 *    longer decode, but subtitle tools still write);
 * 2. else the Content-Type's `charset`, any label `TextDecoder` knows, with two exceptions
 *    for the defaults servers add to every file: `charset=utf-8` on bytes that are not UTF-8
 *    is overruled by windows-1252, and a single-byte charset (`iso-8859-1`) on bytes that
 *    are valid UTF-8 with non-ASCII characters is overruled by UTF-8 (a Latin-1 text that
 *    happens to be valid UTF-8 is vanishingly rare);
 * 3. else UTF-8 when the bytes are valid UTF-8;
 * 4. else windows-1252, which every byte sequence is (Windows tools write SRT in it).
 *
 * Never throws: an unknown label is ignored, and the last resort decodes anything.
 */

import { asUint8Array, charsetDecoder, validUtf8, type Bytes } from './utf8-text.js';
import { decodeWindows1252 } from './windows-1252.js';

// Part of this module's API since before the common case had a module of its own.
export { isBytes, type Bytes } from './utf8-text.js';
export { repairWideText } from './wide-text.js';

export interface DecodedText {
  text: string;
  /** The encoding used, by its WHATWG name (`utf-8`, `utf-16le`, `windows-1252`, …). */
  encoding: string;
  /** What decided it. */
  by: 'bom' | 'charset' | 'content';
}

export function decodeText(bytes: Bytes, contentType?: string): string {
  return decodeTextDetailed(bytes, contentType).text;
}

export function decodeTextDetailed(input: Bytes, contentType?: string): DecodedText {
  try {
    return decodeBytes(asUint8Array(input), contentType);
  } catch {
    // Only a detached buffer gets here: there are no bytes left to read.
    return { text: '', encoding: 'utf-8', by: 'content' };
  }
}

function decodeBytes(bytes: Uint8Array, contentType: string | undefined): DecodedText {
  const bom = byBom(bytes);
  if (bom) return bom;
  const declared = charsetDecoder(contentType);
  if (declared) {
    const name = declared.encoding;
    if (name === 'utf-8') {
      const text = validUtf8(bytes);
      if (text !== undefined) return { text, encoding: name, by: 'charset' };
    } else if (SINGLE_BYTE.test(name) && hasNonAscii(bytes)) {
      const text = validUtf8(bytes);
      if (text !== undefined) return { text, encoding: 'utf-8', by: 'content' };
      return { text: decodeWith(declared, bytes), encoding: name, by: 'charset' };
    } else {
      return { text: decodeWith(declared, bytes), encoding: name, by: 'charset' };
    }
  }
  const text = validUtf8(bytes);
  if (text !== undefined) return { text, encoding: 'utf-8', by: 'content' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', by: 'content' };
}

/** `windows-125x`, `iso-8859-x`, `koi8-*`, `ibm866`, `macintosh`…: one byte a character, so every byte sequence decodes. */
const SINGLE_BYTE = /^(?:windows-125\d|iso-8859-\d+|koi8-[ru]|ibm866|macintosh|x-mac-cyrillic|windows-874)$/;

function byBom(bytes: Uint8Array): DecodedText | undefined {
  const [a, b, c, d] = bytes;
  // UTF-32 LE's mark starts with UTF-16 LE's, so it is tested first.
  if (a === 0xff && b === 0xfe && c === 0 && d === 0)
    return { text: decodeUtf32(bytes.subarray(4), true), encoding: 'utf-32le', by: 'bom' };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff)
    return { text: decodeUtf32(bytes.subarray(4), false), encoding: 'utf-32be', by: 'bom' };
  if (a === 0xef && b === 0xbb && c === 0xbf)
    return { text: decodeWith(new TextDecoder('utf-8'), bytes.subarray(3)), encoding: 'utf-8', by: 'bom' };
  if (a === 0xff && b === 0xfe)
    return { text: decodeWith(new TextDecoder('utf-16le'), bytes.subarray(2)), encoding: 'utf-16le', by: 'bom' };
  if (a === 0xfe && b === 0xff)
    return { text: decodeWith(new TextDecoder('utf-16be'), bytes.subarray(2)), encoding: 'utf-16be', by: 'bom' };
  return undefined;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

/** Decodes without the BOM handling the caller already did; windows-1252 by our own table (see below). */
function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  if (decoder.encoding === 'windows-1252') return decodeWindows1252(bytes);
  return decoder.decode(bytes);
}

/** UTF-32; a value that is no Unicode scalar value, or a cut-off last unit, becomes U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let codes: number[] = [];
  for (let at = 0; at + 4 <= bytes.length; at += 4) {
    const code = view.getUint32(at, littleEndian);
    codes.push(code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? 0xfffd : code);
    if (codes.length === 8192) {
      parts.push(String.fromCodePoint(...codes));
      codes = [];
    }
  }
  parts.push(String.fromCodePoint(...codes));
  if (bytes.length % 4 !== 0) parts.push('\ufffd');
  return parts.join('');
}
