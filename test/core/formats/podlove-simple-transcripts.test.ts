import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePodloveSimpleTranscripts } from '../../../src/core/formats/podlove-simple-transcripts.js';
import { inEnglish } from '../in-english.js';

describe('parsePodloveSimpleTranscripts', () => {
  it('groups timed items into lines per speech, each item a word', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<pst:transcripts xmlns:pst="http://podlove.org/simple-transcripts" version="1.0">
  <pst:speech>
    <pst:speaker>Tim</pst:speaker>
    <pst:item start="00:00:00.820" end="00:00:01.660">Welcome to</pst:item>
    <pst:item start="00:00:01.660" end="00:00:02.080">&quot;The Open</pst:item>
    <pst:item start="00:00:02.080" end="00:00:02.690">Way&quot;.</pst:item>
  </pst:speech>
  <pst:speech>
    <pst:speaker/>
    <pst:item start="00:00:03.250" end="00:00:03.520">Thanks &amp; bye</pst:item>
  </pst:speech>
</pst:transcripts>`;
    assert.deepEqual(parsePodloveSimpleTranscripts(xml), {
      items: [
        {
          start: 0.82,
          end: 2.69,
          text: 'Welcome to "The Open Way".',
          speaker: 'Tim',
          words: [
            { start: 0.82, end: 1.66, text: 'Welcome to' },
            { start: 1.66, end: 2.08, text: '"The Open' },
            { start: 2.08, end: 2.69, text: 'Way".' },
          ],
        },
        { start: 3.25, end: 3.52, text: 'Thanks & bye', speaker: 'Tim', words: [{ start: 3.25, end: 3.52, text: 'Thanks & bye' }] },
      ],
      problems: [],
    });
  });

  it('reads any namespace prefix, and reports an item without a start by line', () => {
    const xml =
      '<t:transcripts xmlns:t="http://podlove.org/simple-transcripts">\n<t:speech><t:speaker>Ann</t:speaker>\n<t:item end="1">lost</t:item>\n<t:item start="2" end="3">kept</t:item>\n<t:item start="4"/>\n</t:speech></t:transcripts>';
    const { items, problems } = parsePodloveSimpleTranscripts(xml);
    assert.deepEqual(items, [{ start: 2, end: 3, text: 'kept', speaker: 'Ann', words: [{ start: 2, end: 3, text: 'kept' }] }]);
    assert.deepEqual(inEnglish(problems), [{ where: 'line 3', message: 'the item has no start time, so it was skipped' }]);
  });

  it('is fatal without any timed item', () => {
    const { items, problems } = parsePodloveSimpleTranscripts('<pst:transcripts><pst:speech/></pst:transcripts>');
    assert.deepEqual(items, []);
    assert.equal(problems[0]!.fatal, true);
  });
});
