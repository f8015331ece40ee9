/** Chapters inside an MP3's ID3v2 tag: the one entry to import (or load on demand). */
export { readId3Chapters, MAX_CHAPTER_IMAGE_BYTES, type Id3Chapters, type Id3ChaptersOptions } from './id3-chapters.js';
export { readId3Header, ID3_HEADER_BYTES, type Id3Header } from './id3-tag.js';
