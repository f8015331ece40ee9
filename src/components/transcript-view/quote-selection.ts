import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Segment } from '../../core/model.js';
import { quoteSpan, type QuoteSpan } from '../../core/quote-span.js';
import type { Strings } from '../../i18n/en.js';
import { dispatchRequest } from '../requests.js';

/**
 * Quoting: once the reader has selected text in the transcript, a button offers a link to
 * the lines the selection touches, and pressing it asks the player to share that stretch.
 */
export class QuoteSelection implements ReactiveController {
  /** The stretch of the episode the selection covers, while it is on offer. */
  span: QuoteSpan | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly segments: () => readonly Segment[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the reader has text selected: a click that ends a selection is copying a quote, not asking to seek. */
  get selecting(): boolean {
    return String(globalThis.getSelection?.() ?? '') !== '';
  }

  // Arrow functions: Lit calls template listeners with `this` set to the host element.
  /** After a pointer or key gesture that may have ended a selection. */
  readonly handleSelectionEnd = (): void => {
    const lines = this.selectedLines();
    const span = lines && quoteSpan(this.segments(), lines[0], lines[1]);
    if (!span && !this.span) return;
    this.span = span;
    this.host.requestUpdate();
  };

  private readonly share = (): void => {
    if (this.span) dispatchRequest(this.host, { type: 'share', ...this.span });
    this.span = undefined;
    this.host.requestUpdate();
  };

  /** The lines (data-index) where the selection inside the host's shadow root starts and ends. */
  private selectedLines(): [number, number] | undefined {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- getSelection() on a ShadowRoot is Chromium's, not in the DOM types
    const root = this.host.shadowRoot as (ShadowRoot & { getSelection?: () => Selection | null }) | null;
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

  render(strings: Strings) {
    return this.span ? html`<button class="quote" part="quote-link" @click=${this.share}>${strings.shareQuote}</button>` : nothing;
  }
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
