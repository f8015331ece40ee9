import type { Segment } from '../core/model.js';
import { TRANSCRIPT_FILE_TYPES, TRANSCRIPT_WRITERS, type TranscriptFileFormat } from '../core/transcript-writers.js';

/**
 * Points a download link at the transcript file, just before the browser follows it (the
 * default action reads `href` after the click's listeners have run). The last address is let
 * go when the next is made; the file stays readable until then, whatever time the browser
 * takes to save it. Loaded on first use (`lazy-modules.ts`): the writers are for listeners
 * who download.
 */
export function pointAtFile(link: HTMLAnchorElement, segments: readonly Segment[], format: TranscriptFileFormat): void {
  if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
  const file = new Blob([TRANSCRIPT_WRITERS[format](segments)], { type: TRANSCRIPT_FILE_TYPES[format] });
  link.href = URL.createObjectURL(file);
}
