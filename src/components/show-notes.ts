import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { NotesNode } from '../core/notes-html.js';
import type { Strings } from '../i18n/en.js';
import { englishNow } from '../i18n/english-at-hand.js';
import { LazyModuleController } from './lazy-module-controller.js';
import { dispatchRequest } from './requests.js';
import { sharedStyles } from './theme.styles.js';
import { timePhrase } from './time-phrase.js';

/**
 * An episode's show notes: untrusted HTML, read into a tree of allowed nodes
 * (`src/core/notes-html.ts`, imported with the first notes to show) and rebuilt here with
 * templates, so no markup from the data ever reaches `innerHTML`. Timestamps in the text
 * (`12:34`) are buttons that ask the player to play from there.
 *
 * @csspart notes - The container of the notes.
 * @csspart notes-link - Each link (opens in a new tab).
 * @csspart notes-time - Each timestamp button in the text.
 */
export class ShowNotes extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        overflow-wrap: anywhere;
        /* Close to the text: links and times sit in running text. */
        --_focus-offset: 1px;
      }
      .notes > :first-child {
        margin-top: 0;
      }
      .notes > :last-child {
        margin-bottom: 0;
      }
      p,
      ul,
      ol,
      blockquote {
        margin: 0 0 0.75em;
      }
      h3,
      h4 {
        margin: 1em 0 0.4em;
        font-size: 1em;
      }
      h3 {
        font-size: 1.05em;
      }
      ul,
      ol {
        padding-inline-start: 1.5em;
      }
      blockquote {
        padding-inline-start: 0.9em;
        border-inline-start: 3px solid var(--tp-border, #d0d7de);
        margin-inline: 0;
      }
      code {
        font-size: 0.92em;
      }
      a,
      button {
        color: var(--tp-link-color, var(--_accent));
        text-underline-offset: 0.15em;
      }
      button {
        all: unset;
        color: var(--tp-link-color, var(--_accent));
        text-decoration: underline;
        text-underline-offset: 0.15em;
        font-variant-numeric: tabular-nums;
        cursor: pointer;
        border-radius: 3px;
      }
    `,
  ];

  /** The notes as HTML, as published (untrusted). */
  @property() html = '';
  /** Base for relative links in the notes (the episode file's URL); the page's address by default. */
  @property({ attribute: 'base-url' }) baseUrl = '';
  /** Accessible name of the notes region; without it, "Show notes" in the language of `strings`. */
  @property() label = '';
  @property({ attribute: false }) strings: Strings = englishNow();

  private tree: NotesNode[] = [];
  private readonly reader = new LazyModuleController(this, 'notes');
  /** What `tree` was read from: the notes, their base, and the reader (none before it arrives). */
  private readFrom: readonly unknown[] = [];

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const reader = this.html ? this.reader.module : undefined;
    const from = [this.html, this.baseUrl, reader];
    if (from.every((value, i) => value === this.readFrom[i])) return;
    this.readFrom = from;
    this.tree = reader ? reader.parseNotesHtml(this.html, this.baseUrl || globalThis.document?.baseURI) : [];
  }

  /** Includes the notes reader's arrival, so the notes are there once the update is complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    await this.reader.settled;
    while (this.isUpdatePending) settled = await super.getUpdateComplete();
    return settled;
  }

  private seek(seconds: number): void {
    dispatchRequest(this, { type: 'seek-to', time: seconds, play: true });
  }

  private renderNodes(nodes: NotesNode[]): (TemplateResult | string)[] {
    return nodes.map((node) => this.renderNode(node));
  }

  /** One template per allowed tag: text and the one attribute, `href`, are bound as values, never as markup. */
  private renderNode(node: NotesNode): TemplateResult | string {
    if (!('tag' in node)) return node.text;
    if (node.tag === 'time') {
      return html`<button type="button" part="notes-time" title=${timePhrase(this.strings, node.seconds)} @click=${() => this.seek(node.seconds)}>${node.text}</button>`;
    }
    const children = this.renderNodes(node.children);
    switch (node.tag) {
      case 'a':
        return html`<a part="notes-link" href=${node.href ?? ''} target="_blank" rel="noopener noreferrer">${children}</a>`;
      case 'p':
        return html`<p>${children}</p>`;
      case 'br':
        return html`<br />`;
      case 'ul':
        return html`<ul>${children}</ul>`;
      case 'ol':
        return html`<ol>${children}</ol>`;
      case 'li':
        return html`<li>${children}</li>`;
      case 'strong':
        return html`<strong>${children}</strong>`;
      case 'b':
        return html`<b>${children}</b>`;
      case 'em':
        return html`<em>${children}</em>`;
      case 'i':
        return html`<i>${children}</i>`;
      case 'blockquote':
        return html`<blockquote>${children}</blockquote>`;
      case 'h3':
        return html`<h3>${children}</h3>`;
      case 'h4':
        return html`<h4>${children}</h4>`;
      case 'code':
        return html`<code>${children}</code>`;
    }
  }

  override render() {
    if (this.tree.length === 0) return nothing;
    return html`<section class="notes" part="notes" aria-label=${this.label || this.strings.showNotes}>${this.renderNodes(this.tree)}</section>`;
  }
}
