// `podcast-transcript-player/react` in a real React DOM: the component sets the element's
// properties (an object arrives as that object), listens for the element's events through
// its on… props, hands the element to its ref, and stops listening when a prop goes away;
// React 19 does the same for the bare tag, which README shows too.
import { expect } from '@esm-bundle/chai';
// Default imports: React ships CommonJS, which the test server gives as a default export.
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient, { type Root } from 'react-dom/client';
import type { TranscriptPlayer as TranscriptPlayerElement } from '../../src/components/transcript-player.js';
import type { ReadyDetail } from '../../src/components/events.js';
import { TranscriptPlayer } from '../../src/react.js';
import { waitFor } from './helpers.js';

const TRANSCRIPT = {
  version: '1.0.0',
  segments: [
    { speaker: 'Ana', startTime: 0, endTime: 2, body: 'Hello there.' },
    { speaker: 'Ben', startTime: 2, endTime: 4, body: 'Hi, Ana.' },
  ],
};

const { createElement, createRef } = React;

let host: HTMLElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = ReactDOMClient.createRoot(host);
});

afterEach(() => {
  root.unmount();
  host.remove();
});

function render(element: ReturnType<typeof createElement>): void {
  ReactDOM.flushSync(() => root.render(element));
}

describe('transcript-player/react', () => {
  it('sets properties, forwards the ref and calls the on… props with the events', async () => {
    const ref = createRef<TranscriptPlayerElement>();
    const ready: ReadyDetail[] = [];
    render(
      createElement(TranscriptPlayer, {
        ref,
        transcriptData: TRANSCRIPT,
        theme: 'dark',
        noResume: true,
        className: 'episode',
        onReady: (event) => ready.push(event.detail),
      }),
    );
    const player = ref.current!;
    expect(player).to.equal(host.querySelector('transcript-player'));
    expect(player.transcriptData).to.equal(TRANSCRIPT);
    expect(player.theme).to.equal('dark');
    expect(player.noResume).to.equal(true);
    expect(player.className).to.equal('episode');
    await waitFor(() => ready.length > 0, 'the onReady prop to be called');
    expect(ready[0]).to.deep.equal({ segments: 2, chapters: 0 });
    expect(player.segments.map((segment) => segment.text)).to.deep.equal(['Hello there.', 'Hi, Ana.']);
  });

  it('stops listening when an on… prop is taken away', async () => {
    const ref = createRef<TranscriptPlayerElement>();
    let calls = 0;
    render(createElement(TranscriptPlayer, { ref, transcriptData: TRANSCRIPT, onReady: () => calls++ }));
    await waitFor(() => calls === 1, 'the first ready');
    render(createElement(TranscriptPlayer, { ref, transcriptData: TRANSCRIPT }));
    ref.current!.dispatchEvent(new CustomEvent('ready', { detail: { segments: 0, chapters: 0 } }));
    expect(calls).to.equal(1);
  });

  it('React 19 sets the bare tag’s properties and listens for `on` + event name', async () => {
    const details: ReadyDetail[] = [];
    render(
      createElement('transcript-player', {
        transcriptData: TRANSCRIPT,
        onready: (event: CustomEvent<ReadyDetail>) => details.push(event.detail),
      }),
    );
    const player = host.querySelector('transcript-player')!;
    expect(player.transcriptData).to.equal(TRANSCRIPT);
    await waitFor(() => details.length > 0, 'the onready prop to be called');
    expect(details[0]).to.deep.equal({ segments: 2, chapters: 0 });
  });
});
