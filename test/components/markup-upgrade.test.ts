import { expect } from '@esm-bundle/chai';
import type { TranscriptPlayer } from '../../src/components/transcript-player.js';
import { userPlay } from './gesture.js';
import { nextEvent, partsOf, removeAll, TONE, waitFor } from './helpers.js';

/**
 * A player whose transcript and chapters are written as HTML under it — as
 * `npx podcast-transcript-player render` writes them, or as a blog editor leaves them — takes them
 * from there: no file is fetched, the markup is not shown beside the player, and it plays.
 */

/** The documented hand-written shape, with what an editor adds: wrappers, &nbsp;, a time in the text, a name on its own line. */
const HAND_WRITTEN = `
  <h2>Tone test</h2>
  <div class="wp-block-group"><ol data-chapters>
    <li><a href="#t=0">0:00</a> Start</li>
    <li><a href="#t=5">0:05</a> Middle</li>
  </ol></div>
  <div class="wp-block-group"><ol data-transcript>
    <li><a href="#t=0">0:00</a> <b>Ada</b> Line&nbsp;one.</li>
    <li><p><a href="#t=2">0:02</a> <strong>Grace:</strong> Line two.</p></li>
    <li>0:04 Line three.</li>
    <li><p><b>Ada</b></p><p>0:06 Line four.</p></li>
    <li data-start="8">Line five.</li>
  </ol></div>`;

function playerWith(markup: string, attributes: Record<string, string> = {}): TranscriptPlayer {
  const player = document.createElement('transcript-player');
  player.setAttribute('src', TONE.src);
  player.setAttribute('preload', 'metadata');
  for (const [name, value] of Object.entries(attributes)) player.setAttribute(name, value);
  player.innerHTML = markup;
  return player;
}

/** Requests the page made for files whose path ends so. */
const requested = (ending: string) =>
  performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.endsWith(ending)).length;

describe('the player upgrading from markup in the page', () => {
  afterEach(removeAll);

  it('takes the transcript and chapters from its children, without a request, and shows only its own view', async () => {
    const player = playerWith(HAND_WRITTEN);
    const ready = nextEvent(player, 'ready');
    document.body.append(player);
    await ready;
    await player.updateComplete;
    expect(player.segments.map((segment) => [segment.start, segment.speaker ?? null, segment.text])).to.deep.equal([
      [0, 'Ada', 'Line one.'],
      [2, 'Grace', 'Line two.'],
      [4, null, 'Line three.'],
      [6, 'Ada', 'Line four.'],
      [8, null, 'Line five.'],
    ]);
    expect(player.chapterList.map((chapter) => [chapter.start, chapter.title])).to.deep.equal([
      [0, 'Start'],
      [5, 'Middle'],
    ]);
    expect(partsOf(player, 'segment')).to.have.length(5);
    expect(partsOf(player, 'chapter')).to.have.length(2);
    // The children are the page's content only until the shadow root is there.
    const shown = [...player.querySelectorAll('li, h2')].filter((element) => element.getClientRects().length > 0);
    expect(shown).to.have.length(0);
    expect(requested('.json') + requested('.vtt') + requested('.txt')).to.equal(0);
  });

  it('plays from the markup: the spoken line of the markup lights up', async () => {
    const player = playerWith(HAND_WRITTEN);
    document.body.append(player);
    await nextEvent(player, 'ready');
    player.seek(2.2);
    await userPlay(player);
    await waitFor(() => partsOf(player, 'active').some((line) => line.textContent?.includes('Line two.')), 'line two to light up');
    player.pause();
  });

  it('reads children the parser adds after the element, and a transcript attribute wins over them', async () => {
    const player = playerWith('');
    document.body.append(player);
    await player.updateComplete;
    expect(player.segments).to.have.length(0);
    player.insertAdjacentHTML('beforeend', HAND_WRITTEN);
    await waitFor(() => player.segments.length === 5, 'the lines added after the element');

    const own = playerWith(HAND_WRITTEN, { transcript: TONE.transcript });
    document.body.append(own);
    await waitFor(
      () => own.segments[0]?.text === 'Line one.' && own.chapterList.length === 2 && requested('tone-10s.transcript.json') > 0,
      'the attribute’s file',
    );
  });

  it('names its transcript files after the title in the markup', async () => {
    const player = playerWith(HAND_WRITTEN);
    document.body.append(player);
    await nextEvent(player, 'ready');
    await player.updateComplete;
    const links = partsOf(player, 'transcript-download-link') as HTMLAnchorElement[];
    expect(links.map((link) => link.download)).to.deep.equal(['Tone-test.txt', 'Tone-test.vtt', 'Tone-test.srt']);
  });
});
