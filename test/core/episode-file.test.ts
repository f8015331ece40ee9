import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { episodeFile, episodeFileText } from '../../src/core/episode-file.js';
import { parseEpisodeManifest, type EpisodeManifest } from '../../src/core/episode-manifest.js';
import { parseChapters } from '../../src/core/formats/index.js';

const manifest: EpisodeManifest = {
  title: 'Episode 12',
  show: 'The Show',
  artwork: 'https://x.example/art.png',
  audio: [
    { src: 'https://x.example/ep.mp3', type: 'audio/mpeg' },
    { src: 'https://x.example/ep.opus', type: 'audio/opus' },
  ],
  duration: 3723.4,
  transcripts: [
    { url: 'https://x.example/ep.json', type: 'json', language: 'en' },
    { url: 'https://x.example/ep.de.vtt', type: 'vtt', language: 'de', rel: 'captions' },
  ],
  chapters: {
    data: [
      { start: 0, title: 'Intro', toc: true, image: 'https://x.example/1.png' },
      { start: 62.5, end: 70, title: 'Link', toc: true, link: 'https://x.example/' },
      { start: 80, title: 'Hidden', toc: false },
    ],
  },
  notes: '<p>Notes</p><script>x</script>',
  date: 'Fri, 09 Oct 2020 04:30:38 GMT',
  link: 'https://x.example/12',
};

describe('episodeFile', () => {
  it('writes inline chapters as Podcasting 2.0 JSON chapters', () => {
    assert.deepEqual(episodeFile(manifest)['chapters'], {
      version: '1.2.0',
      chapters: [
        { startTime: 0, title: 'Intro', img: 'https://x.example/1.png' },
        { startTime: 62.5, endTime: 70, title: 'Link', url: 'https://x.example/' },
        { startTime: 80, title: 'Hidden', toc: false },
      ],
    });
  });

  it('is read back by the player as the same episode: the feed path and the file path are one model', () => {
    const text = episodeFileText(manifest);
    const read = parseEpisodeManifest(text, 'https://site.example/ep.json');
    assert.deepEqual(read.problems, []);
    const { chapters, ...rest } = read.manifest!;
    const { chapters: written, ...expected } = manifest;
    assert.deepEqual(rest, expected);
    assert.ok(chapters && 'data' in chapters);
    const parsed = parseChapters(JSON.stringify(chapters.data));
    assert.deepEqual(parsed.items, (written as { data: unknown }).data);
  });

  it('escapes "</" so the text can sit in a <script type="application/json">', () => {
    const text = episodeFileText(manifest);
    assert.ok(!text.includes('</'));
    assert.equal((JSON.parse(text) as { notes: string }).notes, manifest.notes);
  });

  it('writes one plain source as a plain URL, and URL resources with their type', () => {
    const file = episodeFile({
      audio: [{ src: 'https://x.example/a.mp3' }],
      chapters: { url: 'https://x.example/c.json', type: 'json' },
      transcript: { url: 'https://x.example/t.vtt' },
    });
    assert.deepEqual(file, {
      audio: 'https://x.example/a.mp3',
      transcript: 'https://x.example/t.vtt',
      chapters: { url: 'https://x.example/c.json', type: 'json' },
    });
  });
});
