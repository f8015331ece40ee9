/**
 * Writes the feed and chapter fixtures in test/fixtures/ from the 10-second tone:
 *
 * - tone-10s-chapters-v23.mp3: the tone behind an ID3v2.3 tag (UTF-16 titles, a PNG
 *   picture, a CTOC) — and tone-10s-chapters-v24.mp3, ID3v2.4 (UTF-8, links, the CTOC
 *   in another order than the frames);
 * - tone-10s.feed.xml: a feed naming the tone, its transcripts and chapters, relatively;
 *   tone-10s.feed-cut.xml: the same feed cut off in its second item;
 * - tone-10s.feed-languages.xml: one episode with transcripts in English (JSON), German
 *   (tone-10s.transcript.de.vtt) and Spanish (a file that is not there, to fall back from).
 *
 * No audio tools needed; run after make-test-fixtures.ts changes the tone:
 *
 *   npx tsx scripts/make-feed-fixtures.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { concat, id3Tag, PNG_1X1, type ChapterSpec } from './id3-tag-writer.js';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures');
const tone = readFileSync(join(OUT, 'tone-10s.mp3'));

const CHAPTERS: ChapterSpec[] = [
  { id: 'chp0', startMs: 0, endMs: 2500, title: 'Anfang – Ä', image: { mime: 'image/png', bytes: PNG_1X1, description: 'Bild' } },
  { id: 'chp1', startMs: 2500, endMs: 5000, title: 'Zweites Kapitel', link: 'https://example.com/zwei' },
  { id: 'chp2', startMs: 5000, endMs: 7500, title: 'Drittes' },
  { id: 'chp3', startMs: 7500, endMs: 10000, title: 'Ende ✓', link: 'notes.html#ende' },
];

function write(name: string, bytes: Uint8Array | string): void {
  writeFileSync(join(OUT, name), bytes);
  console.log(`${name}: ${typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length} bytes`);
}

const v23 = id3Tag({ version: 3, encoding: 1, chapters: CHAPTERS, padding: 64 });
write('tone-10s-chapters-v23.mp3', concat(v23, tone));
const v24 = id3Tag({ version: 4, encoding: 3, chapters: CHAPTERS, toc: ['chp0', 'chp2', 'chp1', 'chp3'] });
write('tone-10s-chapters-v24.mp3', concat(v24, tone));

const feed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0">
  <channel>
    <title>Tone Tests</title>
    <language>en</language>
    <itunes:image href="cover.png"/>
    <item>
      <title>Ten seconds of tone</title>
      <guid isPermaLink="false">tone-10s</guid>
      <itunes:episode>2</itunes:episode>
      <pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>
      <itunes:duration>0:10</itunes:duration>
      <enclosure url="tone-10s.mp3" type="audio/mpeg" length="${tone.length}"/>
      <podcast:transcript url="tone-10s.transcript.txt" type="text/plain" language="de"/>
      <podcast:transcript url="tone-10s.transcript.json" type="application/json"/>
      <podcast:chapters url="tone-10s.chapters.json" type="application/json+chapters"/>
      <description>&lt;p&gt;A tone for tests &amp;amp; nothing else.&lt;/p&gt;</description>
    </item>
    <item>
      <title>The same tone, with chapters inside</title>
      <guid isPermaLink="false">tone-10s-chapters</guid>
      <itunes:episode>1</itunes:episode>
      <pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate>
      <enclosure url="tone-10s-chapters-v24.mp3" type="audio/mpeg" length="${v24.length + tone.length}"/>
    </item>
  </channel>
</rss>
`;
write('tone-10s.feed.xml', feed);
write('tone-10s.feed-cut.xml', feed.slice(0, feed.indexOf('<enclosure url="tone-10s-chapters-v24.mp3"')));

const german = `WEBVTT

00:00:00.000 --> 00:00:02.000
<v Ada>Zeile eins.

00:00:02.000 --> 00:00:04.000
<v Grace>Zeile zwei.

00:00:04.000 --> 00:00:06.000
<v Ada>Zeile drei.

00:00:06.000 --> 00:00:08.000
<v Grace>Zeile vier.

00:00:08.000 --> 00:00:10.000
<v Ada>Zeile fünf.
`;
write('tone-10s.transcript.de.vtt', german);

write(
  'tone-10s.feed-languages.xml',
  `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0">
  <channel>
    <title>Tone Tests</title>
    <language>en</language>
    <item>
      <title>Ten seconds of tone, in three languages</title>
      <guid isPermaLink="false">tone-10s-languages</guid>
      <enclosure url="tone-10s.mp3" type="audio/mpeg" length="${tone.length}"/>
      <podcast:transcript url="tone-10s.transcript.json" type="application/json" language="en"/>
      <podcast:transcript url="tone-10s.transcript.de.vtt" type="text/vtt" language="de"/>
      <podcast:transcript url="missing.es.vtt" type="text/vtt" language="es"/>
      <podcast:chapters url="tone-10s.chapters.json" type="application/json+chapters"/>
    </item>
  </channel>
</rss>
`,
);
