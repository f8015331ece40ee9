import { expect } from '@esm-bundle/chai';
import { sendMouse } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import type { Segment } from '../../../src/core/model.js';
import { REQUEST } from '../../../src/components/events.js';
import type { PlayerRequest } from '../../../src/components/requests.js';
import { QuoteSelection } from '../../../src/components/transcript-view/quote-selection.js';
import { en } from '../../../src/i18n/en.js';
import { waitFor } from '../helpers.js';

const segments: Segment[] = [
  { start: 0, end: 2, text: 'The first line of the quote test.' },
  { start: 2, end: 5, text: 'The second line, a little longer.' },
  { start: 5, end: 9, text: 'The third line.' },
  { start: 9, end: Infinity, text: 'The last line has no end.' },
];

/** Lines in a shadow root, with a QuoteSelection watching the reader's selection gestures. */
class QuoteHost extends LitElement {
  quote = new QuoteSelection(this, () => segments);

  override render() {
    return html`<div @pointerup=${this.quote.handleSelectionEnd} @keyup=${this.quote.handleSelectionEnd}>
        ${segments.map((segment, i) => html`<p data-index=${i}><span class="text">${segment.text}</span></p>`)}
      </div>
      ${this.quote.render(en)}`;
  }
}
customElements.define('test-quote-host', QuoteHost);

async function makeHost(): Promise<QuoteHost> {
  const host = document.createElement('test-quote-host') as QuoteHost;
  document.body.append(host);
  await host.updateComplete;
  return host;
}

const textOf = (host: QuoteHost, line: number) => host.shadowRoot!.querySelector(`[data-index="${line}"] .text`)!.getBoundingClientRect();
const quoteLink = (host: QuoteHost) => host.shadowRoot!.querySelector<HTMLButtonElement>('[part~="quote-link"]');

/** A real drag with the mouse from inside one line's text to inside another's. */
async function drag(from: DOMRect, to: DOMRect, fromEnd = false): Promise<void> {
  const at = (box: DOMRect, end: boolean): [number, number] => [
    Math.round(end ? box.right - 2 : box.left + 2),
    Math.round(box.top + box.height / 2),
  ];
  await sendMouse({ type: 'move', position: at(from, fromEnd) });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: at(to, !fromEnd) });
  await sendMouse({ type: 'up' });
}

describe('QuoteSelection', () => {
  afterEach(async () => {
    document.querySelectorAll('test-quote-host').forEach((host) => host.remove());
    getSelection()?.removeAllRanges();
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('offers the lines a selection touches, from the first one’s start to the last one’s end', async () => {
    const host = await makeHost();
    await drag(textOf(host, 1), textOf(host, 2));
    await waitFor(() => quoteLink(host) !== null, 'the quote link');
    expect(host.quote.span).to.deep.equal({ start: 2, end: 9 });
    expect(host.quote.selecting).to.equal(true);
  });

  it('reads a selection made upwards the same way', async () => {
    const host = await makeHost();
    await drag(textOf(host, 2), textOf(host, 0), true);
    await waitFor(() => quoteLink(host) !== null, 'the quote link');
    expect(host.quote.span).to.deep.equal({ start: 0, end: 9 });
  });

  it('asks for the quote once, then withdraws the offer', async () => {
    const host = await makeHost();
    const requests: { start: number | undefined; end: number | undefined }[] = [];
    host.addEventListener(REQUEST, (event) => {
      const request = (event as CustomEvent<PlayerRequest>).detail;
      if (request.type === 'share') requests.push({ start: request.start, end: request.end });
    });
    await drag(textOf(host, 0), textOf(host, 1));
    await waitFor(() => quoteLink(host) !== null, 'the quote link');
    quoteLink(host)!.click();
    await host.updateComplete;
    expect(requests).to.deep.equal([{ start: 0, end: 5 }]);
    expect(quoteLink(host)).to.equal(null);
  });

  it('ends an open-ended last line at its start', async () => {
    const host = await makeHost();
    await drag(textOf(host, 2), textOf(host, 3));
    await waitFor(() => quoteLink(host) !== null, 'the quote link');
    expect(host.quote.span).to.deep.equal({ start: 5, end: 5 });
  });

  it('withdraws the offer when a click collapses the selection, and offers nothing for text outside', async () => {
    const host = await makeHost();
    await drag(textOf(host, 0), textOf(host, 1));
    await waitFor(() => quoteLink(host) !== null, 'the quote link');
    const line = textOf(host, 3);
    await sendMouse({ type: 'click', position: [Math.round(line.left + 5), Math.round(line.top + line.height / 2)] });
    await waitFor(() => quoteLink(host) === null, 'the offer withdrawn');
    const outside = document.createElement('p');
    outside.textContent = 'Text of the page around the player, selected by the reader.';
    document.body.prepend(outside);
    try {
      const box = outside.getBoundingClientRect();
      await drag(new DOMRect(box.left, box.top, 80, box.height), new DOMRect(box.left + 150, box.top, 80, box.height));
      host.quote.handleSelectionEnd();
      await host.updateComplete;
      expect(quoteLink(host)).to.equal(null);
    } finally {
      outside.remove();
    }
  });
});
