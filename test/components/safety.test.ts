import { expect } from '@esm-bundle/chai';
import type { TranscriptPlayer } from '../../src/components/transcript-player.js';
import { partsOf, removeAll } from './helpers.js';

/** Classic payloads; each sets a flag on window if it ever runs. */
const PAYLOADS = [
  `<script>window.__pwned = 'script'</script>`,
  `<img src=x onerror="window.__pwned = 'img'">`,
  `"><svg onload="window.__pwned = 'svg'">`,
  `javascript:window.__pwned = 'js'`,
];

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function transcripts(payload: string): Record<string, string> {
  return {
    vtt: `WEBVTT\n\n00:00.000 --> 00:02.000\n<v ${payload}>${payload}\n`,
    srt: `1\n00:00:00,000 --> 00:00:02,000\n${payload}\n`,
    json: JSON.stringify({ version: '1.0.0', segments: [{ startTime: 0, endTime: 2, speaker: payload, body: payload }] }),
    'podlove-json': JSON.stringify([{ start: 0, end: 2, voice: payload, text: payload }]),
    lines: `00:00:00: ${payload}\n00:00:02: end`,
  };
}

function chapters(payload: string): Record<string, string> {
  return {
    json: JSON.stringify({ version: '1.2.0', chapters: [{ startTime: 0, title: payload, url: payload, img: payload }] }),
    'psc-json': JSON.stringify([{ start: '00:00:00', title: payload, href: payload, image: payload }]),
    psc: `<psc:chapters xmlns:psc="http://podlove.org/simple-chapters"><psc:chapter start="0" title="${escapeXml(payload)}" href="${escapeXml(payload)}"/></psc:chapters>`,
  };
}

async function render(setup: (player: TranscriptPlayer) => void): Promise<TranscriptPlayer> {
  const player = document.createElement('transcript-player');
  setup(player);
  document.body.append(player);
  await player.updateComplete;
  for (const inner of player.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) {
    await inner.updateComplete;
  }
  return player;
}

describe('text and links from data', () => {
  afterEach(() => {
    removeAll();
    delete (window as { __pwned?: string }).__pwned;
  });

  for (const payload of PAYLOADS) {
    for (const [format, text] of Object.entries(transcripts(payload))) {
      it(`shows a ${format} transcript payload as text: ${payload.slice(0, 24)}`, async () => {
        const player = await render((p) => {
          p.transcriptData = text;
        });
        await new Promise((resolve) => setTimeout(resolve, 30));
        expect((window as { __pwned?: string }).__pwned).to.equal(undefined);
        const lines = partsOf(player, 'segment');
        for (const line of lines) expect(line.querySelector('script, img, svg, iframe')).to.equal(null);
        if (format === 'vtt' || format === 'srt') return; // tags are cue markup there, stripped to text
        expect(lines[0]!.textContent).to.contain(payload);
      });
    }
    for (const [format, text] of Object.entries(chapters(payload))) {
      it(`shows a ${format} chapters payload as text and drops unsafe links: ${payload.slice(0, 24)}`, async () => {
        const player = await render((p) => {
          p.chaptersData = text;
        });
        await new Promise((resolve) => setTimeout(resolve, 30));
        expect((window as { __pwned?: string }).__pwned).to.equal(undefined);
        const title = partsOf(player, 'chapter-title')[0]!;
        expect(title.textContent).to.equal(payload);
        expect(partsOf(player, 'chapter-link')).to.have.length(0);
        expect(partsOf(player, 'artwork')).to.have.length(0);
      });
    }
  }

  it('links a chapter to an http(s) page in a new tab, without opener or referrer', async () => {
    const player = await render((p) => {
      p.chaptersData = {
        version: '1.2.0',
        chapters: [
          { startTime: 0, title: 'Safe', url: 'https://example.com/a b' },
          { startTime: 5, title: 'Data page', url: 'data:text/html,<script>alert(1)</script>' },
        ],
      };
    });
    const links = partsOf(player, 'chapter-link') as HTMLAnchorElement[];
    expect(links).to.have.length(1);
    expect(links[0]!.href).to.equal('https://example.com/a%20b');
    expect(links[0]!.target).to.equal('_blank');
    expect(links[0]!.rel).to.equal('noopener noreferrer');
    expect(links[0]!.getAttribute('aria-label')).to.contain('Safe');
  });

  it("shows the playing chapter's image only from http(s) or raster data URLs", async () => {
    const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const player = await render((p) => {
      p.chaptersData = {
        version: '1.2.0',
        chapters: [
          { startTime: 0, title: 'Raster', img: pixel },
          { startTime: 5, title: 'SVG', img: 'data:image/svg+xml,<svg onload=alert(1)>' },
        ],
      };
    });
    const artwork = partsOf(player, 'artwork') as HTMLImageElement[];
    expect(artwork).to.have.length(1);
    expect(artwork[0]!.src).to.equal(pixel);
    player.seek(6);
    await player.updateComplete;
    expect(partsOf(player, 'artwork')).to.have.length(0);
    expect(partsOf(player, 'current-chapter')[0]!.textContent).to.equal('SVG');
  });
});
