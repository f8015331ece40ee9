import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fileNameFor } from '../../src/core/file-name.js';

describe('fileNameFor', () => {
  it('keeps letters and digits of any script, drops quotes, joins the rest with one -', () => {
    assert.equal(fileNameFor("Sora's Exit & Spotify's SongDNA"), 'Soras-Exit-Spotifys-SongDNA');
    assert.equal(fileNameFor('Folge 12 – Über „Sora“'), 'Folge-12-Über-Sora');
    assert.equal(fileNameFor('第3回: 日本語のタイトル'), '第3回-日本語のタイトル');
    assert.equal(fileNameFor('../../etc/passwd'), 'etc-passwd');
    assert.equal(fileNameFor('a<b>c:d"e|f?g*h\\i/j\u0000k'), 'a-b-c-de-f-g-h-i-j-k');
  });

  it('falls back when nothing is left, and keeps clear of Windows device names', () => {
    assert.equal(fileNameFor(undefined), 'transcript');
    assert.equal(fileNameFor('  ?!  '), 'transcript');
    assert.equal(fileNameFor('', 'episode'), 'episode');
    assert.equal(fileNameFor('CON'), 'CON_');
    assert.equal(fileNameFor('com1'), 'com1_');
  });

  it('is short, and never holds a separator, a reserved character or a leading dot', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (title) => {
        const name = fileNameFor(title);
        assert.ok(name.length > 0 && [...name].length <= 81, name);
        assert.doesNotMatch(name, /[\\/<>:"|?*]|^[.-]|[-.\s]$/);
        assert.ok(![...name].some((char) => char.charCodeAt(0) < 32), 'no control character');
      }),
    );
  });
});
