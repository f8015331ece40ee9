import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseEpisodeManifest } from '../../src/core/episode-manifest.js';

const BASE = 'https://blog.example.com/ep/manifest.json';

describe('parseEpisodeManifest: transcripts in several languages', () => {
  it('reads [{ url, type, language, rel }] with MIME types or format names, relative URLs resolved', () => {
    const result = parseEpisodeManifest(
      {
        audio: 'ep.mp3',
        transcripts: [
          { url: 'ep.en.json', type: 'application/json', language: 'en' },
          { url: 'ep.de.vtt', type: 'vtt', language: ' de-AT ', rel: 'captions' },
          'https://cdn.example.com/ep.srt',
        ],
      },
      BASE,
    );
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.manifest!.transcripts, [
      { url: 'https://blog.example.com/ep/ep.en.json', type: 'json', language: 'en' },
      { url: 'https://blog.example.com/ep/ep.de.vtt', type: 'vtt', language: 'de-AT', rel: 'captions' },
      { url: 'https://cdn.example.com/ep.srt' },
    ]);
  });

  it('skips entries without a web address and reports what it ignored, where', () => {
    const result = parseEpisodeManifest(
      {
        audio: 'ep.mp3',
        transcripts: [{ url: 'javascript:alert(1)' }, { type: 'vtt' }, { url: 'a.txt', type: 'text/pdf', language: 'English please' }],
      },
      BASE,
    );
    assert.deepEqual(result.manifest!.transcripts, [{ url: 'https://blog.example.com/ep/a.txt' }]);
    assert.deepEqual(
      result.problems.map((problem) => problem.where),
      ['transcripts[0].url', 'transcripts[1].url', 'transcripts[2].type', 'transcripts[2].language'],
    );
  });

  it('reports transcripts that are not a list, and leaves them out when none is usable', () => {
    const notList = parseEpisodeManifest({ audio: 'ep.mp3', transcripts: 'ep.vtt' }, BASE);
    assert.equal(notList.manifest!.transcripts, undefined);
    assert.deepEqual(
      notList.problems.map((problem) => problem.where),
      ['transcripts'],
    );
    assert.equal(parseEpisodeManifest({ audio: 'ep.mp3', transcripts: [] }, BASE).manifest!.transcripts, undefined);
  });
});
