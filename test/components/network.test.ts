import { expect } from '@esm-bundle/chai';
import { fetchText, FetchError } from '../../src/data/fetch-text.js';
import { describeMessage } from '../../src/i18n/describe.js';
import { en } from '../../src/i18n/en.js';
import { audioElementOf, collectErrors, FIXTURES, makePlayer, nextEvent, partsOf, removeAll, waitFor } from './helpers.js';
import { userPlay } from './gesture.js';

const routes = new URL('/test-routes/', location.href).href;

/** The failure's sentence, as the English widget says it. */
const english = (error: Error): string => (error instanceof FetchError ? describeMessage(en, error.detail) : error.message);

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('fetching data files', () => {
  it('says when a server is too slow', async () => {
    const error = await failure(fetchText(`${routes}slow/3000/tone-10s.chapters.json`, 'chapters', undefined, { timeoutMs: 300 }));
    expect(error).to.be.instanceOf(FetchError);
    expect(english(error)).to.equal('The chapters file "tone-10s.chapters.json" did not arrive within 0.3 seconds.');
    expect((error as FetchError).detail).to.deep.equal({
      code: 'fetch-timeout',
      params: { resource: 'chapters', file: 'tone-10s.chapters.json', seconds: 0.3 },
    });
  });

  it('refuses a file too large to be a transcript', async () => {
    const error = await failure(fetchText(`${FIXTURES}tone-10s.wav`, 'transcript', undefined, { maxBytes: 50_000 }));
    expect(english(error)).to.match(
      /^The transcript file "tone-10s.wav" is 0\.\d MB, too large to be a transcript file \(the limit is 0\.0 MB\)\.$/,
    );
  });

  it('gives up a long transcript’s body sent without a length as soon as it is past the limit', async () => {
    const probe = `probe-${Math.random().toString(36).slice(2)}`;
    const early: number[] = [];
    const started = performance.now();
    const error = await failure(
      fetchText(`${routes}no-range-endless/tone-10s.transcript.json?probe=${probe}`, 'transcript', undefined, {
        maxBytes: 300_000,
        early: (first) => early.push(first.byteLength),
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    // Sizes are said in tenths of a megabyte: the body was read to just past the limit, not to its 64 MB.
    expect(english(error)).to.match(/^The transcript file "tone-10s.transcript.json" is 0\.3 MB, too large to be a transcript file/);
    // The server needs over 5 s to push the whole body (1,024 chunks, 5 ms apart).
    expect(seconds, 'the body of 64 MB was not read').to.be.below(5);
    // Its start was handed over first, once, as the first lines of a long transcript are.
    expect(early).to.have.length(1);
    expect(early[0]).to.be.within(24 * 1024, 300_000);
    // The server stops pushing once the connection is let go (and the next test gets the machine to itself).
    const sentBytes = async () => ((await (await fetch(`${routes}sent/${probe}`)).json()) as { bytes: number }).bytes;
    let bytes = await sentBytes();
    for (let settled = false; !settled;) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const now = await sentBytes();
      settled = now === bytes;
      bytes = now;
    }
    expect(bytes, 'bytes sent').to.be.below(8 * 1024 * 1024);
  });

  it('hands over a body’s first bytes only, however large the piece they came in', async () => {
    const early: Uint8Array[] = [];
    // The file comes from this machine: the browser hands it over in one piece of 160 kB.
    await fetchText(`${FIXTURES}tone-10s.wav`, 'transcript', undefined, { early: (first) => early.push(first.slice()) }).catch(
      () => undefined,
    );
    const whole = new Uint8Array(await (await fetch(`${FIXTURES}tone-10s.wav`)).arrayBuffer());
    expect(early).to.have.length(1);
    expect(early[0]!.byteLength).to.be.within(32 * 1024 - 64, 64 * 1024);
    expect([...early[0]!]).to.deep.equal([...whole.subarray(0, early[0]!.byteLength)]);
  });

  it('names CORS when another site does not allow reading its file', async () => {
    // The test server answers on 127.0.0.1 too, a different origin from localhost, without CORS headers.
    const other = new URL(`${FIXTURES}tone-10s.transcript.json`);
    other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const error = await failure(fetchText(other.href, 'transcript'));
    expect(english(error)).to.contain('"tone-10s.transcript.json" could not be fetched').and.contain('Access-Control-Allow-Origin');
  });

  it('gives up quietly when the player cancels a load', async () => {
    const controller = new AbortController();
    const pending = fetchText(`${routes}slow/2000/tone-10s.chapters.json`, 'chapters', controller.signal);
    controller.abort();
    const error = await failure(pending);
    expect(error).to.not.be.instanceOf(FetchError);
  });
});

describe('audio hosts that misbehave', () => {
  afterEach(removeAll);

  it('says when the audio server cannot seek, and keeps playing', async () => {
    const player = document.createElement('transcript-player');
    player.setAttribute('src', `${routes}no-range/tone-10s.mp3`);
    player.setAttribute('preload', 'metadata');
    const errors = collectErrors(player);
    document.body.append(player);
    await nextEvent(player, 'durationchange');
    // WebKit learns what it can seek a moment after the metadata: give the player that moment.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const element = audioElementOf(player);
    const seeksAnywhere = () => {
      const { seekable } = element;
      return seekable.length > 0 && seekable.end(seekable.length - 1) >= player.duration - 1;
    };
    // From a server without ranges a browser can seek only within what it holds, and it may
    // come to hold this short file whole. Whether it had all of it when the player looked is a
    // race: the player warns, or the browser can seek anywhere, whichever comes; never neither,
    // and never a wrong warning.
    await waitFor(() => errors.length > 0 || seeksAnywhere(), 'a warning, or the whole file seekable');
    if (errors.length > 0) {
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.source).to.equal('audio');
      expect(errors[0]!.detail.message).to.contain('"tone-10s.mp3"').and.contain('does not support seeking');
      expect(errors[0]!.detail.code).to.equal('audio-unseekable');
      await player.updateComplete;
      expect(partsOf(player, 'error')[0]!.textContent).to.equal(errors[0]!.detail.message);
    }
    await userPlay(player);
    await waitFor(() => player.currentTime > 0.3, 'playback to go on');
  });

  it('says when a long episode’s server cannot seek, and keeps playing', async function () {
    // WebKit (GStreamer) fetches such a file whole before it reports its length, and can then
    // seek anywhere in it: there is nothing to warn of (the short file above shows it).
    const agent = navigator.userAgent;
    if (!agent.includes('Chrome/') && !agent.includes('Firefox/')) this.skip();
    const player = document.createElement('transcript-player');
    // Half an hour of silence from a server that ignores Range: the browser holds only its start.
    player.setAttribute('src', `${routes}no-range-silence/1800.wav`);
    player.setAttribute('preload', 'metadata');
    const errors = collectErrors(player);
    document.body.append(player);
    await nextEvent(player, 'durationchange');
    expect(player.duration).to.be.closeTo(1800, 1);
    await waitFor(() => errors.length > 0, 'the warning');
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.source).to.equal('audio');
    expect(errors[0]!.detail.code).to.equal('audio-unseekable');
    expect(errors[0]!.detail.message).to.contain('"1800.wav"').and.contain('does not support seeking');
    await player.updateComplete;
    expect(partsOf(player, 'error')[0]!.textContent).to.equal(errors[0]!.detail.message);
    await userPlay(player);
    await waitFor(() => player.currentTime > 0.3, 'playback to go on');
  });

  it('shows that it is buffering while the audio waits for data', async () => {
    // Starving Chrome's media pipeline on cue is not reliable (it reads in 32 KB blocks and
    // holds metadata until then), so the media element's own 'waiting' event stands in.
    const player = await makePlayer({ src: `${FIXTURES}tone-10s.mp3` });
    await userPlay(player);
    const element = audioElementOf(player);
    element.dispatchEvent(new Event('waiting'));
    await player.updateComplete;
    expect(partsOf(player, 'buffering')[0]?.textContent).to.equal('Buffering…');
    expect(player.shadowRoot!.querySelector('[aria-busy]')!.getAttribute('aria-busy')).to.equal('true');
    element.dispatchEvent(new Event('playing'));
    await player.updateComplete;
    expect(partsOf(player, 'buffering')).to.have.length(0);
  });
});
