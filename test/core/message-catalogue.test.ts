import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTranscript } from '../../src/core/formats/index.js';
import { readEpisodeManifest } from '../../src/core/episode-manifest.js';
import {
  message,
  problem,
  quote,
  type EntryKind,
  type Message,
  type MessageCode,
  type MessageParams,
  type Problem,
  type Resource,
} from '../../src/core/message.js';
import { dataFromValue } from '../../src/data/load-data.js';
import { de } from '../../src/i18n/de.js';
import { describeMessage, describeProblem } from '../../src/i18n/describe.js';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { fr } from '../../src/i18n/fr.js';
import { it as italian } from '../../src/i18n/it.js';
import { ja } from '../../src/i18n/ja.js';
import { nl } from '../../src/i18n/nl.js';
import { pt } from '../../src/i18n/pt.js';
import type { Strings } from '../../src/i18n/strings.js';

const LANGUAGES: [string, Strings][] = [
  ['en', en],
  ['de', de],
  ['fr', fr],
  ['es', es],
  ['it', italian],
  ['nl', nl],
  ['pt', pt],
  ['ja', ja],
];

const RESOURCES: Resource[] = ['audio', 'transcript', 'chapters', 'episode', 'feed'];
const ENTRIES: EntryKind[] = ['segment', 'chapter', 'entry', 'item'];
const VALUES = [
  quote('soon'),
  quote('x'.repeat(80)),
  quote(-5),
  quote(true),
  quote(null),
  quote([]),
  quote({}),
  quote(undefined),
  quote(10n),
];
const NESTED: Problem[] = [
  problem('json-invalid', { detail: 'unexpected token', column: 21 }, { line: 1, fatal: true }),
  problem('json-invalid', { column: 8, atEnd: true }, { line: 4, fatal: true }),
  problem('json-invalid', {}, { fatal: true }),
  problem('file-empty', {}, { fatal: true }),
  problem('json-is-markup', {}, { fatal: true }),
  problem('end-before-start', { start: 65, end: 62 }, { path: 'segments[4].endTime' }),
  problem('cue-timing-invalid', { value: quote('00:00:xx.000 --> 00:00:03.000') }, { line: 6 }),
  problem('nothing-found', { resource: 'transcript' }, { path: 'vtt', line: 3, fatal: true }),
];

/**
 * One sample per code, written out so that the compiler (and, at run time, the test below)
 * asks for a sample of every new code. Each is then varied over every value kind, entry
 * kind, resource, file-or-inline and nested problem it can take.
 */
const SAMPLES: { [C in MessageCode]: MessageParams[C] } = {
  'file-empty': {},
  'file-not-text': {},
  'file-too-large': { megabytes: 20 },
  'file-unreadable': { detail: 'RangeError: too deep' },
  'more-problems': { count: 202 },
  'format-unknown': { resource: 'transcript' },
  'nothing-found': { resource: 'chapters', example: '<psc:chapter start="…" title="…"/>' },
  'web-page': {},
  'json-invalid': { detail: 'unexpected token', column: 3 },
  'json-is-markup': {},
  'json-single-quotes': {},
  'list-missing': { field: 'segments', example: '{"version": "1.0.0", "segments": [...]}' },
  'not-a-list': { entry: 'chapter', example: '[{"start": "00:00:00.000", "title": …}]' },
  'entry-not-object': { entry: 'segment' },
  'field-missing': { field: 'startTime', entry: 'segment' },
  'field-not-time': { field: 'startTime', value: quote('soon'), entry: 'segment' },
  'start-missing': { entry: 'item' },
  'start-not-time': { value: quote('soon'), entry: 'chapter' },
  'end-not-time': { field: 'endTime', value: quote('later') },
  'end-before-start': { start: 65, end: 62 },
  'time-unreadable': { value: quote('soon') },
  'no-timed-text': { entry: 'segment' },
  'segments-without-text': { count: 2, total: 5 },
  'start-past-limit': { entry: 'chapter', text: quote('Intro'), hours: 100 },
  'times-past-limit': { entry: 'segment', text: quote('Hello there'), hours: 100 },
  'words-not-list': { value: quote('xyz') },
  'word-unusable': {},
  'vtt-signature-missing': { found: quote('1') },
  'text-outside-cue': {},
  'cue-timing-invalid': { value: quote('00:00:xx.000 --> 00:00:03.000') },
  'text-before-first-time': {},
  'image-address-unusable': { value: quote('javascript:alert(1)') },
  'link-address-unusable': { value: quote('javascript:alert(1)') },
  'manifest-not-object': { value: quote([]) },
  'no-audio': {},
  'audio-address-unusable': { value: quote('ftp://example.com/a.mp3') },
  'mime-type-invalid': { value: quote('mp3') },
  'data-address-unusable': { value: quote('javascript:alert(1)') },
  'format-name-unknown': { value: quote('yaml'), resource: 'chapters', known: ['json', 'psc-json', 'psc', 'vtt'] },
  'data-value-invalid': { value: quote(42) },
  'not-text': { value: quote({}) },
  'duration-invalid': { value: quote('about an hour') },
  'date-invalid': { value: quote('last Tuesday') },
  'file-unusable': { resource: 'transcript', file: 'ep.vtt', problem: NESTED[6]! },
  'file-not-json': { resource: 'episode', file: 'ep.json', problem: NESTED[0]! },
  'fetch-timeout': { resource: 'chapters', file: 'ep.json', seconds: 0.3 },
  'fetch-network': { resource: 'transcript', file: 'ep.json' },
  'fetch-http': { resource: 'transcript', file: 'ep.vtt', status: 503, statusText: 'Bad Gateway' },
  'fetch-too-large': { resource: 'transcript', file: 'tone.wav', bytes: 2_500_000, limit: 50_000 },
  'load-cancelled': { resource: 'episode', file: 'ep.json' },
  'load-failed': { resource: 'episode', file: 'ep.json', detail: 'TypeError: x' },
  'no-episode-source': {},
  'audio-aborted': { file: 'ep.mp3' },
  'audio-unsupported': { file: 'ep.mp3' },
  'audio-network': { file: 'ep.mp3' },
  'audio-undecodable': { file: 'ep.mp3' },
  'audio-unseekable': { file: 'ep.mp3' },
  'lock-screen-failed': { detail: 'https://cdn.example/transcript-player.media-session.js: TypeError: x' },
  'play-interrupted': { file: 'ep1.mp3', by: 'pause' },
  'play-no-source': {},
  'play-blocked': { file: 'ep.mp3' },
  'transcripts-not-list': { value: quote({ url: 'a.vtt' }) },
  'transcript-address-unusable': { value: quote('ftp://example.com/t.vtt') },
  'language-tag-invalid': { value: quote('English!') },
  'xml-not-xml': { found: quote('{"version"') },
  'xml-unexpected-end': { open: 'channel', openedAtLine: 3 },
  'xml-mismatched-tag': { expected: 'item', found: 'channel', openedAtLine: 12 },
  'xml-unexpected': { found: quote('<'), expected: 'tag-end' },
  'xml-text-outside-root': {},
  'xml-undefined-entity': { entity: '&gtgt;' },
  'xml-bare-ampersand': {},
  'url-unusable': { field: 'itunes:image', value: quote('javascript:alert(1)') },
  'value-unusable': { field: 'itunes:duration', value: quote('soon') },
  'feed-not-rss': { root: 'feed' },
  'feed-no-items': {},
  'feed-item-not-found': { item: quote('ep-99'), count: 12 },
  'feed-item-no-audio': { title: 'Episode 3' },
  'feed-transcript-type-unknown': { type: quote('application/x-unknown') },
  'feed-blocked': { file: 'feed.xml', origin: 'https://feeds.example.com' },
  'feed-unreachable': { file: 'feed.xml' },
  'feed-http-error': { file: 'feed.xml', status: 404 },
  'feed-timeout': { file: 'feed.xml', seconds: 20 },
  'feed-too-large': { file: 'feed.xml', megabytes: 25.5 },
  'id3-version-unsupported': { version: 2 },
  'id3-truncated': { bytes: 512, announced: 4096 },
  'id3-frame-unreadable': { frame: 'CHAP', reason: 'compressed' },
  'id3-image-too-large': { kilobytes: 900, limit: 512 },
  'id3-image-not-raster': { mime: quote('image/svg+xml') },
  'embedded-chapters-no-range': { file: 'episode.mp3' },
  'embedded-chapters-blocked': { file: 'episode.mp3' },
  'embedded-chapters-http-error': { file: 'episode.mp3', status: 403 },
  'embedded-chapters-tag-too-large': { file: 'episode.mp3', megabytes: 12, limit: 8 },
  'embedded-chapters-timeout': { file: 'episode.mp3', seconds: 20 },
};

/** Codes whose `resource` is one the parsers read, not any input. */
const DATA_ONLY = new Set<MessageCode>(['format-unknown', 'nothing-found', 'format-name-unknown']);

/** Every variant of a sample over the fields with a known range of values. */
function variants(code: MessageCode, sample: Record<string, unknown>): Record<string, unknown>[] {
  let all = [sample];
  const vary = (key: string, values: readonly unknown[]) => {
    if (key in sample) all = all.flatMap((params) => values.map((value) => ({ ...params, [key]: value })));
  };
  vary('value', VALUES);
  vary('entry', ENTRIES);
  vary('resource', DATA_ONLY.has(code) ? ['transcript', 'chapters'] : RESOURCES);
  vary('problem', NESTED);
  vary('count', [1, 2]);
  if ('resource' in sample && 'file' in sample) all = all.flatMap(({ file, ...inline }) => [{ ...inline, file }, inline]);
  if (code === 'segments-without-text') all.push({ count: 1, total: 1 }, { count: 3, total: 3 });
  if (code === 'fetch-http') all.push({ resource: 'audio', file: 'x.mp3', status: 404 }, { resource: 'audio', file: 'x.mp3', status: 500 });
  if (code === 'nothing-found') all.push({ resource: 'transcript' });
  return all;
}

const LEFTOVER = /undefined|NaN|\[object|\$\{|\{\w+\}/;
/** English words that no other language's sentence should have ("file" is Italian too). */
const englishWords = (lang: string) =>
  lang === 'it' ? /\b(?:the|was|were|could|is not|skipped)\b/i : /\b(?:the|was|were|could|file|is not|skipped)\b/i;
/** Text in the samples that comes from elsewhere in English: a browser's error detail, a server's status text. */
const FROM_ELSEWHERE = /unexpected token|Bad Gateway|RangeError: too deep|TypeError: x/g;

describe('the message catalogue', () => {
  it('has a sample for every code each language words, and a sentence for every code', () => {
    const codes = Object.keys(SAMPLES).sort();
    assert.deepEqual(Object.keys(en.messages).sort(), codes, 'a sample for every English sentence (add one to SAMPLES)');
    for (const [lang, strings] of LANGUAGES) assert.deepEqual(Object.keys(strings.messages).sort(), codes, `${lang} words every code`);
  });

  it('words every code in every language without leftovers, the others without English', () => {
    let checked = 0;
    for (const [code, sample] of Object.entries(SAMPLES) as [MessageCode, Record<string, unknown>][]) {
      for (const params of variants(code, sample)) {
        const each = { code, params } as Message;
        const english = describeMessage(en, each);
        for (const [lang, strings] of LANGUAGES) {
          const text = describeMessage(strings, each);
          const label = `${lang} ${code} ${JSON.stringify(params, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}: ${text}`;
          assert.equal(typeof text, 'string', label);
          assert.ok(text.trim().length > (lang === 'ja' ? 4 : 10), label);
          assert.doesNotMatch(text, LEFTOVER, label);
          assert.equal(text, text.trim(), label);
          if (lang !== 'en') {
            assert.notEqual(text, english, label);
            assert.doesNotMatch(text.replace(FROM_ELSEWHERE, ''), englishWords(lang), label);
          }
          checked++;
        }
      }
    }
    assert.ok(checked > 2000, `${checked} sentences`);
  });

  it('ends whole sentences with a full stop and leaves problem fragments open', () => {
    const whole: MessageCode[] = [
      'file-unusable',
      'file-not-json',
      'fetch-http',
      'play-blocked',
      'lock-screen-failed',
      'no-episode-source',
      // shown alone in the widget: a feed that could not be fetched, chapters inside the audio that could not be read
      'feed-blocked',
      'feed-unreachable',
      'feed-http-error',
      'feed-timeout',
      'feed-too-large',
      'embedded-chapters-no-range',
      'embedded-chapters-blocked',
      'embedded-chapters-http-error',
      'embedded-chapters-tag-too-large',
      'embedded-chapters-timeout',
    ];
    for (const [, strings] of LANGUAGES) {
      for (const code of whole) assert.match(describeMessage(strings, { code, params: SAMPLES[code] } as Message), /[.!。]$/, code);
      assert.doesNotMatch(describeMessage(strings, message('end-before-start', { start: 65, end: 62 })), /[.。]$/);
    }
  });
});

describe('describeProblem', () => {
  it('puts the place first: a line, a JSON path, both, or nothing for the file', () => {
    assert.equal(
      describeProblem(en, problem('vtt-signature-missing', { found: quote('1') }, { line: 1 })),
      'line 1: a WebVTT file must start with the line WEBVTT, but it starts with "1", so it was not read',
    );
    assert.equal(
      describeProblem(de, problem('vtt-signature-missing', { found: quote('1') }, { line: 1 })),
      'Zeile 1: eine WebVTT-Datei muss mit der Zeile WEBVTT beginnen, diese beginnt mit "1", daher wurde sie nicht gelesen',
    );
    assert.equal(
      describeProblem(en, problem('end-not-time', { field: 'endTime', value: quote(-1) }, { path: 'chapters[3].endTime' })),
      'chapters[3].endTime: endTime -1 is not a time and was ignored',
    );
    assert.equal(
      describeProblem(en, problem('text-outside-cue', {}, { path: 'vtt', line: 3 })),
      'vtt line 3: text outside a cue (no timing line before it) was skipped',
    );
    assert.equal(describeProblem(en, problem('file-empty', {}, { fatal: true })), 'the file is empty');
  });
});

describe('German, as German speakers read it', () => {
  it('a transcript file the server does not have', () => {
    const notFound = message('fetch-http', { resource: 'transcript', file: 'folge-12.vtt', status: 404, statusText: 'Not Found' });
    assert.equal(
      describeMessage(de, notFound),
      'Die Transkriptdatei „folge-12.vtt“ konnte nicht geladen werden: Der Server antwortete mit HTTP 404 (nicht gefunden).',
    );
    assert.equal(
      describeMessage(en, notFound),
      'The transcript file "folge-12.vtt" could not be loaded: the server answered HTTP 404 (not found).',
    );
  });

  it('a skipped WebVTT cue, and the notice that counts it', () => {
    const { problems } = readTranscript('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nfirst\n\n00:00:xx.000 --> 00:00:03.000\nsecond\n');
    assert.equal(problems.length, 1);
    assert.equal(
      describeProblem(de, problems[0]!),
      'Zeile 6: die Zeitzeile "00:00:xx.000 --> 00:00:03.000" konnte nicht gelesen werden, daher wurde dieser Cue übersprungen',
    );
    assert.equal(
      de.skipped(problems.length, 'transcript'),
      '1 Eintrag der Transkriptdatei konnte nicht gelesen werden und wurde übersprungen.',
    );
  });

  it('fields an episode description had to drop', () => {
    const { problems } = readEpisodeManifest({ audio: 'https://a.example/x.mp3', duration: 'about an hour', title: ['x'] });
    assert.deepEqual(
      problems.map((each) => describeProblem(de, each)),
      [
        'title: erwartet wurde Text, gefunden wurde eine Liste; der Wert wurde ignoriert',
        'duration: "about an hour" ist keine Dauer (Sekunden oder eine Uhrzeit wie „1:02:03“) und wurde ignoriert',
      ],
    );
  });

  it('data given inline is plural ("die Daten … konnten")', () => {
    const { error } = dataFromValue('transcript', '00:00:01,000 --> 00:00:02,000\nhello\n', 'json');
    assert.ok(error);
    assert.match(
      describeMessage(de, error),
      /^Die Transkriptdaten konnten nicht verwendet werden: Zeile 1: das ist kein gültiges JSON \(Spalte 2: /,
    );
    assert.match(describeMessage(en, error), /^The transcript data could not be used: line 1: this is not valid JSON \(column 2: /);
  });
});
