/**
 * Long transcripts are drawn in blocks of lines, and only blocks near the viewport are
 * rendered; the rest are placeholders of estimated height. A block is small enough to
 * render within a frame and large enough that a 10-hour transcript has few placeholders.
 */
export const LINES_PER_BLOCK = 40;

export interface LineBlock {
  /** Index of the first line in the block. */
  first: number;
  /** One past the last line. */
  end: number;
  /** Estimated height in pixels before the block is rendered. */
  estimate: number;
}

export interface LineMetrics {
  /** Characters that fit on one text line of the panel. */
  charsPerRow: number;
  /** Height of one text row, in pixels. */
  rowHeight: number;
  /** Padding and margins around one transcript line, in pixels. */
  lineChrome: number;
}

export function splitIntoBlocks(lengths: readonly number[], metrics: LineMetrics, perBlock = LINES_PER_BLOCK): LineBlock[] {
  const blocks: LineBlock[] = [];
  const charsPerRow = Math.max(10, metrics.charsPerRow);
  for (let first = 0; first < lengths.length; first += perBlock) {
    const end = Math.min(lengths.length, first + perBlock);
    let estimate = 0;
    for (let i = first; i < end; i++) {
      estimate += Math.max(1, Math.ceil(lengths[i]! / charsPerRow)) * metrics.rowHeight + metrics.lineChrome;
    }
    blocks.push({ first, end, estimate: Math.round(estimate) });
  }
  return blocks;
}

/** Which block holds line `index`. */
export function blockOf(index: number, perBlock = LINES_PER_BLOCK): number {
  return Math.floor(index / perBlock);
}

/** Blocks kept drawn on either side of a block jumped to. */
export const KEEP_BLOCKS_AROUND = 2;

/**
 * The blocks to draw after a jump to block `target`: it, and those already drawn within
 * `around` of it. A jump lets go of the blocks left behind, so seeking around a long episode
 * does not pile up DOM; what comes into view again is drawn again.
 */
export function blocksAfterJump(drawn: Iterable<number>, target: number, around = KEEP_BLOCKS_AROUND): Set<number> {
  const kept = new Set<number>();
  for (const block of drawn) if (Math.abs(block - target) <= around) kept.add(block);
  return kept.add(target);
}
