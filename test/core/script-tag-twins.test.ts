import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as wholeDecoder from '../../src/core/decode-text.js';
import * as decoder from '../../src/core/decode-text.script-tag.js';
import * as wholeEntities from '../../src/core/html-entities.js';
import * as entities from '../../src/core/html-entities.script-tag.js';
import * as wholeJsonErrors from '../../src/core/json-error-at.js';
import * as jsonErrors from '../../src/core/json-error-at.script-tag.js';
import { loadModule } from '../../src/lazy.js';

/**
 * What the script-tag file has in place of `decode-text.ts`, `html-entities.ts` and
 * `json-error-at.ts`: the common case at once, and the rest once its module has come, which
 * then answers as the whole module does. (The player loads them before reading: see
 * `data/prepare-text.ts`; the built file's tests show that.)
 */
describe('the script-tag file’s twins of the rare text modules', () => {
  it('decode UTF-8 at once, and windows-1252 once the encodings module has come', async () => {
    const cafe = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]);
    assert.equal(decoder.decodeText(new TextEncoder().encode('Grüße')), 'Grüße');
    assert.equal(decoder.decodeText(cafe), 'Caf\ufffd \ufffd');
    await loadModule('encodings');
    assert.equal(decoder.decodeText(cafe), 'Café €');
    assert.equal(decoder.decodeText(cafe, 'text/plain; charset=utf-8'), wholeDecoder.decodeText(cafe, 'text/plain; charset=utf-8'));
  });

  it('know the common names at once, and all once the entities module has come', async () => {
    assert.equal(entities.namedReference('amp'), '&');
    assert.equal(entities.isLegacyName('nbsp'), true);
    assert.equal(entities.namedReference('hellip'), undefined);
    assert.equal(entities.isLegacyName('copy'), false);
    await loadModule('entities');
    for (const name of ['hellip', 'eacute', 'copy', 'amp', 'notin']) {
      assert.equal(entities.namedReference(name), wholeEntities.namedReference(name), name);
      assert.equal(entities.isLegacyName(name), wholeEntities.isLegacyName(name), name);
    }
    assert.equal(entities.LONGEST_NAME, wholeEntities.LONGEST_NAME);
  });

  it('say only that a text is not JSON, and where once the json-errors module has come', async () => {
    const broken = '{\n  "segments": [1, 2,]\n}';
    const engine = (() => {
      try {
        JSON.parse(broken);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    assert.deepEqual(jsonErrors.invalidJson(broken, engine), { code: 'json-invalid', params: {}, fatal: true });
    assert.equal(jsonErrors.jsonErrorAt(broken), undefined);
    await loadModule('json-errors');
    assert.deepEqual(jsonErrors.invalidJson(broken, engine), wholeJsonErrors.invalidJson(broken, engine));
    assert.deepEqual(jsonErrors.jsonErrorAt(broken), { line: 2, column: 21, atEnd: false });
  });
});
