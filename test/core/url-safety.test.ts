import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeImageUrl, safeLinkUrl } from '../../src/core/url-safety.js';

const BASE = 'https://cdn.example.com/podcast/ep7/chapters.json';

describe('safeLinkUrl', () => {
  it('keeps absolute http and https URLs', () => {
    assert.equal(
      safeLinkUrl('https://github.com/Podcastindex-org/podcast-namespace'),
      'https://github.com/Podcastindex-org/podcast-namespace',
    );
    assert.equal(safeLinkUrl('http://podlove.org/'), 'http://podlove.org/');
  });

  it('resolves relative URLs against the base', () => {
    assert.equal(safeLinkUrl('notes.html', BASE), 'https://cdn.example.com/podcast/ep7/notes.html');
    assert.equal(safeLinkUrl('/about', BASE), 'https://cdn.example.com/about');
    assert.equal(safeLinkUrl('//other.example/x', BASE), 'https://other.example/x');
  });

  it('encodes spaces and trims', () => {
    assert.equal(safeLinkUrl('  https://example.com/my page  '), 'https://example.com/my%20page');
  });

  it('refuses script, data, file and other schemes, however written', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      'mailto:a@b.c',
      'ftp://example.com/',
    ]) {
      assert.equal(safeLinkUrl(bad, BASE), undefined, bad);
    }
  });

  it('refuses relative URLs without a usable base, and non-strings', () => {
    assert.equal(safeLinkUrl('chapter.html'), undefined);
    assert.equal(safeLinkUrl('chapter.html', 'not a url'), undefined);
    assert.equal(safeLinkUrl('https://ok.example/', 'not a url'), 'https://ok.example/');
    assert.equal(safeLinkUrl(''), undefined);
    assert.equal(safeLinkUrl(42), undefined);
    assert.equal(safeLinkUrl(null), undefined);
  });
});

describe('safeImageUrl', () => {
  it('keeps http(s) images and resolves relative file names', () => {
    assert.equal(safeImageUrl('chapter_001.jpg', BASE), 'https://cdn.example.com/podcast/ep7/chapter_001.jpg');
    assert.equal(safeImageUrl('https://example.com/images/hearing aids.jpg'), 'https://example.com/images/hearing%20aids.jpg');
  });

  it('keeps raster data:image URLs', () => {
    assert.equal(safeImageUrl('data:image/png;base64,iVBORw0KGgo='), 'data:image/png;base64,iVBORw0KGgo=');
    assert.equal(safeImageUrl('data:image/webp;base64,UklGR\n g='), 'data:image/webp;base64,UklGRg=');
    assert.equal(safeImageUrl('data:image/jpeg,xyz'), 'data:image/jpeg,xyz');
  });

  it('refuses SVG and HTML data URLs and script URLs', () => {
    for (const bad of [
      'data:image/svg+xml,<svg onload=alert(1)>',
      'data:image/svg+xml;base64,PHN2Zz4=',
      'data:text/html,<script>alert(1)</script>',
      'javascript:alert(1)',
      'data:,x',
    ]) {
      assert.equal(safeImageUrl(bad, BASE), undefined, bad);
    }
  });
});
