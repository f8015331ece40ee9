/**
 * The ID3v2 tag at the start of an MP3: its header, and its frames. Versions 2.3 and 2.4
 * differ where it hurts: 2.3 frame sizes are plain 32-bit numbers, 2.4's are "syncsafe"
 * (7 bits per byte) — and some 2.4 writers (old iTunes) wrote plain ones anyway.
 */

import { message, type Problem } from '../message.js';

export const ID3_HEADER_BYTES = 10;

export interface Id3Header {
  /** The major version: 3 for ID3v2.3, 4 for ID3v2.4. */
  version: number;
  flags: number;
  /** Bytes the whole tag takes at the start of the file: header, frames, padding and footer. */
  size: number;
}

export interface Id3Frame {
  /** Four characters: `CHAP`, `TIT2`, … */
  id: string;
  data: Uint8Array;
}

const TAG_UNSYNCHRONISED = 0x80;
const TAG_EXTENDED_HEADER = 0x40;
const TAG_FOOTER = 0x10;

/** The header of an ID3v2 tag from the file's first 10 bytes, or `undefined` when the file does not start with one. */
export function readId3Header(bytes: Uint8Array): Id3Header | undefined {
  if (bytes.length < ID3_HEADER_BYTES || bytes[0] !== 0x49 || bytes[1] !== 0x44 || bytes[2] !== 0x33) return undefined;
  const version = bytes[3]!;
  const flags = bytes[5]!;
  if (version === 0xff || bytes[4] === 0xff || [6, 7, 8, 9].some((i) => bytes[i]! >= 0x80)) return undefined;
  const footer = version >= 4 && flags & TAG_FOOTER ? ID3_HEADER_BYTES : 0;
  return { version, flags, size: ID3_HEADER_BYTES + syncsafe(bytes, 6) + footer };
}

/**
 * The frames of a tag (the whole tag, header included), with the tag-wide
 * unsynchronisation of 2.3 undone and the extended header skipped. Frames this reader
 * cannot open (compressed, encrypted) are reported and left out.
 */
export function tagFrames(tag: Uint8Array, header: Id3Header, problems: Problem[]): Id3Frame[] {
  let body = tag.subarray(ID3_HEADER_BYTES, Math.min(tag.length, header.size));
  if (header.version === 3 && header.flags & TAG_UNSYNCHRONISED) body = resynchronise(body);
  let start = 0;
  if (header.flags & TAG_EXTENDED_HEADER && body.length >= 4) {
    // 2.3: a plain size that excludes its own 4 bytes; 2.4: a syncsafe size that includes them.
    start = header.version === 3 ? 4 + uint32(body, 0) : syncsafe(body, 0);
  }
  return readFrames(body, start, header.version, header.version >= 4 && (header.flags & TAG_UNSYNCHRONISED) !== 0, problems, '');
}

const FRAME_ID = /^[A-Z0-9]{4}$/;

/** Frames from `start` to the end of `bytes`: a tag's, or the sub-frames inside a `CHAP` or `CTOC`. */
export function readFrames(
  bytes: Uint8Array,
  start: number,
  version: number,
  allUnsynchronised: boolean,
  problems: Problem[],
  path: string,
): Id3Frame[] {
  const frames: Id3Frame[] = [];
  let at = start;
  while (at + ID3_HEADER_BYTES <= bytes.length) {
    const id = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    // Padding (zeros) or garbage: the frames are over.
    if (!FRAME_ID.test(id)) break;
    const size = frameSize(bytes, at, version);
    const formatFlags = bytes[at + 9]!;
    const end = at + ID3_HEADER_BYTES + size;
    if (end > bytes.length) {
      problems.push({ ...message('id3-frame-unreadable', { frame: id, reason: 'size' }), path: `${path}${id}` });
      break;
    }
    const frame = openFrame(id, bytes.subarray(at + ID3_HEADER_BYTES, end), version, formatFlags, allUnsynchronised);
    if (typeof frame === 'string')
      problems.push({ ...message('id3-frame-unreadable', { frame: id, reason: frame }), path: `${path}${id}` });
    else frames.push(frame);
    at = end;
  }
  return frames;
}

/**
 * A 2.4 size is syncsafe, unless its writer got that wrong: a byte with the high bit set
 * cannot be syncsafe, and a syncsafe reading that lands off the next frame while the plain
 * one lands on it was written plain.
 */
function frameSize(bytes: Uint8Array, at: number, version: number): number {
  const plain = uint32(bytes, at + 4);
  if (version < 4) return plain;
  if ([4, 5, 6, 7].some((i) => bytes[at + i]! >= 0x80)) return plain;
  const safe = syncsafe(bytes, at + 4);
  if (safe === plain || landsOnFrame(bytes, at + ID3_HEADER_BYTES + safe)) return safe;
  return landsOnFrame(bytes, at + ID3_HEADER_BYTES + plain) ? plain : safe;
}

function landsOnFrame(bytes: Uint8Array, at: number): boolean {
  if (at === bytes.length || bytes[at] === 0) return at <= bytes.length;
  if (at + 4 > bytes.length) return false;
  return FRAME_ID.test(String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!));
}

/** The frame's content with its extra header bytes removed, or why it cannot be read. */
function openFrame(
  id: string,
  data: Uint8Array,
  version: number,
  flags: number,
  allUnsynchronised: boolean,
): Id3Frame | 'compressed' | 'encrypted' {
  if (version === 3) {
    if (flags & 0x80) return 'compressed';
    if (flags & 0x40) return 'encrypted';
    return { id, data: flags & 0x20 ? data.subarray(1) : data };
  }
  if (flags & 0x08) return 'compressed';
  if (flags & 0x04) return 'encrypted';
  let content = data;
  if (flags & 0x40) content = content.subarray(1); // group id
  if (flags & 0x01) content = content.subarray(4); // data length indicator
  if (flags & 0x02 || allUnsynchronised) content = resynchronise(content);
  return { id, data: content };
}

/** Undoes unsynchronisation: every `FF 00` was written for an `FF`. */
function resynchronise(bytes: Uint8Array): Uint8Array {
  if (!bytes.includes(0xff)) return bytes;
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    out[length++] = bytes[i]!;
    if (bytes[i] === 0xff && bytes[i + 1] === 0x00) i++;
  }
  return out.subarray(0, length);
}

export function uint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

function syncsafe(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! & 0x7f) << 21) | ((bytes[at + 1]! & 0x7f) << 14) | ((bytes[at + 2]! & 0x7f) << 7) | (bytes[at + 3]! & 0x7f);
}
