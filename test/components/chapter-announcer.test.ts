import { expect } from '@esm-bundle/chai';
import { ChapterAnnouncer } from '../../src/components/chapter-announcer.js';
import { de } from '../../src/i18n/de.js';
import { en } from '../../src/i18n/en.js';

describe('ChapterAnnouncer', () => {
  const chapter = { start: 60, end: 120, title: 'Interview', toc: true };

  it('says nothing about a chapter that playback runs into', () => {
    const announcer = new ChapterAnnouncer();
    expect(announcer.reached(chapter, 1, en)).to.equal(false);
    expect(announcer.text).to.equal('');
  });

  it('announces a chapter the listener jumped to, in the player’s language, with a fallback name', () => {
    const announcer = new ChapterAnnouncer();
    announcer.listenerMoved();
    expect(announcer.reached(chapter, 1, en)).to.equal(true);
    expect(announcer.text).to.equal('Chapter: Interview');
    announcer.listenerMoved();
    announcer.reached({ ...chapter, title: '' }, 2, de);
    expect(announcer.text).to.equal('Kapitel: Kapitel 3');
    expect(announcer.reached(undefined, -1, en)).to.equal(false);
  });
});
