import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePodloveJsonTranscript } from '../../../src/core/formats/podlove-json-transcript.js';
import { inEnglish } from '../in-english.js';

describe('parsePodloveJsonTranscript', () => {
  it('reads a Podlove Publisher export: voice is the name, *_ms wins', () => {
    const file = JSON.stringify([
      {
        start: '00:00:00.005',
        start_ms: 5,
        end: '00:00:09.458',
        end_ms: 9458,
        speaker: '3',
        voice: 'Eric',
        text: 'Dann sage ich einfach mal: Hallo und willkommen.',
      },
      { start: '00:00:09.600', start_ms: 9600, end: '00:00:10.800', end_ms: 10800, speaker: '4', voice: 'Simon', text: 'Hallo.' },
      {
        start: '00:00:10.996',
        start_ms: 10996,
        end: '00:00:13.875',
        end_ms: 13875,
        speaker: '3',
        voice: 'Eric',
        text: 'Au\u00dferdem wieder mit Michi.',
      },
    ]);
    assert.deepEqual(parsePodloveJsonTranscript(file), {
      items: [
        { start: 0.005, end: 9.458, text: 'Dann sage ich einfach mal: Hallo und willkommen.', speaker: 'Eric' },
        { start: 9.6, end: 10.8, text: 'Hallo.', speaker: 'Simon' },
        { start: 10.996, end: 13.875, text: 'Außerdem wieder mit Michi.', speaker: 'Eric' },
      ],
      problems: [],
    });
  });

  it('reads the wrapped {transcripts: [...]} form, clock strings without _ms, and numbers in seconds', () => {
    const file = JSON.stringify({
      transcripts: [
        { start: '00:00:00.000', end: '00:00:2.000', end_ms: 45100, text: 'Lorem ipsum dolor sit amet,', speaker: '1' },
        { start: '00:00:02.000', end: '00:00:04.000', speaker: 'Alex', text: 'sed diam nonumy.' },
        { start: 4.5, end: 6, text: '  spaced \n out  ' },
      ],
    });
    assert.deepEqual(parsePodloveJsonTranscript(file).items, [
      { start: 0, end: 45.1, text: 'Lorem ipsum dolor sit amet,' },
      { start: 2, end: 4, text: 'sed diam nonumy.', speaker: 'Alex' },
      { start: 4.5, end: 6, text: 'spaced out', speaker: 'Alex' },
    ]);
  });

  it('reports bad entries by index and skips empty text', () => {
    const file = JSON.stringify([{ start: 'later', text: 'x' }, 'nope', { start: 1, text: '   ' }, { start_ms: 2000, text: 'ok' }]);
    const { items, problems } = parsePodloveJsonTranscript(file);
    assert.deepEqual(items, [{ start: 2, text: 'ok' }]);
    assert.deepEqual(
      inEnglish(problems).map((p) => p.where),
      ['[0].start', '[1]'],
    );
  });

  it('is fatal when the JSON is not a list', () => {
    const { items, problems } = parsePodloveJsonTranscript('{"version": "1.0.0"}');
    assert.deepEqual(items, []);
    assert.equal(problems[0]!.fatal, true);
  });
});
