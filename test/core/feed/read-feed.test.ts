import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readFeedEpisode } from '../../../src/core/feed/index.js';

const NAMESPACES =
  'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" ' +
  'xmlns:psc="http://podlove.org/simple-chapters" xmlns:content="http://purl.org/rss/1.0/modules/content/" ' +
  'xmlns:atom="http://www.w3.org/2005/Atom"';

const URL = 'https://feeds.example.com/show/feed.xml';

/** A feed around the given channel elements and items. */
function feed(items: string[], channel = '<title>The Show</title><language>en</language>'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" ${NAMESPACES}>\n<channel>\n${channel}\n${items.join('\n')}\n</channel>\n</rss>\n`;
}

const item = (inside: string, audio = '<enclosure url="https://cdn.example.com/ep.mp3" type="audio/mpeg" length="1"/>'): string =>
  `<item>${audio}${inside}</item>`;

const read = (text: string, item?: string) => readFeedEpisode(text, item === undefined ? { url: URL } : { url: URL, item });
const codes = (result: { problems: { code: string }[] }) => result.problems.map((problem) => problem.code);

describe('readFeedEpisode: which episode', () => {
  const episodes = feed([
    item('<title>Two</title><guid>g2</guid><itunes:episode>2</itunes:episode><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>'),
    item('<title>Three</title><guid>g3</guid><itunes:episode>3</itunes:episode><pubDate>Wed, 03 Jan 2024 10:00:00 GMT</pubDate>'),
    item('<title>One</title><guid>7</guid><itunes:episode>1</itunes:episode><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate>'),
    item('<title>Four, no audio yet</title><guid>g4</guid><pubDate>Thu, 04 Jan 2024 10:00:00 GMT</pubDate>', ''),
  ]);

  it('lists every item, in the order of the file', () => {
    const result = read(episodes);
    assert.deepEqual(
      result.items.map((entry) => [entry.index, entry.guid, entry.episode, entry.title, entry.playable]),
      [
        [0, 'g2', 2, 'Two', true],
        [1, 'g3', 3, 'Three', true],
        [2, '7', 1, 'One', true],
        [3, 'g4', undefined, 'Four, no audio yet', false],
      ],
    );
    assert.deepEqual(
      result.items.map((entry) => entry.line),
      [5, 6, 7, 8],
    );
  });

  it('plays the newest with audio by default and for "latest", whatever the order of the file', () => {
    assert.equal(read(episodes).manifest!.title, 'Three');
    assert.equal(read(episodes, 'latest').manifest!.title, 'Three');
    assert.equal(read(episodes, ' LATEST ').chosen, 1);
  });

  it('without dates, plays the first with audio', () => {
    const undated = feed([item('<title>A</title>', ''), item('<title>B</title>'), item('<title>C</title>')]);
    assert.equal(read(undated).manifest!.title, 'B');
  });

  it('finds an episode by guid, then by itunes:episode number', () => {
    assert.equal(read(episodes, 'g2').manifest!.title, 'Two');
    assert.equal(read(episodes, '1').manifest!.title, 'One');
    // A guid that is a number wins over an episode number.
    assert.equal(read(episodes, '7').manifest!.title, 'One');
    assert.equal(read(feed([item('<title>P</title><podcast:episode>12</podcast:episode>')]), '12').manifest!.title, 'P');
  });

  it('says which item was not found, among how many', () => {
    const result = read(episodes, 'g9');
    assert.equal(result.manifest, undefined);
    assert.deepEqual(result.problems, [
      { code: 'feed-item-not-found', params: { item: { kind: 'text', text: '"g9"' }, count: 4 }, fatal: true },
    ]);
  });

  it('says so when the chosen episode has no audio', () => {
    const result = read(episodes, 'g4');
    assert.equal(result.manifest, undefined);
    assert.deepEqual(result.problems, [
      { code: 'feed-item-no-audio', params: { title: 'Four, no audio yet' }, line: 8, column: 1, fatal: true },
    ]);
  });

  it('does not count a live item as an episode', () => {
    const live = feed(
      [item('<title>Recorded</title>')],
      '<title>S</title><podcast:liveItem status="live"><title>Live now</title><enclosure url="https://x.example/live" type="audio/mpeg"/></podcast:liveItem>',
    );
    const result = read(live);
    assert.deepEqual(
      result.items.map((entry) => entry.title),
      ['Recorded'],
    );
    assert.equal(result.manifest!.title, 'Recorded');
  });
});

describe('readFeedEpisode: what an item gives', () => {
  it('reads a full Podcasting 2.0 item into the episode model', () => {
    const result = read(
      feed(
        [
          item(`
            <title>  Episode   12 </title>
            <link>https://show.example.com/12</link>
            <guid isPermaLink="false">ep-12</guid>
            <pubDate>Fri, 09 Oct 2020 04:30:38 GMT</pubDate>
            <itunes:image href="art/12.jpg"/>
            <itunes:duration>1:02:03</itunes:duration>
            <podcast:transcript url="12.json" type="application/json"/>
            <podcast:transcript url="12.de.vtt" type="text/vtt" language="de" rel="captions"/>
            <podcast:chapters url="12.chapters.json" type="application/json+chapters"/>
            <description>&lt;p&gt;Short&lt;/p&gt;</description>
            <content:encoded><![CDATA[<p>Long <a href="https://x.example">notes</a></p>]]></content:encoded>`),
        ],
        '<title>The Show</title><language>en-GB</language><itunes:image href="https://show.example.com/cover.png"/>',
      ),
    );
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.manifest, {
      audio: [{ src: 'https://cdn.example.com/ep.mp3', type: 'audio/mpeg' }],
      title: 'Episode 12',
      show: 'The Show',
      artwork: 'https://feeds.example.com/show/art/12.jpg',
      duration: 3723,
      transcripts: [
        { url: 'https://feeds.example.com/show/12.json', type: 'json', language: 'en-GB' },
        { url: 'https://feeds.example.com/show/12.de.vtt', type: 'vtt', language: 'de', rel: 'captions' },
      ],
      chapters: { url: 'https://feeds.example.com/show/12.chapters.json', type: 'json' },
      notes: '<p>Long <a href="https://x.example">notes</a></p>',
      date: 'Fri, 09 Oct 2020 04:30:38 GMT',
      link: 'https://show.example.com/12',
    });
  });

  it('offers the alternate enclosures after the enclosure: web addresses only, each once, no video beside audio', () => {
    const result = read(
      feed([
        item(`
          <podcast:alternateEnclosure type="audio/mpeg" default="true">
            <podcast:source uri="https://cdn.example.com/ep.mp3"/><podcast:source uri="ipfs://Qm123"/>
          </podcast:alternateEnclosure>
          <podcast:alternateEnclosure type="audio/opus"><podcast:source uri="https://cdn.example.com/ep.opus"/></podcast:alternateEnclosure>
          <podcast:alternateEnclosure type="video/mp4"><podcast:source uri="https://cdn.example.com/ep.mp4"/></podcast:alternateEnclosure>
          <podcast:alternateEnclosure type="audio/aac"><podcast:source uri="https://cdn.example.com/ep.m4a" contentType="audio/mp4"/></podcast:alternateEnclosure>`),
      ]),
    );
    assert.deepEqual(result.manifest!.audio, [
      { src: 'https://cdn.example.com/ep.mp3', type: 'audio/mpeg' },
      { src: 'https://cdn.example.com/ep.opus', type: 'audio/opus' },
      { src: 'https://cdn.example.com/ep.m4a', type: 'audio/mp4' },
    ]);
  });

  it('plays an alternate enclosure when there is no enclosure, and a video when nothing else', () => {
    const onlyAlternate = item(
      '<podcast:alternateEnclosure type="audio/opus"><podcast:source uri="a.opus"/></podcast:alternateEnclosure>',
      '',
    );
    assert.deepEqual(read(feed([onlyAlternate])).manifest!.audio, [{ src: 'https://feeds.example.com/show/a.opus', type: 'audio/opus' }]);
    const video = item('<enclosure url="https://cdn.example.com/ep.mp4" type="video/mp4"/>', '');
    assert.deepEqual(read(feed([video])).manifest!.audio, [{ src: 'https://cdn.example.com/ep.mp4', type: 'video/mp4' }]);
  });

  it('reports an enclosure that is not a web address, where it is', () => {
    const result = read(feed([item('<title>Bad</title>', '<enclosure url="javascript:alert(1)" type="audio/mpeg"/>')]));
    assert.deepEqual(codes(result), ['url-unusable', 'feed-item-no-audio']);
    assert.deepEqual(result.problems[0], {
      code: 'url-unusable',
      params: { field: 'enclosure', value: { kind: 'text', text: '"javascript:alert(1)"' } },
      line: 5,
      column: 7,
    });
  });

  it("takes the show's artwork when the item has none: itunes:image, else the RSS image", () => {
    const withItunes = feed(
      [item('')],
      '<title>S</title><image><url>https://x.example/rss.png</url></image><itunes:image href="https://x.example/it.png"/>',
    );
    assert.equal(read(withItunes).manifest!.artwork, 'https://x.example/it.png');
    const rssOnly = feed([item('')], '<title>S</title><image><url>https://x.example/rss.png</url></image>');
    assert.equal(read(rssOnly).manifest!.artwork, 'https://x.example/rss.png');
    const asText = feed([item('<itunes:image>https://x.example/text.png</itunes:image>')]);
    assert.equal(read(asText).manifest!.artwork, 'https://x.example/text.png');
  });

  it('reports artwork that is not a web address and falls back to the next', () => {
    const result = read(
      feed([item('<itunes:image href="javascript:x"/>')], '<title>S</title><itunes:image href="https://x.example/show.png"/>'),
    );
    assert.equal(result.manifest!.artwork, 'https://x.example/show.png');
    assert.deepEqual(codes(result), ['url-unusable']);
  });

  it('reads itunes:duration as seconds or a clock, ignores a zero and reports what it cannot read', () => {
    const duration = (value: string) => read(feed([item(`<itunes:duration>${value}</itunes:duration>`)]));
    assert.equal(duration('3665').manifest!.duration, 3665);
    assert.equal(duration('61:05').manifest!.duration, 3665);
    assert.equal(duration('01:01:05').manifest!.duration, 3665);
    assert.equal(duration('0').manifest!.duration, undefined);
    assert.deepEqual(duration('0').problems, []);
    const bad = duration('about an hour');
    assert.equal(bad.manifest!.duration, undefined);
    assert.deepEqual(codes(bad), ['value-unusable']);
  });

  it('keeps every transcript, in the language of the show unless it names its own', () => {
    const result = read(
      feed(
        [
          item(`
            <podcast:transcript url="a.srt" type="application/x-subrip"/>
            <podcast:transcript url="a.srt2" type="application/srt" language="EN"/>
            <podcast:transcript url="a.html" type="text/html" language="fr"/>
            <podcast:transcript url="a.pdf" type="application/pdf"/>
            <podcast:transcript url="javascript:alert(1)" type="text/vtt"/>`),
        ],
        '<title>S</title><language>de-AT</language>',
      ),
    );
    assert.deepEqual(result.manifest!.transcripts, [
      { url: 'https://feeds.example.com/show/a.srt', type: 'srt', language: 'de-AT' },
      { url: 'https://feeds.example.com/show/a.srt2', type: 'srt', language: 'EN' },
      { url: 'https://feeds.example.com/show/a.html', type: 'html', language: 'fr' },
      { url: 'https://feeds.example.com/show/a.pdf', language: 'de-AT' },
    ]);
    assert.deepEqual(codes(result), ['feed-transcript-type-unknown', 'url-unusable']);
  });

  it('reads Podlove Simple Chapters inline in every Normal Play Time form, before a chapters file', () => {
    const result = read(
      feed([
        item(`
          <podcast:chapters url="ch.json" type="application/json+chapters"/>
          <psc:chapters version="1.2">
            <psc:chapter start="0" title="Introduction"/>
            <psc:chapter start="01" title="Chapter II"/>
            <psc:chapter start="01:02" title="With Link" href="http://example.com/"/>
            <psc:chapter start="01:02:03" title="With Image" image="img/2.png"/>
            <psc:chapter start="01:02:03.400" title="Everything" href="https://x.example/psc" image="https://x.example/3.png"/>
          </psc:chapters>`),
      ]),
    );
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.manifest!.chapters, {
      data: [
        { start: 0, title: 'Introduction', toc: true },
        { start: 1, title: 'Chapter II', toc: true },
        { start: 62, title: 'With Link', toc: true, link: 'http://example.com/' },
        { start: 3723, title: 'With Image', toc: true, image: 'https://feeds.example.com/show/img/2.png' },
        { start: 3723.4, title: 'Everything', toc: true, image: 'https://x.example/3.png', link: 'https://x.example/psc' },
      ],
    });
  });

  it('finds Simple Chapters under any prefix bound to their namespace, and reports a chapter without a time', () => {
    const result = read(
      feed([
        item(`
          <sc:chapters xmlns:sc="http://podlove.org/simple-chapters">
            <sc:chapter start="0:30" title="Half a minute"/>
            <sc:chapter title="No start"/>
            <sc:chapter start="soon" title="Not a time"/>
          </sc:chapters>`),
      ]),
    );
    assert.deepEqual(result.manifest!.chapters, { data: [{ start: 30, title: 'Half a minute', toc: true }] });
    assert.deepEqual(
      result.problems.map((problem) => [problem.code, problem.line]),
      [
        ['field-missing', 8],
        ['field-not-time', 9],
      ],
    );
  });

  it('takes content:encoded, else description, else itunes:summary as notes; escaped, CDATA or written as markup', () => {
    const notes = (inside: string) => read(feed([item(inside)])).manifest!.notes;
    assert.equal(notes('<description>&lt;p&gt;Escaped &amp;amp; fine&lt;/p&gt;</description>'), '<p>Escaped &amp; fine</p>');
    assert.equal(notes('<itunes:summary>Plain text</itunes:summary>'), 'Plain text');
    assert.equal(notes('<description><![CDATA[ <p>CDATA</p> ]]></description>'), '<p>CDATA</p>');
    assert.equal(notes('<description><p>Inline <b>XHTML</b> &amp; more</p></description>'), '<p>Inline <b>XHTML</b> &amp; more</p>');
    assert.equal(notes('<description>   </description><itunes:summary>Fallback</itunes:summary>'), 'Fallback');
  });

  it('reports a date it cannot read, and a link that is not a web address', () => {
    const result = read(feed([item('<pubDate>yesterday</pubDate><link>ftp://x.example/</link>')]));
    assert.equal(result.manifest!.date, undefined);
    assert.equal(result.manifest!.link, undefined);
    assert.deepEqual(codes(result), ['value-unusable', 'url-unusable']);
  });

  it('resolves relative addresses against the feed, else against its atom:link rel="self"', () => {
    const text = feed(
      [item('', '<enclosure url="../audio/ep.mp3"/>')],
      '<title>S</title><atom:link rel="self" href="https://self.example/feeds/x.xml"/>',
    );
    assert.equal(read(text).manifest!.audio[0]!.src, 'https://feeds.example.com/audio/ep.mp3');
    assert.equal(readFeedEpisode(text).manifest!.audio[0]!.src, 'https://self.example/audio/ep.mp3');
  });

  it('reads elements whose prefixes were never declared', () => {
    const text =
      '<rss><channel><title>P</title><item><title>E</title><itunes:episodeType>trailer</itunes:episodeType>' +
      '<enclosure url="http://example.org/example.mp3"/><podcast:transcript type="text/plain" url="https://example.com/t.txt"/></item></channel></rss>';
    const result = readFeedEpisode(text);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.manifest!.transcripts, [{ url: 'https://example.com/t.txt', type: 'text' }]);
  });
});

describe('readFeedEpisode: what is not a feed', () => {
  it('refuses a feed that is not well-formed, with line and column, and reads no episode from it', () => {
    const text = feed([item('<title>One</title>'), item('<title>Two</p>')]);
    const result = read(text);
    assert.equal(result.manifest, undefined);
    assert.deepEqual(result.items, []);
    assert.deepEqual(result.problems, [
      {
        code: 'xml-mismatched-tag',
        params: { expected: 'title', found: 'p', openedAtLine: 6 },
        line: 6,
        column: 95,
        fatal: true,
      },
    ]);
  });

  it('refuses every cut of a feed: a download cut short never passes for a shorter feed', () => {
    const text = feed([item('<title>One</title>'), item('<title>Two</title>'), item('<title>Three</title>')]);
    const end = text.lastIndexOf('</rss>') + '</rss>'.length;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: end - 1 }), (cut) => {
        const result = read(text.slice(0, cut));
        assert.equal(result.manifest, undefined);
        assert.ok(result.problems.some((problem) => problem.fatal));
      }),
      { numRuns: 300 },
    );
  });

  it('names what it got instead: Atom, a web page, a feed without episodes', () => {
    assert.deepEqual(read('<feed xmlns="http://www.w3.org/2005/Atom"><entry/></feed>').problems, [
      { code: 'feed-not-rss', params: { root: 'feed' }, line: 1, column: 1, fatal: true },
    ]);
    assert.deepEqual(codes(read('<html><body><p>Moved</p></body></html>')), ['feed-not-rss']);
    assert.deepEqual(codes(read(feed([]))), ['feed-no-items']);
    assert.deepEqual(codes(read('<rss version="2.0"/>')), ['feed-no-items']);
  });

  it("reports an entity slip in the chosen episode or the channel, not in another episode's", () => {
    const text = feed(
      [item('<title>One &bogus;</title><guid>1</guid>'), item('<title>Two</title><guid>2</guid>')],
      '<title>S &amp c</title>',
    );
    assert.deepEqual(
      read(text, '1').problems.map((problem) => [problem.code, problem.line]),
      [
        ['xml-bare-ampersand', 4],
        ['xml-undefined-entity', 5],
      ],
    );
    assert.deepEqual(
      read(text, '2').problems.map((problem) => [problem.code, problem.line]),
      [['xml-bare-ampersand', 4]],
    );
    assert.equal(read(text, '1').manifest!.title, 'One &bogus;');
  });
});

describe('readFeedEpisode never throws', () => {
  const pieces = fc.constantFrom(
    '<rss>',
    '</rss>',
    '<channel>',
    '</channel>',
    '<item>',
    '</item>',
    '<title>T</title>',
    '<enclosure url="https://x.example/a.mp3"/>',
    '<enclosure url="javascript:1"/>',
    '<enclosure/>',
    '<guid>g</guid>',
    '<itunes:episode>3</itunes:episode>',
    '<itunes:duration>x</itunes:duration>',
    '<podcast:transcript url="t.vtt" type="text/vtt"/>',
    '<podcast:transcript/>',
    '<podcast:chapters url="c.json"/>',
    '<psc:chapters>',
    '</psc:chapters>',
    '<psc:chapter start="1:02" title="c"/>',
    '<psc:chapter start="-1"/>',
    '<podcast:alternateEnclosure type="audio/opus"><podcast:source uri="https://x.example/a.opus"/></podcast:alternateEnclosure>',
    '<description><![CDATA[<p>n</p>]]></description>',
    '<description><p>x</p></description>',
    '<pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate>',
    '<pubDate>no</pubDate>',
    '&bogus;',
    '&',
    'text',
  );

  it('on feed-like pieces, with any item selector', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.option(fc.string({ maxLength: 5 })), (parts, selector) => {
        const result = readFeedEpisode(parts.join(''), selector === null ? {} : { item: selector });
        assert.ok(result.manifest !== undefined || result.problems.some((problem) => problem.fatal));
        if (result.manifest) assert.ok(result.manifest.audio.length > 0);
      }),
      { numRuns: 3000 },
    );
  });

  it('on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        readFeedEpisode(text, { url: 'not a url' });
      }),
      { numRuns: 1000 },
    );
  });
});
