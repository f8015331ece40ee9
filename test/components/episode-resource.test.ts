import { expect } from '@esm-bundle/chai';
import { LitElement } from 'lit';
import { EpisodeResource, pickSource, TRANSCRIPT, type ResourceSource } from '../../src/components/episode-resource.js';
import type { TranscriptFormat } from '../../src/core/model.js';
import { dataFromValue } from '../../src/data/load-data.js';
import { FIXTURES } from './helpers.js';

class ResourceHost extends LitElement {
  source: ResourceSource<TranscriptFormat> | undefined;
  log: string[] = [];
  readonly transcript = new EpisodeResource(this, TRANSCRIPT, () => this.source, {
    onChange: () => this.log.push('change'),
    onLoaded: (result) => this.log.push(result.error ? `error ${result.error.code}` : `loaded ${result.items.length}`),
  });
  // As the player does: an update that hands data over completes once it is read.
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    await this.transcript.settled;
    while (this.isUpdatePending) settled = await super.getUpdateComplete();
    return settled;
  }
}
customElements.define('test-resource-host', ResourceHost);

const VTT = 'WEBVTT\n\n00:00.000 --> 00:02.000\nOne\n\n00:02.000 --> 00:04.000\nTwo\n';

describe('EpisodeResource', () => {
  let host: ResourceHost;
  beforeEach(() => {
    host = document.createElement('test-resource-host') as ResourceHost;
    document.body.append(host);
  });
  afterEach(() => host.remove());

  const settle = async () => {
    await host.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    await host.updateComplete;
  };

  it('reads inline data, normalises against the duration, and keeps the array until either changes', async () => {
    host.source = { data: VTT };
    host.requestUpdate();
    await settle();
    expect(host.log).to.deep.equal(['change', 'loaded 2']);
    const items = host.transcript.items(undefined);
    expect(items.map((segment) => [segment.start, segment.end])).to.deep.equal([
      [0, 2],
      [2, 4],
    ]);
    expect(host.transcript.items(undefined)).to.equal(items);
    expect(host.transcript.items(3).at(-1)!.end).to.equal(3);
  });

  it('fetches a URL, says loading meanwhile, and reports a failure as a code', async () => {
    host.source = { url: `${FIXTURES}tone-10s.transcript.json` };
    host.requestUpdate();
    await host.updateComplete;
    expect(host.transcript.state).to.equal('loading');
    await waitForState(host, () => host.transcript.state !== 'loading');
    expect(host.transcript.items(undefined)).to.have.length(5);
    host.source = { url: `${FIXTURES}missing.vtt` };
    host.requestUpdate();
    await host.updateComplete;
    await waitForState(host, () => host.transcript.state !== 'loading');
    expect(host.log.at(-1)).to.equal('error fetch-http');
    expect(host.transcript.items(undefined)).to.deep.equal([]);
  });

  it('drops what it had when the source goes, and owes a change for that too', async () => {
    host.source = { data: VTT };
    host.requestUpdate();
    await settle();
    host.source = undefined;
    host.requestUpdate();
    await settle();
    expect(host.transcript.state).to.equal('none');
    expect(host.transcript.items(undefined)).to.deep.equal([]);
    expect(host.log).to.deep.equal(['change', 'loaded 2', 'change']);
  });

  it('reads chapters the same way', () => {
    const result = dataFromValue('chapters', { version: '1.2.0', chapters: [{ startTime: 0, title: 'Intro' }] });
    expect(result.items.map((chapter) => chapter.title)).to.deep.equal(['Intro']);
  });
});

describe('pickSource', () => {
  it('takes the page’s own URL or data first, then the episode description’s, else none', () => {
    expect(pickSource({ url: 'a.vtt' }, { url: 'b.vtt' })).to.deep.equal({ url: 'a.vtt' });
    expect(pickSource({ url: '', data: 'WEBVTT' }, { url: 'b.vtt' })).to.deep.equal({ url: '', data: 'WEBVTT' });
    expect(pickSource({ url: '' }, { url: 'b.vtt', type: 'vtt' })).to.deep.equal({ url: 'b.vtt', format: 'vtt' });
    expect(pickSource({ url: '' }, { data: '{}' })).to.deep.equal({ data: '{}' });
    expect(pickSource({ url: '', data: null }, undefined)).to.equal(undefined);
  });
});

async function waitForState(host: LitElement, done: () => boolean): Promise<void> {
  const start = performance.now();
  while (!done()) {
    if (performance.now() - start > 5000) throw new Error('the resource did not settle');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await host.updateComplete;
}
