import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePodcastJsonTranscript } from '../../../src/core/formats/podcast-json-transcript.js';
import { inEnglish } from '../in-english.js';

const json = (value: unknown) => JSON.stringify(value);

describe('parsePodcastJsonTranscript: phrase-level', () => {
  it('joins Buzzsprout captions split into segments with identical start and end', () => {
    const file = json({
      version: '1.0.0',
      segments: [
        { speaker: 'Alban', startTime: 0.0, endTime: 4.8, body: 'It is so stinking nice to' },
        { speaker: 'Alban', startTime: 0.0, endTime: 4.8, body: 'like, show up and record this' },
        { speaker: 'Alban', startTime: 4.8, endTime: 8.25, body: 'show. And Travis has already put' },
        { speaker: 'Kevin', startTime: 8.25, endTime: 13.17, body: 'You guys remember,' },
        { speaker: 'Travis', startTime: 8.25, endTime: 13.17, body: 'Yes.' },
      ],
    });
    assert.deepEqual(parsePodcastJsonTranscript(file), {
      items: [
        { start: 0, end: 4.8, text: 'It is so stinking nice to like, show up and record this', speaker: 'Alban' },
        { start: 4.8, end: 8.25, text: 'show. And Travis has already put', speaker: 'Alban' },
        { start: 8.25, end: 13.17, text: 'You guys remember,', speaker: 'Kevin' },
        { start: 8.25, end: 13.17, text: 'Yes.', speaker: 'Travis' },
      ],
      problems: [],
    });
  });

  it('carries a missing speaker forward, reads string times and collapses newlines', () => {
    const file = json({
      segments: [
        { speaker: 'James C', startTime: '0.035', endTime: '00:00:03.455', body: "it's Friday,\nthe 5th of May." },
        { startTime: 3.5, endTime: 6, body: 'The last word in podcasting news.' },
        { speaker: '', startTime: 6, body: 'This is the Podnews Weekly Review.' },
      ],
    });
    assert.deepEqual(parsePodcastJsonTranscript(file).items, [
      { start: 0.035, end: 3.455, text: "it's Friday, the 5th of May.", speaker: 'James C' },
      { start: 3.5, end: 6, text: 'The last word in podcasting news.', speaker: 'James C' },
      { start: 6, text: 'This is the Podnews Weekly Review.', speaker: 'James C' },
    ]);
  });

  it('reads the Flightcast variant (start/end/text)', () => {
    const file = json({
      text: 'Hello world from flightcast',
      segments: [{ start: 0.03, end: 2.35, text: 'Hello world from flightcast' }],
      vtt: 'WEBVTT\n',
    });
    assert.deepEqual(parsePodcastJsonTranscript(file).items, [{ start: 0.03, end: 2.35, text: 'Hello world from flightcast' }]);
  });

  it('falls back to the embedded Flightcast VTT when the segments have no text', () => {
    const file = json({
      segments: [{ start: 0.03, end: 2.35 }],
      vtt: 'WEBVTT\n\n1\n00:00:00.031 --> 00:00:02.356\n<v Ann>Hello world from flightcast\n',
    });
    const { items } = parsePodcastJsonTranscript(file);
    assert.deepEqual(items, [{ start: 0.031, end: 2.356, text: 'Hello world from flightcast', speaker: 'Ann' }]);
  });

  it('skips segments without a start, keeps those without an end, reports each by path', () => {
    const file = json({
      segments: [
        { body: 'Timed text', startTime: 1.5, endTime: 3.75 },
        { body: 'No timing' },
        { body: 'Partial timing', startTime: 10.0 },
        { body: 'Bad time', startTime: 'soon' },
        { body: 'Backwards', startTime: 65, endTime: 62 },
      ],
    });
    const { items, problems } = parsePodcastJsonTranscript(file);
    assert.deepEqual(items, [
      { start: 1.5, end: 3.75, text: 'Timed text' },
      { start: 10, text: 'Partial timing' },
      { start: 65, text: 'Backwards' },
    ]);
    assert.deepEqual(inEnglish(problems), [
      { where: 'segments[1].startTime', message: 'startTime is missing, so this segment was skipped' },
      { where: 'segments[3].startTime', message: 'startTime "soon" is not a time, so this segment was skipped' },
      { where: 'segments[4].endTime', message: 'the end time 00:01:02.000 is before the start time 00:01:05.000, so it was ignored' },
    ]);
  });

  it('reports segments without a body together, and is fatal when none has text', () => {
    const some = parsePodcastJsonTranscript(
      json({ segments: [{ startTime: 0, endTime: 1 }, { startTime: 1, endTime: 2, body: 'two words' }, { startTime: 2 }] }),
    );
    assert.deepEqual(some.items, [{ start: 1, end: 2, text: 'two words' }]);
    assert.deepEqual(inEnglish(some.problems), [
      { where: 'segments[0].body', message: '2 segments have no text (body is missing) and were skipped' },
    ]);

    const none = parsePodcastJsonTranscript(
      json({
        version: '1.0.0',
        segments: [
          { speaker: 'Travis', startTime: 0.18, endTime: 0.3 },
          { speaker: 'Travis', startTime: 0.301, endTime: 0.39 },
        ],
      }),
    );
    assert.deepEqual(none.items, []);
    assert.equal(inEnglish(none.problems)[0]!.message, 'none of the 2 segments has any text (body is missing)');
    assert.equal(none.problems.at(-1)!.fatal, true);
  });

  it('is fatal on invalid JSON (with its line) and on a missing segments array', () => {
    const broken = parsePodcastJsonTranscript('{\n  "segments": [\n    { "startTime": 1, }\n  ]\n}');
    assert.equal(broken.problems.length, 1);
    assert.equal(broken.problems[0]!.fatal, true);
    assert.equal(inEnglish(broken.problems)[0]!.where, 'line 3');
    assert.match(inEnglish(broken.problems)[0]!.message, /^this is not valid JSON/);

    const chapters = parsePodcastJsonTranscript(json({ version: '1.2.0', chapters: [] }));
    assert.deepEqual(inEnglish(chapters.problems), [
      { where: 'segments', message: 'segments is missing (expected {"version": "1.0.0", "segments": [...]})', fatal: true },
    ]);
  });

  it('reads single-quoted pseudo-JSON with a warning', () => {
    const { items, problems } = parsePodcastJsonTranscript(
      "{'segments': [{'speaker': 'Bob', 'startTime': 1, 'endTime': 2, 'body': 'Hello there friend'}]}",
    );
    assert.deepEqual(items, [{ start: 1, end: 2, text: 'Hello there friend', speaker: 'Bob' }]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.fatal, undefined);
  });
});

describe('parsePodcastJsonTranscript: word-level', () => {
  it('groups the spec example into lines by speaker, keeping word timing', () => {
    const file = json({
      version: '1.0.0',
      segments: [
        { speaker: 'Darth Vader', startTime: 0.5, endTime: 0.75, body: 'I' },
        { speaker: 'Darth Vader', startTime: 1, endTime: 1.25, body: 'am' },
        { speaker: 'Darth Vader', startTime: 1.5, endTime: 2.0, body: 'your' },
        { speaker: 'Darth Vader', startTime: 2.25, endTime: 2.5, body: 'father.\n' },
        { speaker: 'Luke', startTime: 2.75, endTime: 3.0, body: 'Nooooo' },
      ],
    });
    assert.deepEqual(parsePodcastJsonTranscript(file).items, [
      {
        start: 0.5,
        end: 2.5,
        text: 'I am your father.',
        speaker: 'Darth Vader',
        words: [
          { start: 0.5, end: 0.75, text: 'I' },
          { start: 1, end: 1.25, text: 'am' },
          { start: 1.5, end: 2, text: 'your' },
          { start: 2.25, end: 2.5, text: 'father.' },
        ],
      },
      { start: 2.75, end: 3, text: 'Nooooo', speaker: 'Luke', words: [{ start: 2.75, end: 3, text: 'Nooooo' }] },
    ]);
  });

  it('skips blank tokens and glues separately timed punctuation to its word (Podnews)', () => {
    const tokens: [number, number, string][] = [
      [0.221, 0.361, "It's"],
      [0.361, 0.361, ' '],
      [0.462, 0.883, 'Friday'],
      [0.883, 0.883, ','],
      [0.883, 0.883, ' '],
      [0.963, 1.104, 'the'],
      [1.104, 1.104, ' '],
      [1.264, 1.605, '2nd'],
      [1.605, 1.605, '.'],
    ];
    const file = json({
      version: '1.0.0',
      segments: tokens.map(([startTime, endTime, body]) => ({ speaker: 'Speaker 1', startTime, endTime, body })),
    });
    assert.deepEqual(parsePodcastJsonTranscript(file).items, [
      {
        start: 0.221,
        end: 1.605,
        text: "It's Friday, the 2nd.",
        speaker: 'Speaker 1',
        words: [
          { start: 0.221, end: 0.361, text: "It's" },
          { start: 0.462, end: 0.883, text: 'Friday,' },
          { start: 0.963, end: 1.104, text: 'the' },
          { start: 1.264, end: 1.605, text: '2nd.' },
        ],
      },
    ]);
  });

  it('starts new lines after a pause, after a sentence once the line is long, and at 25 words', () => {
    const words =
      'Hey, Travis here. So I hope these episodes have been super helpful. Now I recently had the chance to sit down with Eric for a long talk about how to make shows that people love and share with friends'.split(
        ' ',
      );
    let t = 0;
    const segments = words.map((body, i) => {
      if (i === 3) t += 2; // a 2 s pause after "here."
      const segment = { speaker: 'Travis', startTime: t, endTime: t + 0.2, body };
      t += 0.25;
      return segment;
    });
    const lines = parsePodcastJsonTranscript(json({ segments })).items;
    assert.deepEqual(
      lines.map((line) => line.text),
      [
        'Hey, Travis here.',
        'So I hope these episodes have been super helpful.',
        'Now I recently had the chance to sit down with Eric for a long talk about how to make shows that people love and share',
        'with friends',
      ],
    );
    assert.equal(lines[2]!.words!.length, 25);
    assert.equal(lines[1]!.start, 2.75);
    assert.equal(lines[1]!.words![0]!.text, 'So');
  });

  it('puts an out-of-order file in time order, each word keeping its speaker', () => {
    const file = json({
      segments: [
        { speaker: 'Ann', startTime: 1, endTime: 1.2, body: 'later' },
        { speaker: 'Ben', startTime: 0, endTime: 0.2, body: 'first' },
        { startTime: 0.3, endTime: 0.5, body: 'second' },
        { speaker: 'Ann', startTime: 0.3, endTime: 0.4, body: 'tie' },
      ],
    });
    assert.deepEqual(
      parsePodcastJsonTranscript(file).items.map((line) => [line.speaker, line.text]),
      [
        ['Ben', 'first second'],
        ['Ann', 'tie later'],
      ],
    );
  });

  it('reads numeric and string times alike, and reports bad ones among good ones', () => {
    const file = json({
      segments: [
        { speaker: ' Ann ', startTime: 0, endTime: 0.5, body: 'one' },
        { speaker: ' Ann ', startTime: '00:00:00.600', endTime: 0.9, body: 'two' },
        { speaker: '', startTime: 1, endTime: 0.95, body: 'three' },
        { startTime: 1.2, body: 'four' },
        { startTime: -1, endTime: 2, body: 'five' },
        { start: 1.6, end: 1.8, body: 'six' },
      ],
    });
    const { items, problems } = parsePodcastJsonTranscript(file);
    assert.deepEqual(items[0]!.words, [
      { start: 0, end: 0.5, text: 'one' },
      { start: 0.6, end: 0.9, text: 'two' },
      { start: 1, end: 1.2, text: 'three' },
      { start: 1.2, end: 1.6, text: 'four' },
      { start: 1.6, end: 1.8, text: 'six' },
    ]);
    assert.equal(items[0]!.speaker, 'Ann');
    assert.deepEqual(
      inEnglish(problems).map((problem) => problem.where),
      ['segments[2].endTime', 'segments[4].startTime'],
    );
  });

  it('keeps zero-length words', () => {
    const file = json({
      segments: [
        { startTime: 1, endTime: 1.2, body: 'uh' },
        { startTime: 1.3, endTime: 1.3, body: 'so' },
        { startTime: 1.4, endTime: 1.6, body: 'yes' },
      ],
    });
    assert.deepEqual(parsePodcastJsonTranscript(file).items[0]!.words, [
      { start: 1, end: 1.2, text: 'uh' },
      { start: 1.3, end: 1.3, text: 'so' },
      { start: 1.4, end: 1.6, text: 'yes' },
    ]);
  });
});
