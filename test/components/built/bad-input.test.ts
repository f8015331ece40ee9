import { expect } from '@esm-bundle/chai';
import {
  allIn,
  builtPage,
  type BuiltPage,
  type BuiltPlayer,
  closeBuiltPages,
  collectErrors,
  FIXTURES,
  partsIn,
  shown,
  waitFor,
} from './built-page.js';

/**
 * Broken and hostile input, sent to the built script-tag file on a page of its own: what a
 * listener sees in the widget (an error with role="alert", a notice of what was skipped or
 * ignored, each by where it is), not only the `error` event a page may listen to.
 */
const BAD = `${FIXTURES}bad/`;
const TONE = `${FIXTURES}tone-10s.mp3`;

/** A page with one player, its `error` events collected from before it loads anything. */
async function playerPage(
  attributes: Record<string, string>,
  inner = '',
): Promise<{ page: BuiltPage; player: BuiltPlayer; errors: ReturnType<typeof collectErrors> }> {
  // A blog's address, against which relative links in data given by the page resolve.
  const page = await builtPage('', { head: '<base href="https://blog.example/posts/">' });
  const player = page.document.createElement('transcript-player') as BuiltPlayer;
  for (const [name, value] of Object.entries(attributes)) player.setAttribute(name, value);
  player.innerHTML = inner;
  const errors = collectErrors(player);
  page.document.body.append(player);
  return { page, player, errors };
}

const inlineJson = (value: unknown) => `<script type="application/json">${JSON.stringify(value)}</script>`;

describe('bad input is said in the widget, in the built file', () => {
  afterEach(closeBuiltPages);

  describe('an episode description that gives no episode', () => {
    const cases: [string, string, RegExp][] = [
      ['a missing file (404)', `${BAD}missing.json`, /"missing\.json" could not be loaded: the server answered HTTP 404 \(not found\)/],
      ['an empty file', `${BAD}empty.json`, /"empty\.json" is empty/],
      ['an HTML page', `${BAD}not-found-page.html`, /"not-found-page\.html" is not JSON but a web page/],
      ['truncated JSON', `${BAD}truncated.json`, /"truncated\.json" is not valid JSON at line 1, column \d+ \(the end\)/],
      [
        'a list, not an object',
        `${BAD}list.json`,
        /"list\.json" could not be used: an episode description must be a JSON object, not a list/,
      ],
      [
        'only javascript: audio',
        `${BAD}javascript-audio.json`,
        /"javascript-audio\.json" could not be used: audio: there is no usable audio/,
      ],
    ];
    for (const [what, url, sentence] of cases) {
      it(`${what}: an alert in the widget, the same sentence as the error event`, async () => {
        const made = await playerPage({ episode: url });
        const { player, errors } = made;
        await waitFor(() => errors.length > 0, 'the error event');
        await player.updateComplete;
        expect(errors.map((error) => error.source)).to.deep.equal(['episode']);
        expect(errors[0]!.message).to.match(sentence);
        const { errors: alerts } = shown(player);
        expect(alerts, 'one error shown').to.deep.equal([{ text: errors[0]!.message, role: 'alert' }]);
      });
    }

    it('the same for inline JSON that is broken', async () => {
      const made = await playerPage({}, '<script type="application/json">{ "audio": "x.mp3", </script>');
      await waitFor(() => made.errors.length > 0, 'the error event');
      await made.player.updateComplete;
      const { errors: alerts } = shown(made.player);
      expect(alerts).to.have.length(1);
      expect(alerts[0]!.role).to.equal('alert');
      // The engine's own words may follow ("expected double-quoted property name").
      expect(alerts[0]!.text).to.match(/^The inline episode data is not valid JSON at line 1, column \d+ \(the end\)/);
    });

    it('says which audio was dropped when none is left', async () => {
      const made = await playerPage({ episode: `${BAD}javascript-audio.json` });
      await waitFor(() => made.errors.length > 0, 'the error event');
      await made.player.updateComplete;
      expect(shown(made.player).notices).to.deep.equal([
        {
          summary: '1 field of the episode description could not be used and was ignored.',
          items: ['audio: "javascript:alert(1)" is not an http(s) address of an audio file, so this source was skipped'],
        },
      ]);
    });
  });

  it('says which fields of an episode description were ignored, by their JSON path, and plays the rest', async () => {
    const made = await playerPage({ episode: `${BAD}dropped-fields.json` });
    const { player, errors } = made;
    await waitFor(() => partsIn(player, 'episode-title')[0]?.textContent === 'Some fields dropped', 'the episode');
    await player.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(player.src).to.equal(TONE);
    const { errors: alerts, notices } = shown(player);
    expect(alerts).to.deep.equal([]);
    expect(notices).to.deep.equal([
      {
        summary: '3 fields of the episode description could not be used and were ignored.',
        items: [
          'artwork: the image address "javascript:alert(1)" is not a usable http(s) or image address and was ignored',
          'transcript: "javascript:alert(1)" is not an http(s) address, so it was not loaded',
          'chapters.url: "data:application/json,{\\"chapters\\"..." is not an http(s) address, so it was not loaded',
        ],
      },
    ]);
  });

  describe('inline chapters (no file to look at)', () => {
    it('chaptersData that is no chapters: the panel holds the error', async () => {
      const made = await playerPage({ src: TONE });
      made.player.chaptersData = { chapters: 'soon' };
      await waitFor(() => made.errors.length > 0, 'the error event');
      await made.player.updateComplete;
      const panel = made.player.shadowRoot!.querySelector('nav.chapters');
      expect(panel, 'the chapters panel').to.not.equal(null);
      const alert = panel!.querySelector('[part~="error"]');
      expect(alert?.getAttribute('role')).to.equal('alert');
      expect(alert?.textContent).to.equal(made.errors[0]!.message);
      expect(made.errors[0]!.source).to.equal('chapters');
    });

    it('inline chapters of an episode description that are broken: the panel holds the error', async () => {
      const made = await playerPage({}, inlineJson({ audio: TONE, chapters: { chapters: [{ startTime: 'soon', title: 'A' }] } }));
      await waitFor(() => made.errors.length > 0, 'the error event');
      await made.player.updateComplete;
      const panel = made.player.shadowRoot!.querySelector('nav.chapters');
      expect(panel?.querySelector('[part~="error"]')?.textContent).to.equal('The chapters data could not be used: no chapters found.');
      // Why none was found: each chapter skipped, by where it is.
      expect([...(panel?.querySelectorAll('[part~="notice"] li') ?? [])].map((item) => item.textContent)).to.deep.equal([
        'chapters[0].startTime: startTime "soon" is not a time, so this chapter was skipped',
      ]);
    });

    it('inline chapters with problems and nothing to list: the panel holds the notice', async () => {
      const made = await playerPage({ src: TONE });
      made.player.chaptersData = [{ start: 0, title: 'Artwork only', toc: false, image: 'javascript:alert(1)' }];
      await waitFor(() => partsIn(made.player, 'notice').length > 0, 'the notice');
      const notice = made.player.shadowRoot!.querySelector('nav.chapters [part~="notice"]');
      expect(notice, 'the notice inside the chapters panel').to.not.equal(null);
      expect(shown(made.player).notices).to.deep.equal([
        {
          summary: '1 entry of the chapters file could not be read and was skipped.',
          items: ['[0].image: the image address "javascript:alert(1)" is not a usable http(s) or image address and was ignored'],
        },
      ]);
    });
  });

  describe("data in the player's own shape is checked as a file is", () => {
    const hostile = [
      {
        start: 0,
        title: 'Script link',
        toc: true,
        link: 'javascript:alert(1)',
        image: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      },
      { start: 5, title: 'Fine', toc: true, link: 'https://example.com/fine', image: 'cover.png' },
    ];

    const noScriptUrls = (player: BuiltPlayer) => {
      const urls = allIn(player).flatMap((element) => ['href', 'src'].map((name) => element.getAttribute(name) ?? ''));
      expect(urls.filter((url) => /^\s*(javascript:|data:image\/svg)/i.test(url))).to.deep.equal([]);
    };

    it('chaptersData: a javascript: link and an SVG data: image never reach the shadow DOM', async () => {
      const made = await playerPage({ src: TONE });
      made.player.chaptersData = hostile;
      await waitFor(() => partsIn(made.player, 'chapter').length === 2, 'two chapters');
      await made.player.updateComplete;
      noScriptUrls(made.player);
      expect(partsIn(made.player, 'chapter-link').map((link) => link.getAttribute('href'))).to.deep.equal(['https://example.com/fine']);
      // A relative image resolves against the page, as the page meant it.
      expect(made.player.chapterList[1]!.image).to.equal('https://blog.example/posts/cover.png');
      expect(shown(made.player).notices).to.deep.equal([
        {
          summary: '2 entries of the chapters file could not be read and were skipped.',
          items: [
            '[0].image: the image address "data:image/svg+xml,<svg xmlns=\\"htt..." is not a usable http(s) or image address and was ignored',
            '[0].link: the link "javascript:alert(1)" is not a usable http(s) address and was ignored',
          ],
        },
      ]);
    });

    it('transcriptData: words that are not a list, or hold null, are reported and never throw', async () => {
      const made = await playerPage({ src: TONE, preload: 'metadata' });
      made.player.transcriptData = [
        { start: 0, end: 2, text: 'One', words: 'xyz' },
        { start: 2, end: 4, text: 'Two', words: [null, { start: 2, end: 3, text: 'Two' }] },
        { start: 4, end: 6, text: 'Three', speaker: 42 },
      ];
      await waitFor(() => partsIn(made.player, 'segment').length === 3, 'three lines');
      // The spoken line and word are drawn on every time change: move through all three.
      for (const time of [0.5, 2.5, 4.5]) {
        made.player.seek(time);
        await made.player.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(made.player.segments.map((segment) => segment.text)).to.deep.equal(['One', 'Two', 'Three']);
      expect(partsIn(made.player, 'word').map((word) => word.textContent)).to.deep.equal(['Two']);
      expect(shown(made.player).notices[0]!.items).to.deep.equal([
        '[0].words: expected a list of timed words, not "xyz", so the words were ignored',
        '[1].words[0]: a word needs a start, an end and text, so this one was skipped',
        '[2].speaker: expected text, not 42, so it was ignored',
      ]);
      // Rendering went on: nothing uncaught (checked after each test).
    });

    it("relative addresses in an episode file's own arrays resolve against the file", async () => {
      const made = await playerPage({ episode: `${BAD}inline-model.json` });
      await waitFor(() => partsIn(made.player, 'chapter').length === 2, 'two chapters');
      await made.player.updateComplete;
      noScriptUrls(made.player);
      expect(made.player.chapterList[0]!.image).to.equal(`${BAD}cover.png`);
      expect(made.player.chapterList[0]!.link).to.equal(undefined);
    });

    it('arrays inside an episode description go through the same checks', async () => {
      const made = await playerPage(
        {},
        inlineJson({ audio: TONE, transcript: [{ start: 0, text: 'Only line', words: 'xyz' }], chapters: hostile }),
      );
      await waitFor(() => partsIn(made.player, 'chapter').length === 2 && partsIn(made.player, 'segment').length === 1, 'the data');
      await made.player.updateComplete;
      noScriptUrls(made.player);
      const summaries = shown(made.player).notices.map((notice) => notice.summary);
      expect(summaries).to.deep.equal([
        '2 entries of the chapters file could not be read and were skipped.',
        '1 entry of the transcript file could not be read and was skipped.',
      ]);
    });
  });

  describe('times no episode has', () => {
    it('a chapter at 1e300 s is reported and dropped: the length shown is the data’s, in clock form', async () => {
      const made = await playerPage({});
      made.player.chaptersData = {
        chapters: [
          { startTime: 0, title: 'Start' },
          { startTime: 20, title: 'Middle' },
          { startTime: 1e300, title: 'Never' },
        ],
      };
      made.player.transcriptData = [
        { start: 0, end: 25, text: 'A line.' },
        { start: 1e300, text: 'A line no episode reaches.' },
      ];
      await waitFor(() => partsIn(made.player, 'chapter').length === 2, 'two chapters');
      await made.player.updateComplete;
      expect(partsIn(made.player, 'duration')[0]!.textContent).to.equal('0:25');
      const timeTexts = partsIn(made.player, 'time').map((element) => element.textContent ?? '');
      expect(timeTexts.join(' ')).to.not.match(/e\+|\d{4,}:/);
      expect(shown(made.player).notices.flatMap((notice) => notice.items)).to.deep.equal([
        'the chapter "Never" starts after 100 hours, later than any episode, so it was skipped',
        'the segment "A line no episode reaches." starts after 100 hours, later than any episode, so it was skipped',
      ]);
    });

    it('an episode that is all past the limit says so', async () => {
      const made = await playerPage({ src: TONE });
      made.player.transcriptData = [{ start: 1e300, text: 'Far away.' }];
      await waitFor(() => made.errors.length > 0, 'the error event');
      expect(made.errors[0]!.message).to.equal(
        'The transcript data could not be used: the segment "Far away." starts after 100 hours, later than any episode, so it was skipped.',
      );
    });
  });
});
