/**
 * The six real feeds in ../shared/formats/feeds/ (see SOURCES.md there), read where they
 * are: never copied into the repository. Skipped, saying so, where the folder is missing.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { chooseTranscript } from '../../../src/core/choose-transcript.js';
import { readFeedEpisode } from '../../../src/core/feed/index.js';
import { parseXml } from '../../../src/core/feed/xml-reader.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const dir = [join(repoRoot, '..', 'shared', 'formats', 'feeds'), '/work/shared/formats/feeds'].find((candidate) => existsSync(candidate));
const skip = dir ? false : 'the real feeds (../shared/formats/feeds) are not here';
if (!dir) console.log(`real feeds: skipped, ${skip as string}`);
const text = (file: string): string => readFileSync(join(dir!, file), 'utf8');
const URL_OF = 'https://feeds.example.com/feed.xml';

describe('real feeds', { skip }, () => {
  it('reads all six: five episodes, and the one feed without audio says so', () => {
    const files = readdirSync(dir!).filter((file) => file.endsWith('.xml'));
    assert.equal(files.length, 6);
    for (const file of files) {
      const result = readFeedEpisode(text(file), { url: URL_OF });
      const fatal = result.problems.filter((problem) => problem.fatal).map((problem) => problem.code);
      assert.deepEqual(fatal, file === 'podcastparser-psc-chapters.xml' ? ['feed-item-no-audio'] : [], file);
    }
  });

  it('Podcasting 2.0 example: three episodes (not the live item), transcripts in two languages, alternate enclosures', () => {
    const result = readFeedEpisode(text('podcastindex-example.xml'));
    assert.deepEqual(
      result.items.map((item) => item.title),
      ['Episode 3 - The Future', 'Episode 2 - The Present', 'Episode 1 - The Past'],
    );
    const { manifest } = result;
    assert.equal(manifest!.title, 'Episode 3 - The Future');
    assert.equal(manifest!.show, 'Podcasting 2.0 Namespace Example');
    assert.equal(manifest!.artwork, 'https://example.com/ep0003/artMd.jpg');
    assert.equal(manifest!.notes, '<p>A look into the future of podcasting and how we get to Podcasting 2.0!</p>');
    assert.deepEqual(
      manifest!.audio.map((source) => source.src),
      [
        'https://example.com/file-03.mp3',
        'https://example.com/file-high-03.opus',
        'https://example.com/file-proprietary-03.aac',
        'https://example.com/file-low-03.opus',
      ],
    );
    assert.deepEqual(manifest!.transcripts, [
      { url: 'https://example.com/ep3/transcript.txt', type: 'text', language: 'en-US' },
      { url: 'https://example.com/episode1/transcript.vtt', type: 'vtt', language: 'es', rel: 'captions' },
    ]);
    assert.deepEqual(manifest!.chapters, { url: 'https://example.com/ep3_chapters.json', type: 'json' });
    const forSpanish = chooseTranscript(manifest!.transcripts, ['es-MX', 'en']);
    assert.equal(forSpanish.chosen!.language, 'es');
    assert.deepEqual(
      forSpanish.languages.map((ref) => ref.language),
      ['es', 'en-US'],
    );
    assert.equal(chooseTranscript(manifest!.transcripts, ['en']).chosen!.type, 'text');
    assert.equal(readFeedEpisode(text('podcastindex-example.xml'), { item: '1' }).manifest!.title, 'Episode 1 - The Past');
  });

  it('The Mike Neumann Show: 54 episodes under the old namespace URI, captions in SRT and VTT', () => {
    const result = readFeedEpisode(text('partytime-themnshow.xml'));
    assert.equal(result.items.length, 54);
    assert.deepEqual(result.problems, []);
    const { manifest } = result;
    assert.match(manifest!.audio[0]!.src, /^https:\/\/op3\.dev\/e,pg=/);
    assert.ok(manifest!.notes!.startsWith('<h2>Episode 54: Social Media</h2>'));
    const withVtt = result.items.findIndex((_, index) =>
      readFeedEpisode(text('partytime-themnshow.xml'), { item: result.items[index]!.guid! }).manifest!.transcripts?.some(
        (ref) => ref.type === 'vtt',
      ),
    );
    assert.ok(withVtt >= 0, 'some episode has a VTT transcript');
    const both = readFeedEpisode(text('partytime-themnshow.xml'), { item: result.items[withVtt]!.guid! }).manifest!.transcripts!;
    assert.equal(chooseTranscript(both, ['en-US']).chosen!.type, 'vtt');
    assert.equal(chooseTranscript(both, ['en-US']).chosen!.language, 'EN');
  });

  it('Chaosradio (Podlove Publisher): 19 inline chapters with umlauts, HTML notes, transcripts in the show language', () => {
    const { manifest, problems } = readFeedEpisode(text('newsagain-chaosradio.xml'));
    assert.deepEqual(problems, []);
    const chapters = (manifest!.chapters as { data: { start: number; title: string }[] }).data;
    assert.equal(chapters.length, 19);
    assert.deepEqual(chapters[1], { start: 1128.463, title: 'Diskussion über die Zunahme und Auswertung von Daten', toc: true });
    assert.equal(chapters[18]!.title, 'Outro: Systemabsturz - Verdächtig');
    assert.equal(manifest!.artwork, 'https://chaosradio.de/wp-content/uploads/2018/10/Cover-1.png');
    assert.equal(manifest!.duration, 6425);
    assert.ok(manifest!.notes!.startsWith('<strong>CR291:'));
    assert.deepEqual(manifest!.transcripts, [
      { url: 'https://chaosradio.de/cr291-vorratsdatenspeicherung?podlove_transcript=webvtt', type: 'vtt', language: 'de-DE' },
      { url: 'https://chaosradio.de/cr291-vorratsdatenspeicherung?podlove_transcript=json_podcastindex', type: 'json', language: 'de-DE' },
    ]);
    assert.equal(chooseTranscript(manifest!.transcripts, ['de']).chosen!.type, 'json');
  });

  it('gPodder chapters test: every Normal Play Time form of start (with an enclosure added in memory)', () => {
    const source = text('podcastparser-psc-chapters.xml').replace('<guid>', '<enclosure url="https://x.example/e.mp3"/><guid>');
    const chapters = (readFeedEpisode(source).manifest!.chapters as { data: { start: number; link?: string; image?: string }[] }).data;
    assert.deepEqual(
      chapters.map((chapter) => chapter.start),
      [0, 1, 62, 3723, 3723.4],
    );
    assert.equal(chapters[2]!.link, 'http://example.com/');
    assert.equal(chapters[3]!.image, 'http://example.org/image.png');
  });

  it('gPodder unbound prefixes: itunes: and podcast: never declared, read all the same', () => {
    const { manifest, problems } = readFeedEpisode(text('podcastparser-unbound-prefix.xml'));
    assert.deepEqual(problems, []);
    assert.deepEqual(manifest!.transcripts, [{ url: 'https://example.com/1/transcript.txt', type: 'text' }]);
  });

  it('No Agenda: all 29 episodes read past the undefined entity, which is reported in its own episode only', () => {
    const source = text('partytime-no-agenda-bad-entity.xml');
    assert.deepEqual(parseXml(source).problems, [{ code: 'xml-undefined-entity', params: { entity: '&gtgt;' }, line: 2761, column: 12 }]);
    const newest = readFeedEpisode(source);
    assert.equal(newest.items.length, 29);
    assert.deepEqual(newest.problems, []);
    assert.equal(newest.items[28]!.title, '1365: "Vaccine Poverty"');
    const slipped = readFeedEpisode(source, { item: 'http://1374.noagendanotes.com' });
    assert.deepEqual(slipped.problems, [{ code: 'xml-undefined-entity', params: { entity: '&gtgt;' }, line: 2761, column: 12 }]);
    for (const item of newest.items) {
      const { manifest } = readFeedEpisode(source, { item: item.guid! });
      assert.ok(manifest!.chapters && 'url' in manifest!.chapters, item.title ?? '');
      assert.equal(manifest!.transcripts![0]!.type, 'srt', item.title ?? '');
    }
  });
});
