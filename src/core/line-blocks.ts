/**
 * Long transcripts are drawn in blocks of lines, and only blocks near the viewport are
 * rendered; each run of blocks between them is one spacer of their estimated height. A
 * block is small, so that a far jump draws few lines: what a seek costs is mostly laying
 * out the lines it draws. The number of spacers stays that of the drawn blocks, however
 * long the episode.
 */
export const LINES_PER_BLOCK = 6;

/** Lines drawn at first, and by a server renderer for readers without the script: more than a tall panel shows. */
export const FIRST_LINES = 40;

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

/**
 * Blocks kept drawn on either side of a block jumped to: some eighty lines, so that jumping
 * around a short episode soon has every line drawn and draws nothing more.
 */
export const KEEP_BLOCKS_AROUND = 13;

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

/** What the panel holds, in order: a drawn block, or a spacer for a run of undrawn blocks. */
export type PanelItem = { block: number } | Spacer;

/** Undrawn blocks `first` to `end` (one past the last), as one element of their estimated height. */
export interface Spacer {
  first: number;
  end: number;
  height: number;
}

/** The drawn blocks, and between them a spacer for each run of undrawn ones. */
export function panelItems(blocks: readonly LineBlock[], drawn: ReadonlySet<number>): PanelItem[] {
  const items: PanelItem[] = [];
  let spacer: Spacer | undefined;
  for (let b = 0; b < blocks.length; b++) {
    if (drawn.has(b)) {
      spacer = undefined;
      items.push({ block: b });
    } else if (spacer) {
      spacer.end = b + 1;
      spacer.height += blocks[b]!.estimate;
    } else {
      spacer = { first: b, end: b + 1, height: blocks[b]!.estimate };
      items.push(spacer);
    }
  }
  return items;
}

/** A block of a spacer's run, with its estimated top and bottom in pixels below the spacer's top. */
export interface BlockSpan {
  block: number;
  top: number;
  bottom: number;
}

/**
 * The blocks of a spacer's run that lie between `from` and `to` pixels below its top, by
 * their estimates; at least the one nearest, so that a spacer in reach always gives a block.
 */
export function blocksWithin(blocks: readonly LineBlock[], spacer: Pick<Spacer, 'first' | 'end'>, from: number, to: number): number[] {
  return blockSpansWithin(blocks, spacer, from, to).map((span) => span.block);
}

/** `blocksWithin`, each block with where it lies. */
export function blockSpansWithin(
  blocks: readonly LineBlock[],
  spacer: Pick<Spacer, 'first' | 'end'>,
  from: number,
  to: number,
): BlockSpan[] {
  const within: BlockSpan[] = [];
  let top = 0;
  let nearest: BlockSpan = { block: spacer.first, top: 0, bottom: blocks[spacer.first]?.estimate ?? 0 };
  for (let b = spacer.first; b < spacer.end; b++) {
    const bottom = top + blocks[b]!.estimate;
    if (bottom > from && top < to) within.push({ block: b, top, bottom });
    else if (top < from) nearest = { block: b, top, bottom };
    if (top >= to) break;
    top = bottom;
  }
  return within.length ? within : [nearest];
}

/**
 * Of the blocks found in reach, those to draw now: every one in the view (`viewTop` to
 * `viewBottom`, in the spans' coordinates), and the `beyond` nearest of the others, nearest
 * first.
 */
export function blocksToDrawNext(spans: readonly BlockSpan[], viewTop: number, viewBottom: number, beyond: number): number[] {
  const distance = (span: BlockSpan) => Math.max(0, viewTop - span.bottom, span.top - viewBottom);
  const sorted = [...spans].sort((a, b) => distance(a) - distance(b));
  const inView = sorted.filter((span) => distance(span) === 0).length;
  return sorted.slice(0, inView + Math.max(0, beyond)).map((span) => span.block);
}
