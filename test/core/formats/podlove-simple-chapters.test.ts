import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePodloveSimpleChapters } from '../../../src/core/formats/podlove-simple-chapters.js';
import { inEnglish } from '../in-english.js';

describe('parsePodloveSimpleChapters', () => {
  it('reads the spec example inside an RSS item, with NPT times', () => {
    const rss = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><item>
  <title>Fiat Lux</title>
  <psc:chapters version="1.2" xmlns:psc="http://podlove.org/simple-chapters">
    <psc:chapter start="0" title="Welcome" />
    <psc:chapter start="3:07" title="Introducing Podlove" href="http://podlove.org/" />
    <psc:chapter start="8:26.250" title="Podlove WordPress Plugin" image="http://podlove.org/p.jpg"/>
    <psc:chapter start="05:12:03.5" title="Resum&#233;e &amp; more" />
    <psc:chapter start="37" title='Seconds only'/>
  </psc:chapters>
</item></channel></rss>`;
    assert.deepEqual(parsePodloveSimpleChapters(rss), {
      items: [
        { start: 0, title: 'Welcome', toc: true },
        { start: 187, title: 'Introducing Podlove', link: 'http://podlove.org/', toc: true },
        { start: 506.25, title: 'Podlove WordPress Plugin', image: 'http://podlove.org/p.jpg', toc: true },
        { start: 18723.5, title: 'Resumée & more', toc: true },
        { start: 37, title: 'Seconds only', toc: true },
      ],
      problems: [],
    });
  });

  it('reads any prefix, only the first chapters block, and reports bad starts by line', () => {
    const xml =
      '<sc:chapters>\n<sc:chapter start="1:00" title="One"/>\n<sc:chapter start="soon" title="Bad"/>\n<sc:chapter title="None" href="javascript:alert(1)"/>\n</sc:chapters>\n<sc:chapters><sc:chapter start="9:00" title="Other item"/></sc:chapters>';
    const { items, problems } = parsePodloveSimpleChapters(xml);
    assert.deepEqual(items, [{ start: 60, title: 'One', toc: true }]);
    assert.deepEqual(
      inEnglish(problems).map((p) => p.where),
      ['line 3', 'line 4'],
    );
  });

  it('reads un-prefixed chapters without a chapters wrapper', () => {
    assert.deepEqual(parsePodloveSimpleChapters('<chapter start="00:00:10" title="Ten"/>').items, [{ start: 10, title: 'Ten', toc: true }]);
  });

  it('is fatal when there is no chapter', () => {
    assert.equal(parsePodloveSimpleChapters('<psc:chapters version="1.2"></psc:chapters>').problems[0]!.fatal, true);
  });
});
