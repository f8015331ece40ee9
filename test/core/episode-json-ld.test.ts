/**
 * The JSON-LD of `render` against schema.org: every node's `@type` is a known type, every
 * property is defined on that type (or a type it is a kind of), and every value is of a type
 * the property takes — a nested node's type or one of its ancestors, or a data type in the
 * form schema.org asks (ISO 8601 dates and durations, absolute URLs). The vocabulary is the
 * checked-in extract `schema-org-vocabulary.json`, taken from the schema.org release files.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { episodeJsonLd, jsonLdScriptText } from '../../src/core/episode-json-ld.js';

interface Vocabulary {
  types: Record<string, string[]>;
  dataTypes: Record<string, string>;
  properties: Record<string, { domain: string[]; range: string[] }>;
}
const vocabulary = JSON.parse(readFileSync(new URL('./schema-org-vocabulary.json', import.meta.url), 'utf8')) as Vocabulary;

function kindsOf(type: string): Set<string> {
  const kinds = new Set([type]);
  for (const parent of vocabulary.types[type] ?? []) for (const kind of kindsOf(parent)) kinds.add(kind);
  return kinds;
}

const CHECKS: Record<string, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string' && value !== '',
  url: (value) => typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value),
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  date: (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value),
  datetime: (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value),
  duration: (value) => typeof value === 'string' && /^PT(\d+H)?(\d+M)?\d+S$/.test(value),
};

/** Every problem with a node, as `path: what`. */
function validate(node: Record<string, unknown>, path = '$'): string[] {
  const problems: string[] = [];
  const type = node['@type'];
  if (typeof type !== 'string' || !(type in vocabulary.types)) return [`${path}: unknown @type ${String(type)}`];
  const kinds = kindsOf(type);
  for (const [key, raw] of Object.entries(node)) {
    if (key === '@type' || key === '@context') continue;
    const property = vocabulary.properties[key];
    if (!property) {
      problems.push(`${path}.${key}: not in the vocabulary extract`);
      continue;
    }
    if (!property.domain.some((domain) => kinds.has(domain))) problems.push(`${path}.${key}: not a property of ${type}`);
    (Array.isArray(raw) ? raw : [raw]).forEach((value, i) => {
      const at = Array.isArray(raw) ? `${path}.${key}[${i}]` : `${path}.${key}`;
      if (typeof value === 'object' && value !== null) {
        const nested = (value as Record<string, unknown>)['@type'];
        if (typeof nested !== 'string' || !property.range.some((range) => kindsOf(nested).has(range))) {
          problems.push(`${at}: a ${String(nested)} is not in the range of ${key} (${property.range.join(', ')})`);
        }
        problems.push(...validate(value as Record<string, unknown>, at));
      } else {
        const fits = property.range.some((range) => {
          const check = vocabulary.dataTypes[range];
          return check !== undefined && CHECKS[check]!(value);
        });
        if (!fits) problems.push(`${at}: ${JSON.stringify(value)} is not a ${property.range.join(' or ')}`);
      }
    });
  }
  return problems;
}

const full = {
  manifest: {
    title: 'Episode 12',
    show: 'The Show',
    artwork: 'https://example.com/cover.jpg',
    audio: [{ src: 'https://example.com/ep12.mp3', type: 'audio/mpeg' }],
    date: 'Tue, 02 Jan 2024 10:00:00 GMT',
    link: 'https://example.com/ep12',
  },
  segments: [{ text: 'Hello.', speaker: 'Ada' }, { text: 'Hi </script><script>alert(1)</script>' }],
  chapters: [
    { start: 0, end: 60, title: 'Intro' },
    { start: 60, end: Infinity, title: 'Main' },
  ],
  duration: 3725.4,
  description: 'Notes.',
};

describe('episodeJsonLd', () => {
  it('is a PodcastEpisode with its AudioObject (transcript, duration), its series, and chapters as Clips', () => {
    const data = episodeJsonLd({ ...full, playerId: 'ep12' });
    assert.deepEqual(data, {
      '@context': 'https://schema.org',
      '@type': 'PodcastEpisode',
      name: 'Episode 12',
      url: 'https://example.com/ep12',
      datePublished: '2024-01-02T10:00:00.000Z',
      description: 'Notes.',
      image: 'https://example.com/cover.jpg',
      duration: 'PT1H2M5S',
      partOfSeries: { '@type': 'PodcastSeries', name: 'The Show' },
      associatedMedia: {
        '@type': 'AudioObject',
        contentUrl: 'https://example.com/ep12.mp3',
        encodingFormat: 'audio/mpeg',
        duration: 'PT1H2M5S',
        transcript: 'Ada: Hello.\nHi </script><script>alert(1)</script>',
      },
      hasPart: [
        { '@type': 'Clip', name: 'Intro', startOffset: 0, endOffset: 60, url: 'https://example.com/ep12#t-ep12=0' },
        { '@type': 'Clip', name: 'Main', startOffset: 60, url: 'https://example.com/ep12#t-ep12=60' },
      ],
    });
    assert.deepEqual(validate(data), []);
  });

  it('keeps a date that is already ISO 8601 as written', () => {
    assert.equal(episodeJsonLd({ ...full, manifest: { ...full.manifest, date: '2024-01-02' } })['datePublished'], '2024-01-02');
  });

  it('is held to the vocabulary: a property on the wrong type fails the check', () => {
    assert.deepEqual(validate({ '@type': 'PodcastEpisode', transcript: 'x' }), ['$.transcript: not a property of PodcastEpisode']);
    assert.deepEqual(validate({ '@type': 'Clip', startOffset: '1:00' }), ['$.startOffset: "1:00" is not a HyperTocEntry or Number']);
  });

  it('validates whatever the episode holds', () => {
    const text = fc.string({ minLength: 1 });
    fc.assert(
      fc.property(
        fc.record({
          title: fc.option(text, { nil: undefined }),
          show: fc.option(text, { nil: undefined }),
          date: fc.option(fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }), { nil: undefined }),
          segments: fc.array(fc.record({ text, speaker: fc.option(text, { nil: undefined }) }), { maxLength: 5 }),
          chapters: fc.array(fc.record({ start: fc.double({ min: 0, max: 1e5, noNaN: true }), title: text }), { maxLength: 5 }),
          duration: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
        }),
        ({ title, show, date, segments, chapters, duration }) => {
          const data = episodeJsonLd({
            manifest: {
              audio: [{ src: 'https://example.com/a.mp3' }],
              ...(title ? { title } : {}),
              ...(show ? { show } : {}),
              ...(date ? { date: date.toUTCString() } : {}),
            },
            segments: segments.map(({ speaker, ...rest }) => (speaker ? { ...rest, speaker } : rest)),
            chapters: chapters.map((chapter) => ({ ...chapter, end: chapter.start + 10 })),
            duration,
          });
          assert.deepEqual(validate(data), []);
          const script = jsonLdScriptText(data);
          assert.ok(!script.includes('<'), 'nothing in the block can close it');
          assert.deepEqual(JSON.parse(script), data);
        },
      ),
    );
  });
});
