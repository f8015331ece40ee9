import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import type { Segment } from '../../../src/core/model.js';
import { SEARCH_DELAY_MS, TranscriptSearch } from '../../../src/components/transcript-view/transcript-search.js';
import { en } from '../../../src/i18n/en.js';
import { waitFor } from '../helpers.js';

const lines = ['Alpha one', 'Nothing', 'alpha two', 'Nothing', 'ALPHA three', 'Café crème'];
const segments: Segment[] = lines.map((text, i) => ({ start: i, end: i + 1, text }));

/** The search box alone, recording what it asks of the view. */
class SearchHost extends LitElement {
  calls: string[] = [];
  startLine = 0;
  search = new TranscriptSearch(this, {
    startLine: () => this.startLine,
    showMatch: (line) => this.calls.push(`show ${line}`),
    cleared: () => this.calls.push('cleared'),
  });

  override render() {
    return this.search.render(en);
  }
}
customElements.define('test-search-host', SearchHost);

async function makeHost(): Promise<SearchHost> {
  const host = document.createElement('test-search-host') as SearchHost;
  host.search.setSegments(segments);
  document.body.append(host);
  await host.updateComplete;
  return host;
}

const part = (host: SearchHost, name: string) => host.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const input = (host: SearchHost) => part(host, 'search-input') as HTMLInputElement;
const count = (host: SearchHost) => part(host, 'search-count').textContent;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function type(host: SearchHost, text: string): Promise<void> {
  input(host).focus();
  await sendKeys({ type: text });
}

/** The whole query at once (pasted): real keys may come slower than the pause on a busy machine, and each pause searches. */
function paste(host: SearchHost, text: string): void {
  input(host).focus();
  input(host).value = text;
  input(host).dispatchEvent(new InputEvent('input', { data: text, inputType: 'insertFromPaste' }));
}

describe('TranscriptSearch', () => {
  afterEach(() => document.querySelectorAll('test-search-host').forEach((host) => host.remove()));

  it('searches once the reader pauses typing, case- and accent-insensitively, and shows the first match', async () => {
    const host = await makeHost();
    // Keys in quick succession (a driver may send real ones slower than the pause).
    for (const value of ['a', 'al', 'alp', 'alph', 'alpha']) {
      input(host).value = value;
      input(host).dispatchEvent(new InputEvent('input', { data: value.at(-1)!, inputType: 'insertText' }));
    }
    expect(host.calls, 'nothing while typing').to.deep.equal([]);
    expect(count(host)).to.equal('');
    await waitFor(() => count(host) === '1 of 3', 'the count');
    expect(host.calls, 'one search for the pause').to.deep.equal(['show 0']);
    host.calls = [];
    input(host).select();
    await type(host, 'CAFE');
    await waitFor(() => count(host) === '1 of 1', 'an accent-insensitive match');
    expect(host.calls.at(-1)).to.equal('show 5');
  });

  it('starts from the line the view names (the spoken one)', async () => {
    const host = await makeHost();
    host.startLine = 3;
    paste(host, 'alpha');
    await waitFor(() => count(host) === '3 of 3', 'the first match at or after line 3');
    expect(host.calls).to.deep.equal(['show 4']);
  });

  it('Enter and Shift+Enter step through the matches, wrapping around; so do the arrow buttons', async () => {
    const host = await makeHost();
    await type(host, 'alpha');
    await waitFor(() => count(host) === '1 of 3', 'the count');
    host.calls = [];
    await sendKeys({ press: 'Enter' });
    await host.updateComplete;
    expect(count(host)).to.equal('2 of 3');
    input(host).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, composed: true }));
    input(host).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, composed: true }));
    await host.updateComplete;
    expect(count(host)).to.equal('3 of 3');
    part(host, 'search-next').click();
    await host.updateComplete;
    expect(count(host)).to.equal('1 of 3');
    part(host, 'search-previous').click();
    await host.updateComplete;
    expect(count(host)).to.equal('3 of 3');
    expect(host.calls).to.deep.equal(['show 2', 'show 0', 'show 4', 'show 0', 'show 4']);
  });

  it('Enter before the pause is over searches at once instead of stepping through the old results', async () => {
    const host = await makeHost();
    await type(host, 'alpha');
    await waitFor(() => count(host) === '1 of 3', 'the count');
    input(host).value = 'nothing';
    input(host).dispatchEvent(new InputEvent('input', { data: 'g', inputType: 'insertText' }));
    input(host).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await host.updateComplete;
    expect(count(host)).to.equal('1 of 2');
    await sleep(SEARCH_DELAY_MS + 100);
    await host.updateComplete;
    expect(count(host), 'the search typed before Enter does not run again').to.equal('1 of 2');
  });

  it('says so when nothing is found, and disables the arrows', async () => {
    const host = await makeHost();
    await type(host, 'zebra');
    await waitFor(() => count(host) === en.noMatches, 'no matches');
    expect((part(host, 'search-next') as HTMLButtonElement).disabled).to.equal(true);
    expect((part(host, 'search-previous') as HTMLButtonElement).disabled).to.equal(true);
    expect(host.calls).to.deep.equal([]);
  });

  it('Escape empties the box and the results; on an empty box it is left to the page', async () => {
    const host = await makeHost();
    const escapes: Event[] = [];
    const listening = new AbortController();
    document.addEventListener('keydown', (event) => event.key === 'Escape' && escapes.push(event), { signal: listening.signal });
    await type(host, 'alpha');
    await waitFor(() => count(host) === '1 of 3', 'the count');
    await sendKeys({ press: 'Escape' });
    await host.updateComplete;
    expect(input(host).value).to.equal('');
    expect(count(host)).to.equal('');
    expect(host.search.results.matches).to.have.length(0);
    expect(host.calls.at(-1)).to.equal('cleared');
    expect(escapes, 'the Escape that cleared is the search’s').to.have.length(0);
    await sendKeys({ press: 'Escape' });
    expect(escapes, 'a second Escape goes on to the page (a dialog may close)').to.have.length(1);
    listening.abort();
  });

  it('searches new lines again for the same words', async () => {
    const host = await makeHost();
    await type(host, 'alpha');
    await waitFor(() => count(host) === '1 of 3', 'the count');
    host.search.setSegments([{ start: 0, end: 1, text: 'alpha only' }]);
    await host.updateComplete;
    expect(count(host)).to.equal('1 of 1');
  });

  it('searches nothing after the host left the page', async () => {
    const host = await makeHost();
    // Typed at once, not by the driver, whose keys may come slower than the pause on a busy machine.
    input(host).value = 'alpha';
    input(host).dispatchEvent(new InputEvent('input', { data: 'a', inputType: 'insertText' }));
    host.remove();
    await sleep(SEARCH_DELAY_MS + 100);
    expect(host.calls).to.deep.equal([]);
  });
});
