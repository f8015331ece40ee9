import { expect } from '@esm-bundle/chai';
import { readTranscript } from '../../../src/core/formats/index.js';
import { message } from '../../../src/core/message.js';
import { describeMessage } from '../../../src/i18n/describe.js';
import { en } from '../../../src/i18n/en.js';
import { builtPage, type BuiltPage, closeBuiltPages, FIXTURES, partsIn, shown, waitFor } from './built-page.js';

/**
 * What few files need to be read is not in the script-tag file but beside it: the decoders of
 * encodings other than UTF-8 (transcript-player.encodings.js), the whole table of named
 * character references (transcript-player.entities.js), and where a JSON file is broken
 * (transcript-player.json-errors.js). A page with UTF-8 files fetches none of them; a file
 * that needs one reads as it did when they were in the script; a page without them says so.
 */
const ENCODINGS = 'transcript-player.encodings.js';
const ENTITIES = 'transcript-player.entities.js';
const JSON_ERRORS = 'transcript-player.json-errors.js';
const MODULES = [ENCODINGS, ENTITIES, JSON_ERRORS];
const TONE = `${FIXTURES}tone-10s.mp3`;
const ALONE = new URL('/test-routes/alone/transcript-player.iife.js', location.href).href;
const LONG = new URL('/test-routes/trickled-transcript/0.json', location.href).href;

/** A file as a server would send it, from bytes the test makes: a blob URL keeps its type as Content-Type. */
const served = (bytes: Uint8Array<ArrayBuffer>, type: string) => URL.createObjectURL(new Blob([bytes], { type }));
const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
// “Café” – Straße, 5 € in windows-1252, as Windows tools write SRT.
const CP1252_LINE = [
  0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x2c, 0x20, 0x35, 0x20, 0x80,
];
const cp1252Srt = () => Uint8Array.from([...ascii('1\r\n00:00:01,000 --> 00:00:02,000\r\n'), ...CP1252_LINE, ...ascii('\r\n')]);
const VTT_WITH_NAMES = 'WEBVTT\n\n00:00.000 --> 00:02.000\n<v Zo&euml;>Caf&eacute; &amp; cr&egrave;me&hellip; &copy 2024\n';
const BROKEN_JSON = '{"segments": [\n  {"startTime": 1, "endTime": 2, "body": "One"},\n]}';

const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const lines = (player: Element) => partsIn(player, 'segment').map(text);
const fetched = (win: Window, ending: string) =>
  win.performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.endsWith(ending));

describe('decoders, named references and JSON error positions, beside the built file', () => {
  let page: BuiltPage | undefined;
  afterEach(closeBuiltPages);

  it('are not in the script', async () => {
    const bundle = await (await fetch(new URL('/dist/transcript-player.iife.js', location.href))).text();
    for (const module of MODULES) {
      const beside = await fetch(new URL(`/dist/${module}`, location.href), { method: 'HEAD' });
      expect(beside.ok, `${module} is built beside the script`).to.equal(true);
    }
    // What only each has: a legacy encoding's name, a rare entity's name, the engine's words cleaned from a JSON error.
    expect(bundle).not.to.contain('koi8');
    expect(bundle).not.to.contain('hellip');
    expect(bundle).not.to.contain('of the JSON data');
  });

  it('are not fetched by a page with a long word-level JSON transcript and JSON chapters', async () => {
    page = await builtPage(
      `<transcript-player src="${TONE}" transcript="${LONG}" chapters="${FIXTURES}tone-10s.chapters.json"></transcript-player>`,
    );
    const player = page.player();
    await waitFor(() => player.segments.length > 1000 && partsIn(player, 'chapter-title').length === 4, 'the transcript and the chapters');
    expect(shown(player).errors).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const module of MODULES) expect(fetched(page.window, module), module).to.deep.equal([]);
  });

  it('are not fetched by a page with SubRip and WebVTT files in UTF-8 and their common references', async () => {
    page = await builtPage(
      `<transcript-player id="srt" src="${TONE}" transcript="${FIXTURES}tone-10s.transcript.srt"></transcript-player><transcript-player id="vtt" src="${TONE}"></transcript-player>`,
    );
    const srt = page.player('#srt');
    const vtt = page.player('#vtt');
    vtt.transcriptData = 'WEBVTT\n\n00:00.000 --> 00:02.000\nTom &amp; Jerry &lt;3 &quot;AT&T&quot;\n';
    await waitFor(() => lines(srt).length === 5, 'the SubRip transcript');
    await waitFor(() => vtt.segments[0]?.text === 'Tom & Jerry <3 "AT&T"', 'the WebVTT text');
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const module of MODULES) expect(fetched(page.window, module), module).to.deep.equal([]);
  });

  it('decode a windows-1252 SubRip file served as UTF-8 with the encodings module', async () => {
    page = await builtPage(
      `<transcript-player src="${TONE}" transcript="${served(cp1252Srt(), 'application/x-subrip; charset=utf-8')}"></transcript-player>`,
    );
    const player = page.player();
    await waitFor(() => lines(player).length === 1, 'the transcript');
    expect(player.segments.map((segment) => segment.text)).to.deep.equal(['“Café” – Straße, 5 €']);
    expect(fetched(page.window, ENCODINGS)).to.have.length(1);
  });

  it('decode windows-1252 bytes given as data', async () => {
    page = await builtPage(`<transcript-player src="${TONE}"></transcript-player>`);
    const player = page.player();
    // Bytes of the page's own (an ArrayBuffer of another window is no ArrayBuffer to the player).
    player.transcriptData = new page.window.Uint8Array(cp1252Srt()).buffer;
    await waitFor(() => player.segments.length === 1, 'the transcript');
    expect(player.segments.map((segment) => segment.text)).to.deep.equal(['“Café” – Straße, 5 €']);
  });

  it('read rare named references with the entities module', async () => {
    page = await builtPage(
      `<transcript-player src="${TONE}" transcript="${served(new TextEncoder().encode(VTT_WITH_NAMES), 'text/vtt')}"></transcript-player>`,
    );
    const player = page.player();
    await waitFor(() => player.segments.length === 1, 'the transcript');
    expect(player.segments.map((segment) => [segment.text, (segment as { speaker?: string }).speaker])).to.deep.equal([
      ['Café & crème… © 2024', 'Zoë'],
    ]);
    expect(fetched(page.window, ENTITIES)).to.have.length(1);
  });

  it('say where a broken JSON transcript is broken, as the whole reader says it', async () => {
    page = await builtPage(`<transcript-player src="${TONE}"></transcript-player>`);
    const player = page.player();
    player.transcriptData = BROKEN_JSON;
    await waitFor(() => shown(player).errors.length > 0, 'the error');
    const problem = readTranscript(BROKEN_JSON).problems.find((each) => each.fatal)!;
    expect(problem.line, 'the reader places the error').to.equal(3);
    const expected = describeMessage(en, message('file-unusable', { resource: 'transcript', problem }));
    expect(shown(player).errors[0]!.text).to.equal(expected);
    expect(fetched(page.window, JSON_ERRORS)).to.have.length(1);
  });
});

describe('dist/transcript-player.iife.js alone, with files that need what is beside it', () => {
  let page: BuiltPage | undefined;
  afterEach(() => {
    page?.close();
    page = undefined;
  });

  for (const [what, module, attributes] of [
    ['a windows-1252 SubRip file', ENCODINGS, `transcript="${served(cp1252Srt(), 'application/x-subrip')}"`],
    ['a WebVTT file with rare named references', ENTITIES, `transcript="${served(new TextEncoder().encode(VTT_WITH_NAMES), 'text/vtt')}"`],
    ['a broken JSON transcript', JSON_ERRORS, `transcript="${served(new TextEncoder().encode(BROKEN_JSON), 'application/json')}"`],
  ] as const) {
    it(`${what}: the player names the file it could not load, and still reads JSON chapters`, async () => {
      page = await builtPage(
        `<transcript-player src="${TONE}" ${attributes} chapters="${FIXTURES}tone-10s.chapters.json"></transcript-player>`,
        {
          bundle: ALONE,
        },
      );
      const player = page.player();
      await waitFor(() => shown(player).errors.length > 0, 'the error in the widget');
      expect(shown(player).errors[0]!.text).to.match(
        new RegExp(`^The transcript file ".*" could not be loaded \\(.*${module.replace(/\./g, '\\.')}`),
      );
      await waitFor(() => partsIn(player, 'chapter-title').length === 4, 'the chapters');
    });
  }
});
