/**
 * Writes ID3v2.3 and v2.4 tags with chapters, for tests and for the chapter fixtures in
 * test/fixtures/ (scripts/make-id3-fixtures.ts): `CHAP` frames with `TIT2`, `WXXX` and
 * `APIC` sub-frames, a `CTOC`, each text encoding, and the ways writers get sizes wrong.
 */

export type Version = 3 | 4;
/** 0 ISO-8859-1, 1 UTF-16 with BOM, 2 UTF-16BE, 3 UTF-8. */
export type Encoding = 0 | 1 | 2 | 3;

export interface ChapterSpec {
  id: string;
  startMs: number;
  endMs: number;
  title?: string;
  link?: string;
  image?: { mime: string; bytes: Uint8Array; description?: string };
}

export interface TagSpec {
  version: Version;
  /** The encoding of titles and descriptions (default: UTF-16 for 2.3, UTF-8 for 2.4). */
  encoding?: Encoding;
  chapters: ChapterSpec[];
  /** The table of contents: chapter ids in order (default: all, as given); `false` for none. */
  toc?: string[] | false;
  /** Frames written before the chapters (a cover, a title), as `frame()` makes them. */
  before?: Uint8Array[];
  padding?: number;
  /** 2.4 only: write frame sizes as plain numbers, as old iTunes did. */
  plainSizes?: boolean;
  /** 2.3 only: unsynchronisation of the whole tag (an `FF` before a byte that could start an MPEG sync gets a `00`). */
  unsynchronise?: boolean;
  extendedHeader?: boolean;
}

/** A tiny real PNG (1×1), for chapter pictures. */
export const PNG_1X1 = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (char) => char.charCodeAt(0),
);

export function id3Tag(spec: TagSpec): Uint8Array {
  const { version } = spec;
  const encoding = spec.encoding ?? (version === 3 ? 1 : 3);
  const sizes = { version, plain: spec.plainSizes ?? false };
  const frames: Uint8Array[] = [...(spec.before ?? [])];
  const ids = spec.toc === false ? [] : (spec.toc ?? spec.chapters.map((chapter) => chapter.id));
  if (spec.toc !== false) {
    const children = concat(...ids.map((id) => latin1z(id)));
    const tocTitle = frame('TIT2', concat([encoding], text('Contents', encoding)), sizes);
    frames.push(frame('CTOC', concat(latin1z('toc'), [0x03, ids.length], children, tocTitle), sizes));
  }
  for (const chapter of spec.chapters) {
    const subframes: Uint8Array[] = [];
    if (chapter.title !== undefined) subframes.push(frame('TIT2', concat([encoding], text(chapter.title, encoding)), sizes));
    if (chapter.link !== undefined) subframes.push(frame('WXXX', concat([encoding], textz('', encoding), latin1(chapter.link)), sizes));
    if (chapter.image) {
      const { mime, bytes, description = '' } = chapter.image;
      subframes.push(frame('APIC', concat([encoding], latin1z(mime), [0x00], textz(description, encoding), bytes), sizes));
    }
    const times = concat(uint32(chapter.startMs), uint32(chapter.endMs), uint32(0xffffffff), uint32(0xffffffff));
    frames.push(frame('CHAP', concat(latin1z(chapter.id), times, ...subframes), sizes));
  }
  let body = concat(...frames);
  let flags = 0;
  if (spec.extendedHeader) {
    flags |= 0x40;
    // 2.3: size 6 (excluding itself), flags, padding size; 2.4: syncsafe size 6 (including itself), 1 flag byte, no flags.
    const extended = version === 3 ? concat(uint32(6), [0, 0], uint32(0)) : concat(syncsafe(6), [1, 0]);
    body = concat(extended, body);
  }
  if (spec.unsynchronise) {
    flags |= 0x80;
    body = unsynchronise(body);
  }
  body = concat(body, new Uint8Array(spec.padding ?? 0));
  return concat([0x49, 0x44, 0x33, version, 0, flags], syncsafe(body.length), body);
}

/** A frame: id, size (plain in 2.3, syncsafe in 2.4 unless `plain`), two flag bytes, content. */
export function frame(id: string, content: Uint8Array, { version, plain = false }: { version: Version; plain?: boolean }): Uint8Array {
  return concat(latin1(id), version === 4 && !plain ? syncsafe(content.length) : uint32(content.length), [0, 0], content);
}

export function text(value: string, encoding: Encoding): Uint8Array {
  if (encoding === 0) return latin1(value);
  if (encoding === 3) return new TextEncoder().encode(value);
  const littleEndian = encoding === 1;
  const out = new Uint8Array(value.length * 2 + (littleEndian ? 2 : 0));
  let at = 0;
  if (littleEndian) {
    out.set([0xff, 0xfe]);
    at = 2;
  }
  for (let i = 0; i < value.length; i++, at += 2) {
    const unit = value.charCodeAt(i);
    out[at] = littleEndian ? unit & 0xff : unit >> 8;
    out[at + 1] = littleEndian ? unit >> 8 : unit & 0xff;
  }
  return out;
}

/** Text with its terminator: one zero byte, two for UTF-16. */
function textz(value: string, encoding: Encoding): Uint8Array {
  return concat(text(value, encoding), encoding === 1 || encoding === 2 ? [0, 0] : [0]);
}

function latin1(value: string): Uint8Array {
  return Uint8Array.from(value, (char) => char.charCodeAt(0) & 0xff);
}

const latin1z = (value: string): Uint8Array => concat(latin1(value), [0]);

function uint32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function syncsafe(value: number): number[] {
  return [(value >> 21) & 0x7f, (value >> 14) & 0x7f, (value >> 7) & 0x7f, value & 0x7f];
}

function unsynchronise(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    out.push(bytes[i]!);
    if (bytes[i] === 0xff && (bytes[i + 1] === undefined || bytes[i + 1] === 0 || bytes[i + 1]! >= 0xe0)) out.push(0);
  }
  return Uint8Array.from(out);
}

export function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
