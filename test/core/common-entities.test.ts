import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { COMMON_REFERENCES, hasRareEntity, isCommonLegacyName } from '../../src/core/common-entities.js';
import { isLegacyName, LEGACY_NAMES, NAMED_REFERENCES } from '../../src/core/html-entities.js';
import { decodeEntities, entityDecoder } from '../../src/core/text.js';

/** `decodeEntities` as the script-tag file has it before the whole table has come. */
const decodeCommon = entityDecoder((name) => COMMON_REFERENCES.get(name), isCommonLegacyName);

/** Text full of references, common, rare, unknown and cut short, with and without `;`. */
const NAMES = [
  'amp',
  'AMP',
  'lt',
  'gt',
  'quot',
  'apos',
  'nbsp',
  'hellip',
  'eacute',
  'copy',
  'not',
  'notin',
  'ampx',
  'ltx',
  'T',
  'Co',
  'nbspz',
  'x',
];
const piece = fc.oneof(
  fc.constantFrom(...NAMES).chain((name) => fc.constantFrom(`&${name};`, `&${name}`, `&${name}=`, `&${name}1`)),
  fc.constantFrom('&#233;', '&#x2026;', '&', ';', ' ', 'a', 'AT&T', 'Q&A', '='),
  fc.string({ maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

describe('hasRareEntity', () => {
  it('says no only when the common names decode a text as the whole table does', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (input, inAttribute) => {
        if (!hasRareEntity(input)) assert.equal(decodeCommon(input, inAttribute), decodeEntities(input, inAttribute));
      }),
      { numRuns: 5000 },
    );
  });

  it('says yes for the names transcripts rarely use, no for those they use and for words with an &', () => {
    for (const rare of ['&hellip;', 'caf&eacute;', '&copy 2024', '&notit;']) assert.equal(hasRareEntity(rare), true, rare);
    for (const common of ['Tom &amp; Jerry', '&lt;b&gt; &quot;x&quot; it&apos;s&nbsp;ok', 'AT&T', 'Q&A', '&#8230;', 'no reference']) {
      assert.equal(hasRareEntity(common), false, common);
    }
  });

  it('has the whole table’s characters for the common names', () => {
    for (const [name, value] of COMMON_REFERENCES) {
      assert.equal(NAMED_REFERENCES.get(name), value, name);
      assert.equal(isCommonLegacyName(name), LEGACY_NAMES.has(name), name);
    }
    // No other legacy name starts with a common one: the common ones decode such a prefix alike.
    for (const name of LEGACY_NAMES) {
      if (!COMMON_REFERENCES.has(name))
        assert.equal(
          [...COMMON_REFERENCES.keys()].some((common) => name.startsWith(common)),
          false,
          name,
        );
    }
    assert.equal(isLegacyName('copy'), true);
  });
});
