import type { Segment } from '../../core/model.js';
import { quoteSpan, type QuoteSpan } from '../../core/quote-span.js';

/**
 * The stretch of the episode a reader's selection in the transcript covers, from the lines
 * (`data-index`) where it starts and ends inside `host`'s shadow root; undefined when nothing
 * is selected there. Loaded on use (`lazy-modules.ts`): only a reader who selects needs it.
 */
export function selectedSpan(host: HTMLElement, segments: readonly Segment[]): QuoteSpan | undefined {
  const lines = selectedLines(host);
  return lines && quoteSpan(segments, lines[0], lines[1]);
}

function selectedLines(host: HTMLElement): [number, number] | undefined {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- getSelection() on a ShadowRoot is Chromium's, not in the DOM types
  const root = host.shadowRoot as (ShadowRoot & { getSelection?: () => Selection | null }) | null;
  if (!root) return undefined;
  const selection = root.getSelection?.() ?? document.getSelection();
  if (!selection) return undefined;
  // Safari's document selection is retargeted out of shadow roots (collapsed, on the page's
  // body); getComposedRanges() sees inside in every engine that has it.
  const range = composedRange(selection, root);
  const lineOf = (node: Node | null | undefined) =>
    (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-index]');
  const first = lineOf(range ? range.startContainer : selection.anchorNode);
  const last = lineOf(range ? range.endContainer : selection.focusNode);
  const collapsed = range ? range.collapsed : selection.isCollapsed;
  if (collapsed || !first || !last || !root.contains(first)) return undefined;
  return [Number(first.dataset.index), Number(last.dataset.index)];
}

type ComposedSelection = Selection & { getComposedRanges?(...args: unknown[]): StaticRange[] };

/** The selected range inside `root`, or undefined where the engine lacks getComposedRanges(). */
function composedRange(selection: Selection, root: ShadowRoot): StaticRange | undefined {
  const { getComposedRanges } = selection as ComposedSelection;
  if (typeof getComposedRanges !== 'function') return undefined;
  try {
    return getComposedRanges.call(selection, { shadowRoots: [root] })[0];
  } catch {
    // Safari 17 and 18 take the shadow roots as arguments.
    try {
      return getComposedRanges.call(selection, root)[0];
    } catch {
      return undefined;
    }
  }
}
