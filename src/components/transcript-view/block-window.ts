import { html, isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  blockOf,
  blocksAfterJump,
  blockSpansWithin,
  blocksToDrawNext,
  FIRST_LINES,
  KEEP_BLOCKS_AROUND,
  LINES_PER_BLOCK,
  panelItems,
  splitIntoBlocks,
  type BlockSpan,
  type LineBlock,
  type LineMetrics,
} from '../../core/line-blocks.js';
import { styleProperties } from '../style-properties.js';

/** Whether the engine keeps what is in view in place when content above changes (not Safari). */
const NATIVE_SCROLL_ANCHORING = globalThis.CSS?.supports?.('overflow-anchor', 'auto') ?? false;

/** A line in view and its distance from the panel's top, to keep it there. */
interface Anchor {
  index: number;
  top: number;
}

/**
 * Which blocks of transcript lines are drawn. Long transcripts are cut into blocks, and only
 * blocks within a panel's height of the viewport are drawn; each run of the others is one
 * placeholder (a spacer) of their estimated height, so a 10-hour episode costs about as much
 * to show, and to jump around in, as a short one. A block is also drawn at once when a line
 * in it is wanted (`lineReady`).
 *
 * Safari has no CSS scroll anchoring: when blocks above the viewport are drawn (their real
 * height replacing an estimate), the lines in view would jump away, the spoken one with them.
 * So there the first line in view is noted before such an update and the panel scrolled back
 * to it after; other engines do this themselves (overflow-anchor).
 */
export class BlockWindow implements ReactiveController {
  blocks: readonly LineBlock[] = [];
  private drawn = new Set<number>();
  /** The drawn blocks changed since the last update, other than for new lines. */
  private moved = false;
  private anchor: Anchor | undefined;
  private observer: IntersectionObserver | undefined;
  private resizes: ResizeObserver | undefined;
  /** Measured when the panel was last laid out at a new size: measuring in `setLines` would force a layout. */
  private metrics: LineMetrics | undefined;
  private panelHeight = 0;
  private printing: AbortController | undefined;
  /**
   * Drawn blocks whose words are not spans yet. A far seek or a scroll draws lines as plain
   * text, and their words become spans (for the word highlight and the `word` part) when the
   * browser is idle, a few blocks at a time: thousands of word elements are most of what a
   * jump would cost in its frame. The spoken line is drawn with its spans at once
   * (`transcript-line.ts`).
   */
  private plain = new Set<number>();
  private wording: (() => void) | undefined;
  /** The block of the line last wanted (`lineReady`): kept drawn until another is. */
  private wanted = 0;
  /**
   * The blocks the last jump left behind, far from where it went: let go of once the panel is
   * still, not in the jump's frame, where removing their thousands of elements cost as much
   * as drawing the new place. Those of the jump before are let go of in the next jump's frame,
   * so seeking on and on keeps two places drawn at most.
   */
  private leftBehind = new Set<number>();
  /** Blocks that came within reach, drawn in the next animation frame (`handleIntersection`), and the drawn set they were found from. */
  private reaching: { blocks: Set<number>; from: ReadonlySet<number> } | undefined;
  /** Blocks were drawn since the last wording: wait for the panel to be still before wording. */
  private drawnSinceWording = false;
  /** The blocks drawn before all were drawn for print. */
  private beforePrint: Set<number> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The scrolling panel, whose children are the blocks in order; null before the first render. */
    private readonly panel: () => HTMLElement | null,
    private readonly nativeAnchoring = NATIVE_SCROLL_ANCHORING,
  ) {
    host.addController(this);
  }

  /** New lines (their text lengths): blocks with estimated heights, of which only the first few are drawn. */
  setLines(lengths: readonly number[]): void {
    // No lines (the first render, before the transcript is read) need no measure: measuring
    // would force the page's first style and layout in the middle of its first render.
    this.blocks = lengths.length ? splitIntoBlocks(lengths, this.metrics ?? this.lineMetrics()) : [];
    this.drawn = new Set(Array.from({ length: Math.ceil(FIRST_LINES / LINES_PER_BLOCK) }, (_, b) => b));
    this.plain = new Set();
    this.leftBehind = new Set();
    this.wanted = 0;
    this.moved = false;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Back in a page: watch the placeholders again.
    if (this.blocks.length) this.host.requestUpdate();
    // Printing prints every line: all blocks are drawn for it (`beforeprint`, and the print
    // media query for print previews and emulation, which fire no event), and let go after.
    this.printing = new AbortController();
    const { signal } = this.printing;
    const print = globalThis.matchMedia?.('print');
    print?.addEventListener('change', () => this.print(print.matches), { signal });
    globalThis.addEventListener?.('beforeprint', () => this.print(true), { signal });
    globalThis.addEventListener?.('afterprint', () => this.print(false), { signal });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.resizes?.disconnect();
    this.resizes = undefined;
    this.printing?.abort();
    this.wording?.();
    this.wording = undefined;
  }

  hostUpdate(): void {
    if (this.moved && !this.nativeAnchoring) this.anchor = this.firstLineInView();
    this.moved = false;
  }

  hostUpdated(): void {
    const panel = this.panel();
    if (!panel) return;
    this.keepAnchor(panel);
    this.observer ??= new IntersectionObserver((entries) => this.handleIntersection(entries), { root: panel, rootMargin: '100% 0px' });
    if (!this.resizes) {
      // Its callback runs once layout is done: measuring there costs nothing.
      this.resizes = new ResizeObserver(() => {
        this.metrics = this.lineMetrics();
        this.panelHeight = panel.clientHeight;
      });
      this.resizes.observe(panel);
    }
    for (const block of panel.children) if (block.classList.contains('placeholder')) this.observer.observe(block);
    if ((this.plain.size || this.leftBehind.size) && !this.wording)
      this.wording = whenIdle(() => this.wordSome(), this.drawnSinceWording ? WORDING_DELAY_MS : 0);
    this.drawnSinceWording = false;
  }

  /** Whether line `index` is drawn with its words as one text, not yet as spans. */
  isPlain(index: number): boolean {
    return this.plain.has(blockOf(index));
  }

  private wordSome(): void {
    this.wording = undefined;
    if (this.leftBehind.size) {
      this.leftBehind = new Set();
      const drawn = new Set(this.drawn);
      this.letGoOfFar(drawn, this.wanted, this.wanted);
      if (drawn.size < this.drawn.size) {
        // Their words wait for the next idle moment: this one removed elements.
        for (const block of this.plain) if (!drawn.has(block)) this.plain.delete(block);
        this.drawn = drawn;
        this.moved = true;
        this.host.requestUpdate();
        return;
      }
    }
    let count = 0;
    for (const block of this.plain) {
      this.plain.delete(block);
      if (++count === BLOCKS_WORDED_AT_ONCE) break;
    }
    if (count) this.host.requestUpdate();
  }

  /**
   * The drawn blocks by `drawLines`, and a placeholder of their estimated height for each run
   * of the others. Keyed: a block's lines stay its own as the blocks around it come and go.
   */
  render(drawLines: (block: LineBlock, worded: boolean) => unknown): unknown {
    return repeat(
      panelItems(this.blocks, this.drawn),
      (item) => ('block' in item ? item.block : `${item.first}-`),
      (item) =>
        'block' in item
          ? html`<div class="block" data-block=${item.block}>${drawLines(this.blocks[item.block]!, !this.plain.has(item.block))}</div>`
          : html`<div
              class="block placeholder"
              data-first=${item.first}
              data-end=${item.end}
              ${styleProperties({ height: `${item.height}px` })}
            ></div>`,
    );
  }

  /** A drawn line, found through its block; null when it is not drawn. */
  lineAt(index: number): HTMLElement | null {
    if (index < 0) return null;
    const block = this.panel()?.querySelector(`:scope > [data-block="${blockOf(index)}"]`);
    return block?.querySelector<HTMLElement>(`[data-index="${index}"]`) ?? null;
  }

  /**
   * Line `index`, drawing its block first if needed, with the blocks of the lines that will be
   * in view once it is scrolled to (letting go of blocks far from it once the panel is still,
   * see `leftBehind`). Lines in view are
   * drawn in the same frame: waiting for the placeholders to come into reach would show the
   * panel empty below the line for a frame.
   */
  async lineReady(index: number): Promise<HTMLElement | null> {
    const block = blockOf(index);
    this.wanted = block;
    if (!this.drawn.has(block)) {
      const near = blocksAfterJump(this.drawn, block);
      // The place before stays drawn until the panel is still; the one before that goes now.
      const drawn = new Set(near);
      for (const b of this.drawn) if (!near.has(b) && !this.leftBehind.has(b)) drawn.add(b);
      this.leftBehind = new Set([...drawn].filter((b) => !near.has(b)));
      const [above, below] = linesAround(this.panelHeight, this.metrics);
      const last = this.blocks.length - 1;
      for (let b = Math.max(0, blockOf(index - above)); b <= Math.min(last, blockOf(index + below)); b++) drawn.add(b);
      this.draw(drawn);
      await this.host.updateComplete;
    }
    return this.lineAt(index);
  }

  private print(on: boolean): void {
    if (on && !this.beforePrint) {
      this.beforePrint = this.drawn;
      this.draw(new Set(this.blocks.keys()));
      // Drawn now, not a microtask later: the browser lays the page out for print right after `beforeprint`.
      (this.host as ReactiveControllerHost & { performUpdate?: () => void }).performUpdate?.();
    } else if (!on && this.beforePrint) {
      const before = this.beforePrint;
      this.beforePrint = undefined;
      this.draw(before);
    }
  }

  private draw(blocks: Set<number>): void {
    // Seeking or scrolling on: the blocks waiting for their words may soon be let go of.
    this.wording?.();
    this.wording = undefined;
    this.drawnSinceWording = true;
    for (const block of blocks) if (!this.drawn.has(block)) this.plain.add(block);
    for (const block of this.plain) if (!blocks.has(block)) this.plain.delete(block);
    this.drawn = blocks;
    this.moved = true;
    this.host.requestUpdate();
  }

  /**
   * Placeholders come within reach: the blocks of theirs that are, by their estimates, are
   * drawn, in the next animation frame. The observer reports in a task right after a frame
   * is painted (after a far seek, the frame that drew the new place), and the blocks it
   * finds are beyond the panel's edges: drawn in that task, their work would fall in the
   * same frame's time as the jump's; in the next frame they are still drawn before anything
   * is painted again. A frame draws those in view and the few nearest it: laying out a whole
   * margin's lines at once was the costliest frame a jump left behind. The placeholders left
   * are watched again after that frame, so the next nearest come in the frame after.
   */
  private handleIntersection(entries: IntersectionObserverEntry[]): void {
    const near = entries.filter((entry) => entry.isIntersecting);
    const panel = this.panel();
    if (near.length === 0 || !panel) return;
    // Read where the observer calls: layout is done.
    const view = panel.getBoundingClientRect();
    const spans: BlockSpan[] = [];
    for (const entry of near) {
      const spacer = entry.target as HTMLElement;
      this.observer?.unobserve(spacer);
      const top = entry.boundingClientRect.top;
      const from = entry.intersectionRect.top - top;
      const run = { first: Number(spacer.dataset.first), end: Number(spacer.dataset.end) };
      for (const span of blockSpansWithin(this.blocks, run, from, from + entry.intersectionRect.height))
        spans.push({ block: span.block, top: top + span.top, bottom: top + span.bottom });
    }
    const drawn = new Set(this.reaching?.blocks ?? this.drawn);
    const room = BLOCKS_REACHED_PER_FRAME - (drawn.size - this.drawn.size);
    const reached = blocksToDrawNext(
      spans.filter((span) => !drawn.has(span.block)),
      view.top,
      view.bottom,
      room,
    );
    if (reached.length === 0) return;
    for (const block of reached) drawn.add(block);
    // What the last jump left behind waits for the panel to be still, not for the frame after the jump.
    this.letGoOfFar(drawn, Math.min(...reached), Math.max(...reached), this.leftBehind);
    if (this.reaching) {
      this.reaching.blocks = drawn;
      return;
    }
    const reaching = (this.reaching = { blocks: drawn, from: this.drawn });
    requestAnimationFrame(() => {
      this.reaching = undefined;
      // A jump or a print in between drew blocks of its own: its placeholders are watched again after it.
      if (this.drawn === reaching.from) this.draw(reaching.blocks);
    });
  }

  /**
   * Lets go of the drawn blocks far from those just reached and from the view: following a
   * long episode, or scrolling through it, would otherwise keep every block it passed (some
   * 6,800 elements after 75 panel heights), and the next far seek would remove them all in
   * its frame. A block let go of leaves its measured height to its placeholder, so nothing
   * in view moves. Read where the observer calls, once layout is done.
   */
  private letGoOfFar(drawn: Set<number>, first: number, last: number, spared: ReadonlySet<number> = new Set()): void {
    const panel = this.panel();
    if (!panel || this.beforePrint) return;
    const view = panel.getBoundingClientRect();
    let blocks: LineBlock[] | undefined;
    const near = (block: number, a: number, b: number) => block >= a - KEEP_BLOCKS_AROUND && block <= b + KEEP_BLOCKS_AROUND;
    for (const block of drawn) {
      // Near what was just reached, or near the line last wanted (it is scrolled to next).
      if (near(block, first, last) || near(block, this.wanted, this.wanted) || spared.has(block)) continue;
      const element = panel.querySelector<HTMLElement>(`:scope > [data-block="${block}"]`);
      if (!element) continue;
      const box = element.getBoundingClientRect();
      // Within a panel's height of the view, a block stays, whatever its distance in lines.
      if (box.bottom > view.top - view.height && box.top < view.bottom + view.height) continue;
      (blocks ??= [...this.blocks])[block] = { ...this.blocks[block]!, estimate: box.height };
      drawn.delete(block);
    }
    if (blocks) this.blocks = blocks;
  }

  private firstLineInView(): Anchor | undefined {
    const panel = this.panel();
    if (!panel) return undefined;
    const top = panel.getBoundingClientRect().top;
    for (const block of panel.children) {
      if (block.getBoundingClientRect().bottom <= top) continue;
      for (const line of block.querySelectorAll<HTMLElement>('[data-index]')) {
        const box = line.getBoundingClientRect();
        if (box.bottom > top) return { index: Number(line.dataset.index), top: box.top - top };
      }
      // A placeholder (no lines yet): the anchor is the first drawn line below it.
    }
    return undefined;
  }

  private keepAnchor(panel: HTMLElement): void {
    const anchor = this.anchor;
    this.anchor = undefined;
    const line = anchor && this.lineAt(anchor.index);
    if (!anchor || !line) return;
    const moved = line.getBoundingClientRect().top - panel.getBoundingClientRect().top - anchor.top;
    if (Math.abs(moved) >= 1) panel.scrollTop += moved;
  }

  /**
   * Line heights guessed from the panel's width and font size before anything is measured:
   * about half an em per character, beside the time column, 1.5 em rows (transcript-view.styles.ts).
   */
  private lineMetrics(): LineMetrics {
    // Server rendering has no layout: the estimates only size placeholders, which the browser measures again.
    if (isServer) return { charsPerRow: (600 - 96) / 8, rowHeight: 24, lineChrome: 9.6 };
    const width = this.panel()?.clientWidth || this.host.clientWidth || 600;
    const fontSize = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    return { charsPerRow: (width - 6 * fontSize) / (fontSize * 0.5), rowHeight: fontSize * 1.5, lineChrome: fontSize * 0.6 };
  }
}

/** Blocks whose words become spans in one idle callback: fifty or so word elements, their lines laid out again. */
const BLOCKS_WORDED_AT_ONCE = 1;

/** Blocks beyond the view drawn in one frame as placeholders come within reach: a dozen lines, laid out in a few milliseconds on a slow machine. */
const BLOCKS_REACHED_PER_FRAME = 2;

/**
 * Words wait this long after the last blocks drawn: a listener scrubbing the seek bar or
 * scrolling draws blocks every few frames and lets go of them as fast, and spans made for
 * them would be work thrown away.
 */
const WORDING_DELAY_MS = 150;

/** Runs `callback` after `delay` ms, when the browser is idle (a moment later where it cannot say); returns what cancels it. */
function whenIdle(callback: () => void, delay: number): () => void {
  let cancelIdle = (): void => undefined;
  const timer = setTimeout(() => {
    if (typeof globalThis.requestIdleCallback === 'function') {
      const handle = requestIdleCallback(callback, { timeout: 1000 });
      cancelIdle = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(callback, 50);
      cancelIdle = () => clearTimeout(handle);
    }
  }, delay);
  return () => {
    clearTimeout(timer);
    cancelIdle();
  };
}

/**
 * How many lines above and below a line scrolled to may be in view: it is placed a third of
 * the way down (`follow-scroll.ts`), and no line is shorter than one row.
 */
function linesAround(panelHeight: number, metrics: LineMetrics | undefined): [number, number] {
  const line = metrics ? metrics.rowHeight + metrics.lineChrome : 34;
  return [Math.ceil(panelHeight / 3 / line), Math.ceil((panelHeight * 2) / 3 / line) + 1];
}
