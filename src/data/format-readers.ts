import { CHAPTERS_READERS, isRareChaptersFormat, isRareTranscriptFormat, TRANSCRIPT_READERS } from '../core/formats/common-formats.js';
import { chaptersFormatHint, transcriptFormatHint } from '../core/formats/detect.js';
import { readAny, toEnd, type FormatReaders } from '../core/formats/read-any.js';
import type { FileRef, Message } from '../core/message.js';
import type { ChaptersFormat, RawChapter, RawSegment, TranscriptFormat } from '../core/model.js';
import { loadedModule, loadModule } from '../lazy.js';
import { loadFor } from './prepare-text.js';
import type { ReadText } from './read-with.js';
import type { DataKind } from './usable-data.js';

type Readers = { transcript: FormatReaders<RawSegment, TranscriptFormat>; chapters: FormatReaders<RawChapter, ChaptersFormat> };

const COMMON: Readers = { transcript: TRANSCRIPT_READERS, chapters: CHAPTERS_READERS };
let withRare: Readers | undefined;

/**
 * The player's parsers: the common formats' (Podcasting 2.0 JSON, SubRip, WebVTT), which are
 * part of its script, and the rare formats' once their module (`core/formats/rare-formats.ts`,
 * `formats` in `lazy-modules.ts`) has come. A file whose format is none of these is read
 * again once it has (`read-source.ts`).
 */
export function readersAtHand<K extends DataKind>(kind: K): Readers[K] {
  const rare = loadedModule('formats');
  if (!rare) return COMMON[kind];
  withRare ??= {
    transcript: { ...TRANSCRIPT_READERS, parsers: { ...TRANSCRIPT_READERS.parsers, ...rare.RARE_TRANSCRIPT_PARSERS } },
    chapters: { ...CHAPTERS_READERS, parsers: { ...CHAPTERS_READERS.parsers, ...rare.RARE_CHAPTERS_PARSERS } },
  };
  return withRare[kind];
}

/** File text read with the parsers at hand: `Lacking` when its format's are not here yet. */
export const readAtHand = ((kind: DataKind, text, options) =>
  toEnd(readAny(text, options, readersAtHand(kind) as FormatReaders<unknown, string>))) as ReadText;

export const isRareFormat = (kind: DataKind, format: string | undefined): boolean =>
  kind === 'transcript' ? isRareTranscriptFormat(format) : isRareChaptersFormat(format);

/**
 * Starts loading the rare formats' parsers when what is known before a file's content says
 * it is in one of them: its forced format (the `*-type` attribute, a feed's `type`) or its
 * address's extension (`.html`, `.txt`, `.xml`). Then they come while the file is fetched,
 * not after it. The content decides in the end; a wrong guess costs one small file. A
 * failure is reported by the read that needs them.
 */
export function prepareReaders(kind: DataKind, format: string | undefined, url: string | undefined): void {
  if (loadedModule('formats')) return;
  const hint = url ? (kind === 'transcript' ? transcriptFormatHint({ url }) : chaptersFormatHint({ url })) : undefined;
  if (isRareFormat(kind, format) || isRareFormat(kind, hint)) loadModule('formats').catch(() => undefined);
}

/** Loads the rare formats' parsers: undefined once they are here, else why not, as the message the player shows. */
export const loadRareReaders = (ref: FileRef): Promise<Message | undefined> => loadFor(ref, 'formats');
