import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { STORAGE_PREFIX } from '../../src/components/resume-store.js';
import type { TranscriptPlayer } from '../../src/components/transcript-player.js';
import { collectErrors, FIXTURES, nextEvent, partsOf, removeAll, waitFor } from './helpers.js';

/**
 * The element given a feed (`feed`, `item`), transcripts in several languages, and the
 * chapters inside an MP3, against the test server. The same on the script-tag build, which
 * loads the readers from beside it, is in feed-script-tag.test.ts.
 */
const FEED = `${FIXTURES}tone-10s.feed.xml`;
const LANGUAGES = `${FIXTURES}tone-10s.feed-languages.xml`;
const ROUTES = new URL('/test-routes/', location.href).href;

/** The same file on the other origin the test server answers on (localhost ↔ 127.0.0.1), which sends no CORS headers. */
function otherOrigin(url: string): string {
  const other = new URL(url);
  other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return other.href;
}

/** A fresh token, so each test counts its own requests at the server. */
const token = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

async function requestsFor(url: string): Promise<number> {
  const id = /\/counted\/([\w-]+)\//.exec(url)![1]!;
  return ((await (await fetch(`${ROUTES}requests/${id}`)).json()) as { count: number }).count;
}

/** A player with these attributes and the default `preload="none"`, once `ready`. */
async function player(attributes: Record<string, string>, children = ''): Promise<TranscriptPlayer> {
  const element = document.createElement('transcript-player');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = children;
  const ready = nextEvent(element, 'ready');
  document.body.append(element);
  await ready;
  await element.updateComplete;
  return element;
}

const text = (element: Element | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** Each line as "Speaker: text" where it names its speaker. */
const lines = (element: TranscriptPlayer) =>
  partsOf(element, 'segment').map((line) => {
    const speaker = text(line.querySelector('[part~="speaker"]') ?? undefined);
    const all = text(line.querySelector('.text') ?? line);
    return speaker ? `${speaker}: ${all.slice(speaker.length)}` : all;
  });
const chapterTitles = (element: TranscriptPlayer) => partsOf(element, 'chapter-title').map(text);
const errorsShown = (element: TranscriptPlayer) => partsOf(element, 'error').map(text);
const menu = (element: TranscriptPlayer) => partsOf(element, 'transcript-language')[0] as HTMLSelectElement | undefined;
const count = (element: TranscriptPlayer) => text(partsOf(element, 'search-count')[0]);
const backButton = (element: TranscriptPlayer) => partsOf(element, 'back-to-current')[0]!;

describe('a player given a feed', () => {
  beforeEach(async () => {
    // Keep the pointer off the players: one appearing under it would get pointerenter (intent).
    await sendMouse({ type: 'move', position: [795, 595] });
  });
  afterEach(removeAll);

  it('plays the newest episode: audio, titles, artwork, length, transcript, chapters and notes from the feed', async () => {
    const element = await player({ feed: FEED, lang: 'en' });
    expect(text(partsOf(element, 'episode-title')[0])).to.equal('Ten seconds of tone');
    expect(text(partsOf(element, 'show-name')[0])).to.equal('Tone Tests');
    expect(element.src).to.equal(`${FIXTURES}tone-10s.mp3`);
    expect(partsOf(element, 'artwork')[0]!.getAttribute('src')).to.equal(`${FIXTURES}cover.png`);
    expect(element.duration, 'itunes:duration before the audio loads').to.equal(10);
    expect(lines(element)[1]).to.equal('Grace: Line two.');
    expect(chapterTitles(element)).to.deep.equal(['Chapter A', 'Chapter B', 'Chapter C', 'Chapter D']);
    expect(text(partsOf(element, 'notes')[0])).to.equal('A tone for tests & nothing else.');
    expect(errorsShown(element)).to.deep.equal([]);
  });

  it('picks the episode by guid, by itunes:episode number, or the latest, and follows a change of item', async () => {
    const element = await player({ feed: FEED, item: 'tone-10s-chapters' });
    expect(text(partsOf(element, 'episode-title')[0])).to.equal('The same tone, with chapters inside');
    expect(element.src).to.equal(`${FIXTURES}tone-10s-chapters-v24.mp3`);
    let ready = nextEvent(element, 'ready');
    element.setAttribute('item', '2');
    await ready;
    expect(text(partsOf(element, 'episode-title')[0])).to.equal('Ten seconds of tone');
    ready = nextEvent(element, 'ready');
    element.setAttribute('item', '1');
    await ready;
    expect(element.src).to.equal(`${FIXTURES}tone-10s-chapters-v24.mp3`);
    expect(chapterTitles(element), 'the episode before has no chapters file: none until the audio is fetched').to.deep.equal([]);
    ready = nextEvent(element, 'ready');
    element.setAttribute('item', 'latest');
    await ready;
    expect(element.src).to.equal(`${FIXTURES}tone-10s.mp3`);
  });

  it('says in the widget, and with an error from the feed, when the item is not in it', async () => {
    const element = document.createElement('transcript-player');
    const errors = collectErrors(element);
    element.setAttribute('feed', FEED);
    element.setAttribute('item', 'no-such-guid');
    document.body.append(element);
    await waitFor(() => errors.length === 1, 'an error');
    expect(errors[0]!.detail.source).to.equal('feed');
    expect(errors[0]!.detail.code).to.equal('file-unusable');
    await element.updateComplete;
    expect(errorsShown(element)).to.deep.equal([
      'The feed "tone-10s.feed.xml" could not be used: none of the 2 episodes has the guid or episode number "no-such-guid".',
    ]);
    expect(partsOf(element, 'error')[0]!.getAttribute('role')).to.equal('alert');
  });

  it('refuses a file that is not XML, and a feed cut off, with the line and column of the fault', async () => {
    const element = document.createElement('transcript-player');
    const errors = collectErrors(element);
    element.setAttribute('feed', `${FIXTURES}tone-10s.transcript.json`);
    document.body.append(element);
    await waitFor(() => errors.length === 1, 'an error');
    await element.updateComplete;
    expect(errorsShown(element)[0]).to.match(
      /^The feed "tone-10s\.transcript\.json" could not be used: line 1, column 1: this is not XML: it starts with "\{/,
    );
    element.setAttribute('feed', `${FIXTURES}tone-10s.feed-cut.xml`);
    await waitFor(() => errors.length === 2, 'a second error');
    await element.updateComplete;
    expect(errors[1]!.detail.message).to.equal(
      'The feed "tone-10s.feed-cut.xml" could not be used: line 24, column 7: the file ends inside <item> (opened on line 19): it is cut off or not well-formed.',
    );
    expect(errorsShown(element)).to.deep.equal([errors[1]!.detail.message]);
    expect(partsOf(element, 'segment'), 'no episode is read from it').to.have.length(0);
  });

  it('says when another site does not let the page read its feed, and names both ways out', async () => {
    const element = document.createElement('transcript-player');
    const errors = collectErrors(element);
    element.setAttribute('feed', otherOrigin(FEED));
    document.body.append(element);
    await waitFor(() => errors.length === 1, 'an error');
    await element.updateComplete;
    expect(errors[0]!.detail).to.include({ source: 'feed', code: 'feed-blocked' });
    const [shown] = errorsShown(element);
    expect(shown).to.equal(errors[0]!.detail.message);
    expect(shown)
      .to.contain('The feed "tone-10s.feed.xml" is on another site')
      .and.contain('Access-Control-Allow-Origin')
      .and.contain('npx podcast-transcript-player episode');
  });

  it('in German when the player is', async () => {
    const element = document.createElement('transcript-player');
    const errors = collectErrors(element);
    element.setAttribute('lang', 'de');
    element.setAttribute('feed', `${FIXTURES}missing-feed.xml`);
    document.body.append(element);
    await waitFor(() => errors.length === 1, 'an error');
    expect(errors[0]!.detail.message).to.equal(
      'Der Feed „missing-feed.xml“ konnte nicht geladen werden: Der Server antwortete mit HTTP 404 (nicht gefunden).',
    );
  });

  it('leaves the feed unread when the page gives an episode file, which wins', async () => {
    const feed = `${ROUTES}counted/${token('feed')}/tone-10s.feed.xml`;
    const episode = JSON.stringify({ title: 'From the file', audio: `${FIXTURES}tone-10s.wav` });
    const element = await player({ feed }, `<script type="application/json">${episode}</script>`);
    expect(text(partsOf(element, 'episode-title')[0])).to.equal('From the file');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await requestsFor(feed)).to.equal(0);
    // Without the file, the feed is read.
    const ready = nextEvent(element, 'ready');
    element.querySelector('script')!.remove();
    await ready;
    expect(text(partsOf(element, 'episode-title')[0])).to.equal('Ten seconds of tone');
    expect(await requestsFor(feed), 'the feed, and what it names beside it').to.be.greaterThan(0);
  });

  it('lets the page’s own attributes win over the feed', async () => {
    const element = await player({ feed: FEED, transcript: `${FIXTURES}tone-10s.transcript.de.vtt`, 'episode-title': 'Mine' });
    expect(lines(element)[0]).to.equal('Ada: Zeile eins.');
    expect(menu(element), 'no menu for the page’s own transcript').to.equal(undefined);
  });
});

describe('transcripts in several languages', () => {
  beforeEach(async () => {
    await sendMouse({ type: 'move', position: [795, 595] });
    for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
  });
  afterEach(removeAll);

  it('shows the listener’s language: the player’s lang, else the page’s', async () => {
    const german = await player({ feed: LANGUAGES, lang: 'de-AT' });
    expect(lines(german)[0]).to.equal('Ada: Zeile eins.');
    expect(menu(german)!.value).to.equal('de');
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    document.body.append(wrapper);
    const english = document.createElement('transcript-player');
    english.setAttribute('feed', LANGUAGES);
    const ready = nextEvent(english, 'ready');
    wrapper.append(english);
    await ready;
    await english.updateComplete;
    expect(lines(english)[0]).to.equal('Ada: Line one.');
    wrapper.remove();
  });

  it('offers a named language menu, each language named in itself, worked with the keyboard; search and follow mode carry over', async () => {
    const element = await player({ feed: LANGUAGES, lang: 'en' });
    const select = menu(element)!;
    expect([...select.options].map((option) => [option.value, option.text.trim(), option.lang])).to.deep.equal([
      ['en', 'English', 'en'],
      ['de', 'Deutsch', 'de'],
      ['es', 'Español', 'es'],
    ]);
    expect(text(select.labels[0]!.querySelector('span')!), 'its label').to.equal('Language');
    expect(select.value).to.equal('en');

    // A search, which pauses following (the view jumps to the match).
    const input = partsOf(element, 'search-input')[0] as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'o' });
    await waitFor(() => count(element) === '1 of 3', 'three matches in English (one, two, four)');
    expect(backButton(element).hidden, 'following paused').to.equal(false);

    select.focus();
    const switched = nextEvent(element, 'ready');
    await sendKeys({ press: 'ArrowDown' });
    await switched;
    await element.updateComplete;
    expect(select.value).to.equal('de');
    expect(lines(element)[1]).to.equal('Grace: Zeile zwei.');
    await waitFor(() => count(element) === 'No matches', 'the search run again on the German text');
    expect(input.value).to.equal('o');
    expect(backButton(element).hidden, 'still paused').to.equal(false);
    expect(document.activeElement === element && element.shadowRoot!.activeElement).to.equal(select, 'focus stays on the menu');

    // Back to following, then another language: it keeps following.
    backButton(element).click();
    await element.updateComplete;
    const back = nextEvent(element, 'ready');
    await sendKeys({ press: 'ArrowUp' });
    await back;
    await element.updateComplete;
    expect(lines(element)[1]).to.equal('Grace: Line two.');
    await waitFor(() => count(element) === '1 of 3', 'the search on the English text again');
    expect(backButton(element).hidden, 'following').to.equal(true);
  });

  it('remembers the language chosen with the resume position, and reads entries written before there was one', async () => {
    const first = await player({ feed: LANGUAGES, lang: 'en' });
    const select = menu(first)!;
    select.focus();
    const switched = nextEvent(first, 'ready');
    await sendKeys({ press: 'ArrowDown' });
    await switched;
    expect(JSON.parse(localStorage.getItem(`${STORAGE_PREFIX}${FIXTURES}tone-10s.mp3`)!)).to.include({ language: 'de', position: 0 });
    first.remove();

    const again = await player({ feed: LANGUAGES, lang: 'en' });
    expect(lines(again)[0], 'after a reload').to.equal('Ada: Zeile eins.');
    expect(menu(again)!.value).to.equal('de');
    expect(partsOf(again, 'resume'), 'nothing to resume at 0').to.have.length(0);
    again.remove();

    localStorage.setItem(`${STORAGE_PREFIX}${FIXTURES}tone-10s.mp3`, JSON.stringify({ position: 42, rate: 1.5, savedAt: 1 }));
    const older = await player({ feed: LANGUAGES, lang: 'en' });
    expect(text(partsOf(older, 'resume')[0])).to.equal('Resume at 0:42');
    expect(older.playbackRate).to.equal(1.5);
    expect(lines(older)[0]).to.equal('Ada: Line one.');
  });

  it('tries the next transcript when one cannot be loaded, without an error', async () => {
    const element = document.createElement('transcript-player');
    const errors = collectErrors(element);
    element.setAttribute('feed', LANGUAGES);
    element.setAttribute('lang', 'es');
    const ready = nextEvent(element, 'ready');
    document.body.append(element);
    await ready;
    await element.updateComplete;
    expect(lines(element)[0], 'the Spanish file is missing: the richest of the others').to.equal('Ada: Line one.');
    expect(errors).to.have.length(0);
    expect(errorsShown(element)).to.deep.equal([]);
    expect(menu(element)!.value).to.equal('en');
  });

  it('says why when none of them can be loaded', async () => {
    const element = document.createElement('transcript-player');
    const errors = collectErrors(element);
    const episode = JSON.stringify({
      audio: `${FIXTURES}tone-10s.wav`,
      transcripts: [
        { url: `${FIXTURES}missing.en.vtt`, language: 'en' },
        { url: `${FIXTURES}missing.de.vtt`, language: 'de' },
      ],
    });
    element.innerHTML = `<script type="application/json">${episode}</script>`;
    document.body.append(element);
    await waitFor(() => errors.length === 1, 'an error');
    await element.updateComplete;
    expect(errors[0]!.detail).to.include({ source: 'transcript', code: 'fetch-http' });
    expect(errorsShown(element)).to.deep.equal([errors[0]!.detail.message]);
  });

  it('has no menu for transcripts in one language', async () => {
    const episode = JSON.stringify({
      audio: `${FIXTURES}tone-10s.wav`,
      transcripts: [
        { url: `${FIXTURES}tone-10s.transcript.txt`, language: 'en-GB' },
        { url: `${FIXTURES}tone-10s.transcript.json`, type: 'json', language: 'en' },
      ],
    });
    const element = await player({}, `<script type="application/json">${episode}</script>`);
    expect(lines(element)[0], 'the richer one').to.equal('Ada: Line one.');
    expect(menu(element)).to.equal(undefined);
  });
});

describe('chapters inside the MP3', () => {
  beforeEach(async () => {
    await sendMouse({ type: 'move', position: [795, 595] });
  });
  afterEach(removeAll);

  /** The player shows intent as a listener's pointer or Tab would. */
  const intent = (element: TranscriptPlayer) => element.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));

  it('lists the chapters of an ID3v2.3 tag (UTF-16 titles) with their picture', async () => {
    const element = await player({ src: `${FIXTURES}tone-10s-chapters-v23.mp3`, preload: 'metadata' });
    await waitFor(() => chapterTitles(element).length === 4, 'four chapters');
    expect(chapterTitles(element)).to.deep.equal(['Anfang – Ä', 'Zweites Kapitel', 'Drittes', 'Ende ✓']);
    // Marks need the audio's length too, which WebKit (GStreamer) may learn after the tag is read.
    await waitFor(() => partsOf(element, 'chapter-mark').length === 4, 'the four chapters marked on the seek bar').catch((error: Error) => {
      throw new Error(`${error.message} (${partsOf(element, 'chapter-mark').length} marks; duration ${element.duration})`);
    });
    expect(partsOf(element, 'artwork')[0]!.getAttribute('src')).to.match(/^data:image\/png;base64,/);
  });

  it('lists the chapters of an ID3v2.4 tag (UTF-8) with their links, relative ones resolved against the audio', async () => {
    const src = `${FIXTURES}tone-10s-chapters-v24.mp3`;
    const element = await player({ src, preload: 'metadata' });
    await waitFor(() => chapterTitles(element).length === 4, 'four chapters');
    expect(chapterTitles(element)).to.deep.equal(['Anfang – Ä', 'Zweites Kapitel', 'Drittes', 'Ende ✓']);
    expect(partsOf(element, 'chapter-link').map((link) => link.getAttribute('href'))).to.deep.equal([
      'https://example.com/zwei',
      new URL('notes.html#ende', src).href,
    ]);
  });

  it('under preload="none", fetches no byte of the audio before intent, and reads the tag after it', async () => {
    const src = `${ROUTES}counted/${token('id3')}/tone-10s-chapters-v23.mp3`;
    const element = await player({ src });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await requestsFor(src), 'no request before intent').to.equal(0);
    expect(chapterTitles(element)).to.deep.equal([]);
    intent(element);
    await waitFor(() => chapterTitles(element).length === 4, 'the chapters after intent');
    // The tag's Range requests may be answered from what the browser has cached of the audio by then.
    expect(await requestsFor(src)).to.be.greaterThan(0);
  });

  it('reads them up front when the page asks with chapters="embedded": the tag only, two requests', async () => {
    const src = `${ROUTES}counted/${token('embedded')}/tone-10s-chapters-v24.mp3`;
    const element = await player({ src, chapters: 'embedded' });
    expect(chapterTitles(element), 'before intent, with ready').to.have.length(4);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await requestsFor(src), 'the 10-byte header, then the tag').to.equal(2);
  });

  it('reads those of an episode from a feed that names no chapters', async () => {
    const element = await player({ feed: FEED, item: 'tone-10s-chapters' });
    expect(chapterTitles(element)).to.deep.equal([]);
    intent(element);
    await waitFor(() => chapterTitles(element).length === 4, 'the chapters inside the MP3');
  });

  it('skips them with a notice, not an error, when the server ignores Range, and does not download the file', async () => {
    const probe = token('probe');
    const element = document.createElement('transcript-player');
    const errors = collectErrors(element);
    element.setAttribute('src', `${ROUTES}no-range-endless/tone-10s-chapters-v23.mp3?probe=${probe}`);
    element.setAttribute('chapters', 'embedded');
    document.body.append(element);
    await waitFor(() => partsOf(element, 'notice').length === 1, 'a notice');
    const notice = partsOf(element, 'notice')[0]!;
    expect(text(notice)).to.equal(
      'The chapters inside "tone-10s-chapters-v23.mp3" were not read: its server does not answer HTTP Range requests, and the whole file is not downloaded for them.',
    );
    expect(notice.closest('nav')?.getAttribute('aria-label'), 'in the chapters area').to.equal('Chapters');
    expect(errorsShown(element)).to.deep.equal([]);
    expect(errors).to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { bytes } = (await (await fetch(`${ROUTES}sent/${probe}`)).json()) as { bytes: number };
    expect(bytes, 'bytes sent of 64 MB').to.be.below(8 * 1024 * 1024);
  });

  it('says nothing for an MP3 without chapters, and never asks a WAV', async () => {
    const element = await player({ src: `${FIXTURES}tone-10s.mp3`, chapters: 'embedded' });
    expect(element.shadowRoot!.querySelector('nav.chapters')).to.equal(null);
    expect(partsOf(element, 'notice')).to.have.length(0);
    const wav = `${ROUTES}counted/${token('wav')}/tone-10s.wav`;
    await player({ src: wav, chapters: 'embedded' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await requestsFor(wav)).to.equal(0);
  });

  it('leaves them unread when the episode names chapters', async () => {
    const src = `${ROUTES}counted/${token('named')}/tone-10s-chapters-v23.mp3`;
    const element = await player({ src, chapters: `${FIXTURES}tone-10s.chapters.json` });
    intent(element);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(chapterTitles(element)).to.deep.equal(['Chapter A', 'Chapter B', 'Chapter C', 'Chapter D']);
  });
});

describe('real feeds in the player', () => {
  const REAL = `${ROUTES}shared-feeds/`;
  before(async function () {
    if ((await fetch(`${REAL}podcastindex-example.xml`, { method: 'HEAD' })).status === 404) {
      console.log('real feeds: skipped, ../shared/formats/feeds is not here');
      this.skip();
    }
  });
  beforeEach(async () => {
    await sendMouse({ type: 'move', position: [795, 595] });
  });
  afterEach(removeAll);

  it('the Podcasting 2.0 example: the newest of three episodes, a menu of its two transcript languages, an episode by number', async () => {
    const element = document.createElement('transcript-player');
    element.setAttribute('feed', `${REAL}podcastindex-example.xml`);
    element.setAttribute('lang', 'en');
    document.body.append(element);
    await waitFor(() => text(partsOf(element, 'episode-title')[0]) !== '', 'the episode');
    expect(text(partsOf(element, 'episode-title')[0])).to.equal('Episode 3 - The Future');
    expect(text(partsOf(element, 'show-name')[0])).to.equal('Podcasting 2.0 Namespace Example');
    await waitFor(() => menu(element) !== undefined, 'the language menu');
    expect([...menu(element)!.options].map((option) => option.value)).to.deep.equal(['en', 'es']);
    element.setAttribute('item', '1');
    await waitFor(() => text(partsOf(element, 'episode-title')[0]) === 'Episode 1 - The Past', 'episode 1');
  });

  it('Chaosradio (Podlove Publisher): the 19 chapters written inline in the feed', async () => {
    const element = document.createElement('transcript-player');
    element.setAttribute('feed', `${REAL}newsagain-chaosradio.xml`);
    document.body.append(element);
    await waitFor(() => chapterTitles(element).length === 19, '19 chapters');
  });

  it('No Agenda, with an undefined entity in an older episode: the newest plays, nothing to say', async () => {
    const element = document.createElement('transcript-player');
    const errors = collectErrors(element);
    element.setAttribute('feed', `${REAL}partytime-no-agenda-bad-entity.xml`);
    document.body.append(element);
    await waitFor(() => element.src !== '', 'the audio');
    expect(errors.filter((error) => error.detail.source === 'feed')).to.deep.equal([]);
  });

  it('a feed without audio: says so in the widget', async () => {
    const element = document.createElement('transcript-player');
    const errors = collectErrors(element);
    element.setAttribute('feed', `${REAL}podcastparser-psc-chapters.xml`);
    document.body.append(element);
    await waitFor(() => errors.length === 1, 'an error');
    await element.updateComplete;
    expect(errorsShown(element)[0]).to.match(
      /^The feed "podcastparser-psc-chapters\.xml" could not be used: line \d+, column \d+: the episode .* has no audio/,
    );
  });
});
