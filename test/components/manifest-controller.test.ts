import { expect } from '@esm-bundle/chai';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { ManifestController } from '../../src/components/manifest-controller.js';
import type { LoadedManifest } from '../../src/data/load-manifest.js';
import { FIXTURES, makePlayer, partsOf, removeAll, TONE, waitFor } from './helpers.js';

class ManifestHost extends LitElement {
  @property() episode = '';
  @property() feed = '';
  @property() item = '';
  loads: LoadedManifest[] = [];
  readonly manifest = new ManifestController(this, (loaded) => this.loads.push(loaded));
}
customElements.define('test-manifest-host', ManifestHost);

const inline = (json: unknown) => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(json);
  return script;
};

describe('ManifestController', () => {
  afterEach(() => {
    for (const host of document.querySelectorAll('test-manifest-host')) host.remove();
    removeAll();
  });

  it('reads an inline description added after the element, and a change to it', async () => {
    const host = document.createElement('test-manifest-host') as ManifestHost;
    document.body.append(host);
    await host.updateComplete;
    expect(host.manifest.loaded).to.equal(undefined);
    host.append(inline({ title: 'One', audio: TONE.src }));
    await waitFor(() => host.manifest.loaded?.manifest?.title === 'One', 'the inline description');
    host.querySelector('script')!.textContent = JSON.stringify({ title: 'Two', audio: TONE.src });
    await waitFor(() => host.manifest.loaded?.manifest?.title === 'Two', 'the changed description');
  });

  it('prefers the episode URL to an inline child, and reports a failure', async () => {
    const host = document.createElement('test-manifest-host') as ManifestHost;
    host.append(inline({ title: 'Inline', audio: TONE.src }));
    host.episode = `${FIXTURES}missing-episode.json`;
    document.body.append(host);
    await waitFor(() => host.loads.length > 0, 'a load');
    expect(host.manifest.loaded?.manifest).to.equal(undefined);
    expect(host.manifest.loaded?.error?.code).to.equal('fetch-http');
  });
});

describe('switching episodes', () => {
  afterEach(removeAll);

  it('a new episode starts from nothing but what it names', async () => {
    const player = await makePlayer({});
    const a = inline({
      title: 'A',
      audio: TONE.src,
      transcript: TONE.transcript,
      chapters: TONE.chapters,
      notes: '<p>Notes of A</p>',
    });
    player.append(a);
    await waitFor(() => player.segments.length === 5 && player.chapterList.length > 0, 'episode A');
    await player.updateComplete;
    expect(partsOf(player, 'notes-panel')).to.have.length(1);
    a.textContent = JSON.stringify({ title: 'B', audio: `${FIXTURES}tone-10s.wav` });
    await waitFor(() => partsOf(player, 'episode-title')[0]?.textContent === 'B', 'episode B');
    await player.updateComplete;
    expect(player.src).to.equal(`${FIXTURES}tone-10s.wav`);
    expect(player.segments).to.have.length(0);
    expect(player.chapterList).to.have.length(0);
    expect(partsOf(player, 'segment')).to.have.length(0);
    expect(partsOf(player, 'chapter')).to.have.length(0);
    expect(partsOf(player, 'notes-panel')).to.have.length(0);
  });

  it('an inline transcript of one episode gives way to the URL of the next', async () => {
    const player = await makePlayer({});
    const script = inline({ audio: TONE.src, transcript: 'WEBVTT\n\n00:00.000 --> 00:01.000\nInline line\n' });
    player.append(script);
    await waitFor(() => player.segments[0]?.text === 'Inline line', 'the inline transcript');
    script.textContent = JSON.stringify({ audio: TONE.src, transcript: TONE.transcript });
    await waitFor(() => player.segments.length === 5, 'the transcript file of the next episode');
    expect(player.segments.some((segment) => segment.text === 'Inline line')).to.equal(false);
  });
});
