/**
 * Text in ID3 frames. The first byte of a text frame names the encoding: 0 ISO-8859-1,
 * 1 UTF-16 with a byte-order mark, 2 UTF-16 big-endian (2.4), 3 UTF-8 (2.4). Strings end
 * with a zero byte, or two for UTF-16.
 */

export type Id3Encoding = 0 | 1 | 2 | 3;

const utf8 = new TextDecoder('utf-8');

const isWide = (encoding: number): boolean => encoding === 1 || encoding === 2;

/** Decodes bytes of one encoding (no terminator). An unknown encoding byte is read as ISO-8859-1. */
export function decodeId3Text(bytes: Uint8Array, encoding: number): string {
  if (encoding === 3) return utf8.decode(bytes).replace(/^\uFEFF/, '');
  if (!isWide(encoding)) return latin1(bytes);
  let littleEndian = false;
  let start = 0;
  if (encoding === 1) {
    // Without a byte-order mark, little-endian: what the Windows tools that forget it write.
    littleEndian = !(bytes[0] === 0xfe && bytes[1] === 0xff);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) start = 2;
  }
  let text = '';
  for (let i = start; i + 1 < bytes.length; i += 2) {
    text += String.fromCharCode(littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  }
  return text.replace(/^\uFEFF/, '');
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x2000) text += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  return text;
}

/** A terminated string from `at`: its text, and where the next field starts. */
export function readTerminated(bytes: Uint8Array, at: number, encoding: number): { text: string; next: number } {
  const width = isWide(encoding) ? 2 : 1;
  let end = at;
  while (end + width <= bytes.length && !(bytes[end] === 0 && (width === 1 || bytes[end + 1] === 0))) end += width;
  if (end + width > bytes.length) return { text: decodeId3Text(bytes.subarray(at), encoding), next: bytes.length };
  return { text: decodeId3Text(bytes.subarray(at, end), encoding), next: end + width };
}

/** A text frame (`TIT2`): the encoding byte, then the text; of several values (2.4), the first. */
export function readTextFrame(data: Uint8Array): string {
  if (data.length === 0) return '';
  return readTerminated(data, 1, data[0]!).text.trim();
}
