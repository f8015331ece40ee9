/**
 * Chapters written inside an MP3 (the ID3v2 Chapter Frame Addendum, as Auphonic,
 * Hindenburg, Forecast and Podlove Publisher write them): `CHAP` frames with start and end
 * times and their own `TIT2` title, `WXXX` link and `APIC` picture, listed in order by a
 * `CTOC` table of contents.
 */

import { message, quote, type Problem } from '../message.js';
import type { RawChapter } from '../model.js';
import { safeImageUrl, safeLinkUrl } from '../url-safety.js';
import { readId3Header, readFrames, tagFrames, uint32, type Id3Frame } from './id3-tag.js';
import { readTerminated, readTextFrame } from './id3-text.js';

export interface Id3ChaptersOptions {
  /** The audio's URL, for links written relative to it. */
  baseUrl?: string;
  /** A chapter picture larger than this is left out (and reported): it would sit in memory as a `data:` URL. */
  maxImageBytes?: number;
}

export interface Id3Chapters {
  items: RawChapter[];
  problems: Problem[];
}

export const MAX_CHAPTER_IMAGE_BYTES = 512 * 1024;

interface TableOfContents {
  id: string;
  topLevel: boolean;
  children: string[];
}

/**
 * Reads the chapters from the bytes of an ID3v2.3 or 2.4 tag (from the file's first byte
 * to the size its header announces). No tag, or a tag without `CHAP` frames: no items
 * and no problems. Never throws.
 */
export function readId3Chapters(bytes: Uint8Array, options: Id3ChaptersOptions = {}): Id3Chapters {
  const problems: Problem[] = [];
  try {
    return { items: read(bytes, options, problems), problems };
  } catch (error) {
    problems.push({ ...message('file-unreadable', { detail: String(error) }), fatal: true });
    return { items: [], problems };
  }
}

function read(bytes: Uint8Array, options: Id3ChaptersOptions, problems: Problem[]): RawChapter[] {
  const header = readId3Header(bytes);
  if (!header) return [];
  if (header.version !== 3 && header.version !== 4) {
    problems.push({ ...message('id3-version-unsupported', { version: header.version }), fatal: true });
    return [];
  }
  if (bytes.length < header.size) problems.push(message('id3-truncated', { bytes: bytes.length, announced: header.size }));
  const chapters = new Map<string, RawChapter>();
  const tables: TableOfContents[] = [];
  for (const frame of tagFrames(bytes, header, problems)) {
    if (frame.id === 'CHAP') {
      const chapter = readChapter(frame, header.version, options, problems);
      if (chapter && !chapters.has(chapter.id)) chapters.set(chapter.id, chapter.chapter);
    } else if (frame.id === 'CTOC') {
      tables.push(readTable(frame));
    }
  }
  return ordered(chapters, tables);
}

/**
 * The chapters in the order of the top-level table of contents (nested tables flattened),
 * listed; chapters no table names are kept unlisted (`toc: false`), for their pictures.
 * Without a table, every chapter is listed in the order written.
 */
function ordered(chapters: Map<string, RawChapter>, tables: TableOfContents[]): RawChapter[] {
  const top = tables.find((table) => table.topLevel) ?? tables[0];
  if (!top) return [...chapters.values()];
  const byId = new Map(tables.map((table) => [table.id, table]));
  const listed: RawChapter[] = [];
  const seen = new Set<string>();
  const visit = (table: TableOfContents): void => {
    if (seen.has(table.id)) return;
    seen.add(table.id);
    for (const child of table.children) {
      const chapter = chapters.get(child);
      if (chapter && !seen.has(child)) {
        seen.add(child);
        listed.push(chapter);
      } else {
        const nested = byId.get(child);
        if (nested) visit(nested);
      }
    }
  };
  visit(top);
  const unlisted = [...chapters.entries()].filter(([id]) => !seen.has(id)).map(([, chapter]) => ({ ...chapter, toc: false }));
  return [...listed, ...unlisted];
}

/** `CTOC`: element id, flags (top-level 2, ordered 1), entry count, child ids; then sub-frames (not needed here). */
function readTable(frame: Id3Frame): TableOfContents {
  const { data } = frame;
  const id = readTerminated(data, 0, 0);
  const flags = data[id.next] ?? 0;
  const count = data[id.next + 1] ?? 0;
  const children: string[] = [];
  let at = id.next + 2;
  for (let i = 0; i < count && at < data.length; i++) {
    const child = readTerminated(data, at, 0);
    children.push(child.text);
    at = child.next;
  }
  return { id: id.text, topLevel: (flags & 0x02) !== 0, children };
}

/** `CHAP`: element id, start and end in milliseconds, byte offsets (unused here), then sub-frames. */
function readChapter(
  frame: Id3Frame,
  version: number,
  options: Id3ChaptersOptions,
  problems: Problem[],
): { id: string; chapter: RawChapter } | undefined {
  const { data } = frame;
  const id = readTerminated(data, 0, 0);
  const path = `CHAP "${id.text}" `;
  if (id.next + 16 > data.length) {
    problems.push({ ...message('field-missing', { field: 'start', entry: 'chapter' }), path: path.trim() });
    return undefined;
  }
  const startMs = uint32(data, id.next);
  const endMs = uint32(data, id.next + 4);
  if (startMs === 0xffffffff) {
    problems.push({ ...message('field-not-time', { field: 'start', value: quote(startMs), entry: 'chapter' }), path: path.trim() });
    return undefined;
  }
  const chapter: RawChapter = { start: startMs / 1000, title: '', toc: true };
  if (endMs !== 0xffffffff && endMs > startMs) chapter.end = endMs / 1000;
  else if (endMs < startMs)
    problems.push({ ...message('end-before-start', { start: startMs / 1000, end: endMs / 1000 }), path: path.trim() });
  for (const sub of readFrames(data, id.next + 16, version, false, problems, path)) {
    if (sub.id === 'TIT2') chapter.title = readTextFrame(sub.data);
    else if (sub.id === 'WXXX') {
      const link = readLink(sub.data);
      const safe = safeLinkUrl(link, options.baseUrl);
      if (safe) chapter.link = safe;
      else if (link) problems.push({ ...message('url-unusable', { field: 'WXXX', value: quote(link) }), path: `${path}WXXX` });
    } else if (sub.id === 'APIC' && chapter.image === undefined) {
      const image = readPicture(sub.data, options, problems, `${path}APIC`);
      if (image) chapter.image = image;
    }
  }
  return { id: id.text, chapter };
}

/** `WXXX`: encoding, a description in it, then the URL, always ISO-8859-1. */
function readLink(data: Uint8Array): string {
  if (data.length === 0) return '';
  const description = readTerminated(data, 1, data[0]!);
  return readTerminated(data, description.next, 0).text.trim();
}

const RASTER = /^image\/(?:png|jpeg|gif|webp|avif)$/;

/**
 * `APIC`: encoding, MIME type, picture type, description, then the picture — as a
 * `data:` URL for the raster types `safeImageUrl` admits (told by the bytes when the
 * MIME type is missing or wrong), or, with the MIME type `-->`, a link to the picture.
 */
function readPicture(data: Uint8Array, options: Id3ChaptersOptions, problems: Problem[], path: string): string | undefined {
  if (data.length === 0) return undefined;
  const encoding = data[0]!;
  const mime = readTerminated(data, 1, 0);
  const description = readTerminated(data, mime.next + 1, encoding);
  const picture = data.subarray(description.next);
  const written = mime.text.trim().toLowerCase();
  if (written === '-->') return safeImageUrl(readTerminated(picture, 0, 0).text, options.baseUrl);
  const type = sniffImage(picture) ?? (written === 'image/jpg' ? 'image/jpeg' : written);
  if (!RASTER.test(type)) {
    problems.push({ ...message('id3-image-not-raster', { mime: quote(mime.text) }), path });
    return undefined;
  }
  const limit = options.maxImageBytes ?? MAX_CHAPTER_IMAGE_BYTES;
  if (picture.length > limit) {
    problems.push({
      ...message('id3-image-too-large', { kilobytes: Math.ceil(picture.length / 1024), limit: Math.floor(limit / 1024) }),
      path,
    });
    return undefined;
  }
  return safeImageUrl(`data:${type};base64,${base64(picture)}`);
}

/** The raster type the first bytes show, whatever the frame says. */
function sniffImage(bytes: Uint8Array): string | undefined {
  const starts = (...signature: number[]): boolean => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50)
    return 'image/webp';
  return undefined;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x2000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  return btoa(binary);
}
