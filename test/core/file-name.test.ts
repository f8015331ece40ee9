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

  it('names an ASCII title as the Unicode rules do', () => {
    const byUnicode = (title: string) => {
      const name = title
        .normalize('NFC')
        .replace(/['’`"“”‘]/g, '')
        .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '');
      const cut = [...name].slice(0, 80).join('').replace(/-+$/, '');
      return !cut ? 'transcript' : /^(?:con|prn|aux|nul|com\d|lpt\d)$/i.test(cut) ? `${cut}_` : cut;
    };
    const ascii = fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.string({ unit: ascii, maxLength: 120 }), (title) => {
        assert.equal(fileNameFor(title), byUnicode(title));
      }),
    );
  });
});
