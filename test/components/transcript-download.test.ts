import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { parseTranscript } from '../../src/core/formats/index.js';
import { normaliseSegments } from '../../src/core/normalise.js';
import { loadModule } from '../../src/lazy.js';
import { makePlayer, partsOf, removeAll, TONE, waitFor } from './helpers.js';

/**
 * "Download transcript": a disclosure in the transcript panel, opened from the keyboard,
 * whose links are `<a download>` pointed at a `blob:` file of the lines as shown when
 * activated. The browser's own download is not followed here (the click's default action is
 * cancelled after the player's handler ran); the file at the address is read instead, and it
 * must read back through our parsers to the same lines.
 */
describe('the transcript download menu', () => {
  afterEach(removeAll);

  /** Clicks a link with the browser's navigation held back, and reads the file it points at. */
  async function activate(link: HTMLAnchorElement): Promise<string> {
    const hold = (event: Event) => event.preventDefault();
    window.addEventListener('click', hold);
    try {
      link.click();
    } finally {
      window.removeEventListener('click', hold);
    }
    expect(link.href).to.match(/^blob:/);
    return (await fetch(link.href)).text();
  }

  it('opens from the keyboard, is named, and offers the three files named after the episode', async () => {
    const player = await makePlayer({ src: TONE.src, transcript: TONE.transcript, 'episode-title': "Ada's Tone: Test #1" });
    const menu = partsOf(player, 'transcript-download')[0] as HTMLDetailsElement;
    const summary = menu.querySelector('summary')!;
    expect(summary.textContent?.trim()).to.equal('Download transcript');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    // The summary's activation toggles <details> in a task after the key event (Firefox).
    await waitFor(() => menu.open, 'the menu to open');
    const links = partsOf(player, 'transcript-download-link') as HTMLAnchorElement[];
    expect(links.map((link) => [link.textContent?.trim(), link.download])).to.deep.equal([
      ['Text (.txt)', 'Adas-Tone-Test-1.txt'],
      ['WebVTT subtitles (.vtt)', 'Adas-Tone-Test-1.vtt'],
      ['SRT subtitles (.srt)', 'Adas-Tone-Test-1.srt'],
    ]);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !menu.open, 'the menu to close');
    expect(player.shadowRoot!.activeElement).to.equal(summary);
  });

  it('writes files that read back to the lines shown, with their speakers', async () => {
    const player = await makePlayer({ src: TONE.src, transcript: TONE.transcript });
    const shown = player.segments.map(({ start, end, speaker, text }) => ({ start, end, speaker, text }));
    const links = partsOf(player, 'transcript-download-link') as HTMLAnchorElement[];
    // The writers are a file fetched when focus (or the pointer) comes to the menu, before its links are clicked.
    (partsOf(player, 'transcript-download')[0] as HTMLDetailsElement).querySelector('summary')!.focus();
    await loadModule('download');
    for (const link of links) {
      const file = await activate(link);
      const back = normaliseSegments(parseTranscript(file).items, player.duration).map(({ start, end, speaker, text }) => ({
        start,
        end: link.download.endsWith('.txt') ? undefined : end,
        speaker,
        text,
      }));
      const expected = shown.map((line) => ({ ...line, end: link.download.endsWith('.txt') ? undefined : line.end }));
      if (link.download.endsWith('.txt')) {
        // A text file has no ends: compare starts, speakers and text.
        back.forEach((line, i) => (line.end = expected[i]?.end));
      }
      expect(back, link.download).to.deep.equal(expected);
    }
    expect(await activate(links[1]!)).to.match(/^WEBVTT\n\n00:00:00\.000 --> 00:00:02\.000\n<v Ada>Line one\.\n/);
  });

  it('speaks the player’s language', async () => {
    const player = await makePlayer({ src: TONE.src, transcript: TONE.transcript, lang: 'de' });
    expect(partsOf(player, 'transcript-download')[0]!.querySelector('summary')!.textContent?.trim()).to.equal('Transkript herunterladen');
    expect(partsOf(player, 'transcript-download-link').map((link) => link.textContent?.trim())).to.deep.equal([
      'Text (.txt)',
      'WebVTT-Untertitel (.vtt)',
      'SRT-Untertitel (.srt)',
    ]);
  });
});
