import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseEpisodeManifest } from '../../src/core/episode-manifest.js';

const BASE = 'https://blog.example.com/2024/05/episode-12/manifest.json';

const wheres = (result: { problems: { where: string }[] }) => result.problems.map((problem) => problem.where);

describe('parseEpisodeManifest', () => {
  it('reads a complete hosted manifest, resolving relative URLs against its own URL', () => {
    const result = parseEpisodeManifest(
      {
        title: '  Sora’s Exit & Spotify’s SongDNA ',
        show: 'Tech Weekly',
        artwork: 'cover.jpg',
        audio: [{ src: 'ep12.m4a', type: 'audio/MP4' }, 'https://cdn.example.com/ep12.mp3'],
        duration: '1:02:03.5',
        transcript: 'ep12.vtt',
        chapters: { url: '/chapters/ep12.json', type: 'application/json+chapters' },
        notes: '<p>Links: <a href="https://example.com">example</a></p>',
        date: '2024-05-01',
        link: 'https://blog.example.com/2024/05/episode-12/',
        generator: 'some-plugin 1.0',
      },
      BASE,
    );
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.manifest, {
      title: 'Sora’s Exit & Spotify’s SongDNA',
      show: 'Tech Weekly',
      artwork: 'https://blog.example.com/2024/05/episode-12/cover.jpg',
      audio: [
        { src: 'https://blog.example.com/2024/05/episode-12/ep12.m4a', type: 'audio/mp4' },
        { src: 'https://cdn.example.com/ep12.mp3' },
      ],
      duration: 3723.5,
      transcript: { url: 'https://blog.example.com/2024/05/episode-12/ep12.vtt' },
      chapters: { url: 'https://blog.example.com/chapters/ep12.json', type: 'json' },
      notes: '<p>Links: <a href="https://example.com">example</a></p>',
      date: '2024-05-01',
      link: 'https://blog.example.com/2024/05/episode-12/',
    });
  });

  it('reads a minimal inline manifest: one audio URL string, data inline, JSON text', () => {
    const vtt = 'WEBVTT\n\n00:00.000 --> 00:02.000\n<v Ada>Hello.';
    const chapters = { version: '1.2.0', chapters: [{ startTime: 0, title: 'Intro' }] };
    const result = parseEpisodeManifest(
      `\uFEFF${JSON.stringify({ audio: 'https://cdn.example.com/ep.mp3', duration: 1800, transcript: vtt, chapters })}`,
    );
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.manifest, {
      audio: [{ src: 'https://cdn.example.com/ep.mp3' }],
      duration: 1800,
      transcript: { data: vtt },
      chapters: { data: chapters },
    });
  });

  it('tells a one-line URL from inline content', () => {
    const transcript = (value: unknown) =>
      parseEpisodeManifest({ audio: 'https://a.example/x.mp3', transcript: value }, BASE).manifest?.transcript;
    assert.deepEqual(transcript('t.json'), { url: 'https://blog.example.com/2024/05/episode-12/t.json' });
    assert.deepEqual(transcript('[00:00:01] Ada: Hi'), { data: '[00:00:01] Ada: Hi' });
    assert.deepEqual(transcript('00:00 Hi\n00:05 There'), { data: '00:00 Hi\n00:05 There' });
    assert.deepEqual(transcript('{"segments": []}'), { data: '{"segments": []}' });
    assert.deepEqual(transcript([{ start: 0, text: 'x' }]), { data: [{ start: 0, text: 'x' }] });
    assert.deepEqual(transcript({ url: 't.srt', type: 'application/x-subrip' }), {
      url: 'https://blog.example.com/2024/05/episode-12/t.srt',
      type: 'srt',
    });
    assert.deepEqual(transcript({ url: 't.vtt', type: 'text/vtt; charset=utf-8' }), {
      url: 'https://blog.example.com/2024/05/episode-12/t.vtt',
      type: 'vtt',
    });
  });

  it('drops unsafe URLs and reports each where it is', () => {
    const result = parseEpisodeManifest(
      {
        audio: ['javascript:alert(1)', { src: 'data:audio/mpeg;base64,AAAA' }, { src: 'ok.mp3', type: 'mp3' }, { type: 'audio/mpeg' }],
        artwork: 'data:image/svg+xml,<svg onload=alert(1)>',
        transcript: 'javascript:alert(1)',
        chapters: { url: 'ftp://example.com/c.json' },
        link: 'javascript:alert(1)',
      },
      BASE,
    );
    assert.deepEqual(result.manifest, { audio: [{ src: 'https://blog.example.com/2024/05/episode-12/ok.mp3' }] });
    assert.deepEqual(wheres(result), [
      'audio[0]',
      'audio[1].src',
      'audio[2].type',
      'audio[3].src',
      'artwork',
      'transcript',
      'chapters.url',
      'link',
    ]);
    assert.ok(result.problems.every((problem) => !problem.fatal));
    assert.match(result.problems[0]!.message, /"javascript:alert\(1\)" is not an http\(s\) address/);
    assert.match(result.problems[2]!.message, /"mp3" is not a MIME type/);
    assert.match(result.problems[3]!.message, /there is no address/);
  });

  it('keeps a raster data: artwork and a relative one without a base is dropped', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    assert.equal(parseEpisodeManifest({ audio: 'https://a.example/x.mp3', artwork: png }).manifest?.artwork, png);
    const relative = parseEpisodeManifest({ audio: 'https://a.example/x.mp3', artwork: 'cover.jpg' });
    assert.equal(relative.manifest?.artwork, undefined);
    assert.deepEqual(wheres(relative), ['artwork']);
  });

  it('reports wrong types and keeps the rest', () => {
    const result = parseEpisodeManifest({
      audio: 'https://a.example/x.mp3',
      title: { en: 'Hello' },
      show: 1984,
      duration: 'about an hour',
      transcript: 42,
      chapters: { url: 'https://a.example/c.json', type: 'yaml' },
      notes: ['<p>x</p>'],
      date: 'last Tuesday',
    });
    assert.deepEqual(result.manifest, {
      audio: [{ src: 'https://a.example/x.mp3' }],
      show: '1984',
      chapters: { url: 'https://a.example/c.json' },
    });
    assert.deepEqual(wheres(result), ['title', 'duration', 'transcript', 'chapters.type', 'notes', 'date']);
    assert.match(result.problems[3]!.message, /"yaml" is not a known chapters format \(json, psc-json, psc, vtt\)/);
  });

  it('treats empty template fields as not given', () => {
    const result = parseEpisodeManifest({ audio: 'https://a.example/x.mp3', title: '', artwork: null, transcript: ' ', date: '' });
    assert.deepEqual(result, { manifest: { audio: [{ src: 'https://a.example/x.mp3' }] }, problems: [] });
  });

  it('fails, with one fatal problem, without playable audio or without an object', () => {
    const cases: [unknown, string][] = [
      [{ title: 'No audio' }, 'audio'],
      [{ audio: [] }, 'audio'],
      [{ audio: ['javascript:x'] }, 'audio'],
      [[{ audio: 'https://a.example/x.mp3' }], 'file'],
      ['{ "audio": ', 'line 1'], // a JSON syntax error is located
      [null, 'file'],
      [42, 'file'],
    ];
    for (const [value, where] of cases) {
      const result = parseEpisodeManifest(value);
      assert.equal(result.manifest, undefined, JSON.stringify(value));
      const fatal = result.problems.filter((problem) => problem.fatal);
      assert.equal(fatal.length, 1, JSON.stringify(value));
      assert.equal(fatal[0]!.where, where);
    }
  });

  it('survives values no JSON holds: a BigInt, a cycle, a throwing getter', () => {
    const cycle: Record<string, unknown> = { audio: 'https://a.example/x.mp3' };
    cycle['title'] = cycle;
    assert.deepEqual(wheres(parseEpisodeManifest(cycle)), ['title']);
    assert.deepEqual(wheres(parseEpisodeManifest({ audio: 'https://a.example/x.mp3', duration: 10n })), ['duration']);
    const hostile = {
      get audio(): string {
        throw new Error('no');
      },
    };
    const result = parseEpisodeManifest(hostile);
    assert.equal(result.manifest, undefined);
    assert.equal(result.problems[0]!.fatal, true);
  });
});

describe('parseEpisodeManifest (properties)', () => {
  const keys = fc.constantFrom(
    'title',
    'show',
    'artwork',
    'audio',
    'duration',
    'transcript',
    'chapters',
    'notes',
    'date',
    'link',
    'src',
    'type',
    'url',
  );
  const leaf = fc.oneof(
    fc.string(),
    fc.constantFrom(
      'ep.mp3',
      'https://a.example/x.mp3',
      'javascript:alert(1)',
      '1:02:03',
      'WEBVTT\n',
      'audio/mpeg',
      'vtt',
      '2024-05-01',
      '',
    ),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
  );
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      leaf,
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(keys, tie('value'), { maxKeys: 6 }),
    ),
  })).value;

  it('never throws on random JSON, and what it returns is well formed', () => {
    fc.assert(
      fc.property(json, fc.constantFrom(undefined, BASE, 'not a url'), (value, base) => {
        for (const input of [value, JSON.stringify(value) ?? '']) {
          const result = parseEpisodeManifest(input, base);
          assert.ok(Array.isArray(result.problems));
          for (const problem of result.problems) {
            assert.equal(typeof problem.where, 'string');
            assert.ok(problem.message.length > 0);
            assert.doesNotMatch(problem.message, /could not be read/, 'plain JSON never reaches the safety net');
          }
          const { manifest } = result;
          assert.equal(
            manifest === undefined,
            result.problems.some((problem) => problem.fatal),
          );
          if (!manifest) continue;
          assert.ok(manifest.audio.length > 0);
          for (const source of manifest.audio) assert.match(source.src, /^https?:\/\//);
          if (manifest.link !== undefined) assert.match(manifest.link, /^https?:\/\//);
          if (manifest.artwork !== undefined) assert.match(manifest.artwork, /^(?:https?:\/\/|data:image\/(?:png|jpeg|gif|webp|avif)[;,])/);
          if (manifest.duration !== undefined) assert.ok(Number.isFinite(manifest.duration) && manifest.duration > 0);
          for (const resource of [manifest.transcript, manifest.chapters]) {
            if (resource && 'url' in resource) assert.match(resource.url, /^https?:\/\//);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = parseEpisodeManifest(text, BASE);
        assert.ok(result.manifest === undefined || result.manifest.audio.length > 0);
      }),
      { numRuns: 1000 },
    );
  });
});
