/**
 * The common case of `decode-text.ts`, on its own so that a player has it at once and loads
 * the rest only for a file that needs it: bytes that are valid UTF-8, with no byte-order mark
 * but UTF-8's and no charset but UTF-8 (or one `TextDecoder` does not know, which is ignored).
 * Whenever `utf8Text` gives a text, it is the one `decodeText` gives.
 */

export type Bytes = ArrayBuffer | ArrayBufferView;

export function isBytes(value: unknown): value is Bytes {
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

export function asUint8Array(input: Bytes): Uint8Array {
  return input instanceof Uint8Array
    ? input
    : ArrayBuffer.isView(input)
      ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
      : new Uint8Array(input);
}

/** The decoder for a Content-Type's charset, or undefined when it names none `TextDecoder` knows. */
export function charsetDecoder(contentType: string | undefined): TextDecoder | undefined {
  const label = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '')?.[1];
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

export function validUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The text of bytes in the common case, or undefined when they need `decode-text.ts`. */
export function utf8Text(input: Bytes, contentType?: string): string | undefined {
  try {
    const bytes = asUint8Array(input);
    const [a, b, c] = bytes;
    // UTF-8's byte-order mark decides, whatever the charset; the text after it is read as `decode-text.ts` reads it.
    if (a === 0xef && b === 0xbb && c === 0xbf) return validUtf8(bytes.subarray(3));
    // UTF-16's and UTF-32's.
    if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff) || (a === 0 && b === 0 && c === 0xfe)) return undefined;
    const declared = charsetDecoder(contentType)?.encoding;
    return declared === undefined || declared === 'utf-8' ? validUtf8(bytes) : undefined;
  } catch {
    // A detached buffer: `decode-text.ts` says what it is.
    return undefined;
  }
}
