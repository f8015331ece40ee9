/**
 * windows-1252, the encoding Windows tools write SRT in, and the one HTML reads `&#128;`–`&#159;`
 * in. Its characters for bytes 0x80–0x9F; the other bytes are their own code point.
 * Decoded here rather than by `TextDecoder`, which in Node 20 reads these bytes as Latin-1
 * C1 controls (browsers get them right). The five bytes windows-1252 leaves undefined map
 * to the C1 control of the same number, as the Encoding Standard says.
 */
export const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  const CHUNK = 8192;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const codes = Array.from(bytes.subarray(at, at + CHUNK), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_C1.charCodeAt(byte - 0x80) : byte,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}
