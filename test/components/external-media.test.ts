import { expect } from '@esm-bundle/chai';
import 'media-chrome';
import type { TranscriptPlayer } from '../../src/components/transcript-player.js';
import { inUserGesture } from './gesture.js';
import { FIXTURES, nextEvent, partsOf, TONE, waitFor } from './helpers.js';

/** A page's own player and a transcript player bound to it, in one container. */
async function page(markup: string, attributes: Record<string, string>): Promise<{ player: TranscriptPlayer; media: HTMLMediaElement }> {
  const container = document.createElement('div');
  container.className = 'external';
  container.innerHTML = markup;
  const player = document.createElement('transcript-player');
  for (const [name, value] of Object.entries(attributes)) player.setAttribute(name, value);
  const ready = nextEvent(player, 'ready');
  container.append(player);
  document.body.append(container);
  await ready;
  await player.updateComplete;
  const media = container.querySelector<HTMLMediaElement>('audio, video')!;
  return { player, media };
}

const lit = (player: TranscriptPlayer) => partsOf(player, 'segment').findIndex((line) => line.getAttribute('aria-current') === 'true');

describe('bound to the page’s own media element (for="…")', () => {
  afterEach(() => document.querySelectorAll('.external').forEach((container) => container.remove()));

  it('an <audio>: no audio or controls of its own, follows the element, and a line seeks it', async () => {
    const { player, media } = await page(`<audio id="episode-audio" controls preload="metadata" src="${TONE.src}"></audio>`, {
      for: 'episode-audio',
      transcript: TONE.transcript,
      chapters: TONE.chapters,
    });
    expect(partsOf(player, 'play-button')).to.have.length(0);
    expect(partsOf(player, 'seek-bar')).to.have.length(0);
    expect(partsOf(player, 'segment')).to.have.length(5);
    expect(partsOf(player, 'share')).to.have.length(1);

    // An engine may ignore a seek before it knows the file (WebKit does).
    await waitFor(() => media.readyState >= 1 && media.duration > 0, 'the element’s metadata');
    media.currentTime = 4.5;
    await waitFor(() => lit(player) === 2, 'the line at 4.5 s lit from the element’s seek');
    expect(player.currentTime).to.be.closeTo(4.5, 0.3);

    const played = nextEvent(player, 'play');
    await inUserGesture(() => void media.play().catch(() => undefined));
    await played;
    expect(player.hasAttribute('playing')).to.equal(true);
    media.pause();
    await nextEvent(player, 'pause');

    partsOf(player, 'segment')[1]!.click();
    await waitFor(() => !media.paused, 'the element playing from the clicked line');
    expect(media.currentTime).to.be.within(2, 3.5);
    media.pause();
  });

  it('a <video>, given as the media property, and speed and chapters follow it', async () => {
    const { player, media } = await page(`<video preload="metadata" src="${FIXTURES}tone-10s.wav"></video>`, {
      transcript: TONE.transcript,
      chapters: TONE.chapters,
    });
    expect(partsOf(player, 'play-button')).to.have.length(1);
    player.media = media;
    await player.updateComplete;
    expect(partsOf(player, 'play-button')).to.have.length(0);
    const chapter = partsOf(player, 'chapter')[2]!;
    chapter.click();
    await waitFor(() => Math.abs(media.currentTime - player.chapterList[2]!.start) < 0.5, 'the video at the chapter');
    media.pause();
    media.playbackRate = 1.5;
    await waitFor(() => player.playbackRate === 1.5, 'the speed read from the element');
  });

  it('a media-chrome player: its play button plays, the transcript follows', async () => {
    const { player, media } = await page(
      `<media-controller audio>
         <audio slot="media" id="chrome-audio" preload="metadata" src="${TONE.src}"></audio>
         <media-control-bar><media-play-button></media-play-button><media-time-display></media-time-display></media-control-bar>
       </media-controller>`,
      { for: 'chrome-audio', transcript: TONE.transcript },
    );
    const button = document.querySelector('media-play-button')!;
    await inUserGesture(() => (button as HTMLElement).click());
    await waitFor(() => !media.paused && media.currentTime > 0.2, 'media-chrome playing');
    // The line at the media's position (the tone's lines are 2 s each): on a loaded machine the
    // first may have passed before this looks, and waiting for it alone would wait forever.
    await waitFor(() => lit(player) >= 0 && lit(player) === Math.floor(media.currentTime / 2), 'the line at the media’s position lit');
    expect(player.paused).to.equal(false);
    partsOf(player, 'segment')[3]!.click();
    await waitFor(() => media.currentTime >= 6, 'media-chrome’s media at the clicked line');
    media.pause();
  });
});

describe('state for page CSS', () => {
  afterEach(() => document.querySelectorAll('transcript-player').forEach((player) => player.remove()));

  it('reflects playing, paused, ended, has-transcript, has-chapters and error as attributes', async () => {
    const player = document.createElement('transcript-player');
    player.setAttribute('preload', 'metadata');
    player.setAttribute('src', `${FIXTURES}tone-10s.mp3`);
    const ready = nextEvent(player, 'ready');
    document.body.append(player);
    await ready;
    const attributes = () =>
      ['playing', 'paused', 'loading', 'ended', 'has-transcript', 'has-chapters', 'error'].filter((name) => player.hasAttribute(name));
    expect(attributes()).to.deep.equal(['paused']);
    player.setAttribute('transcript', TONE.transcript);
    player.setAttribute('chapters', TONE.chapters);
    await waitFor(() => player.segments.length === 5 && player.chapterList.length > 0, 'the data');
    await player.updateComplete;
    expect(attributes()).to.deep.equal(['paused', 'has-transcript', 'has-chapters']);
    player.seek(9.5);
    await inUserGesture(() => void player.play());
    await nextEvent(player, 'ended', 8000);
    await player.updateComplete;
    expect(attributes()).to.include.members(['ended', 'paused']);
    player.setAttribute('transcript', `${FIXTURES}missing.transcript.json`);
    await waitFor(() => player.hasAttribute('error'), 'the error attribute');
    expect(player.hasAttribute('has-transcript')).to.equal(false);
  });

  it('shows what the page puts in its start and end slots', async () => {
    const player = document.createElement('transcript-player');
    player.innerHTML = '<img slot="start" alt="Show logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p slot="end">Subscribe</p>';
    document.body.append(player);
    await player.updateComplete;
    const slot = (name: string) => player.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!;
    expect(
      slot('start')
        .assignedElements()
        .map((element) => element.tagName),
    ).to.deep.equal(['IMG']);
    expect(
      slot('end')
        .assignedElements()
        .map((element) => element.textContent),
    ).to.deep.equal(['Subscribe']);
    expect(slot('start').compareDocumentPosition(partsOf(player, 'play-button')[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });
});
