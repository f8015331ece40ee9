import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Segment } from '../../core/model.js';
import type { QuoteSpan } from '../../core/quote-span.js';
import type { Strings } from '../../i18n/en.js';
import { loadedModule, loadModule } from '../../lazy.js';
import { moduleFailure } from '../module-failure.js';
import { dispatchRequest } from '../requests.js';

/**
 * Quoting: once the reader has selected text in the transcript, a button offers a link to
 * the lines the selection touches, and pressing it asks the player to share that stretch.
 * Which lines a selection touches is read by `selected-span.ts`, in the file loaded on use for
 * sharing (`sharing.ts`): the first pointer or key gesture in the transcript fetches it, and
 * the button shows once it is here (so its click finds the link maker here too).
 */
export class QuoteSelection implements ReactiveController {
  /** The stretch of the episode the selection covers, while it is on offer. */
  span: QuoteSpan | undefined;
  /** The reader selected text but the file that reads the selection could not be loaded. */
  private failed: unknown;

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
    const reader = loadedModule('share');
    if (reader) return this.offer(reader.selectedSpan(this.host, this.segments()));
    // Fetched on any gesture, not only when `selecting`: Safari's page selection does not
    // show a selection inside a shadow root, so only the reader can tell.
    loadModule('share').then(
      () => {
        this.failed = undefined;
        this.handleSelectionEnd();
      },
      (error: unknown) => {
        this.failed = error;
        this.host.requestUpdate();
      },
    );
  };

  private offer(span: QuoteSpan | undefined): void {
    if (!span && !this.span) return;
    this.span = span;
    this.host.requestUpdate();
  }

  private readonly share = (): void => {
    if (this.span) dispatchRequest(this.host, { type: 'share', ...this.span });
    this.span = undefined;
    this.host.requestUpdate();
  };

  render(strings: Strings) {
    if (this.failed !== undefined && this.selecting)
      return html`<span class="quote" role="status">${moduleFailure(strings, this.failed)}</span>`;
    return this.span ? html`<button class="quote" part="quote-link" @click=${this.share}>${strings.shareQuote}</button>` : nothing;
  }
}
