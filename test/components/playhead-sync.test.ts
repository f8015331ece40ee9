import { expect } from '@esm-bundle/chai';
import { PlayheadSync } from '../../src/components/playhead-sync.js';
import { timedEpisode } from '../../src/core/playhead.js';

describe('PlayheadSync', () => {
  const episode = timedEpisode(
    [
      {
        start: 0,
        end: 2,
        text: 'one two',
        words: [
          { start: 0, end: 1, text: 'one' },
          { start: 1, end: 2, text: 'two' },
        ],
      },
      { start: 2, end: 4, text: 'three' },
    ],
    [
      { start: 0, end: 3, title: 'A', toc: true },
      { start: 1, end: 1.5, title: 'art', toc: false, image: 'https://example.com/a.png' },
      { start: 3, end: 4, title: 'B', toc: true },
    ],
  );

  it('calls out only what changed, and nothing while nothing does', () => {
    const calls: string[] = [];
    const sync = new PlayheadSync({
      onSegment: (p) => calls.push(`segment ${p.segment} word ${p.word}`),
      onWord: (word) => calls.push(`word ${word}`),
      onBetween: (line) => calls.push(`between, before ${line}`),
      onChapter: (p) => calls.push(`chapter ${p.chapter}`),
      onArtwork: (p) => calls.push(`artwork ${p.artwork ?? 'none'}`),
    });
    sync.setEpisode(episode);
    sync.moveTo(0.1);
    sync.moveTo(0.5);
    sync.moveTo(1.2);
    sync.moveTo(1.7);
    sync.moveTo(2.5);
    sync.moveTo(3.5);
    expect(calls).to.deep.equal([
      'segment 0 word 0',
      'chapter 0',
      'word 1',
      'artwork https://example.com/a.png',
      'artwork none',
      'segment 1 word -1',
      'chapter 1',
    ]);
  });

  it('says which line comes next whenever that changes between lines, and only then', () => {
    const calls: string[] = [];
    const sync = new PlayheadSync({
      onSegment: (p) => calls.push(`segment ${p.segment}`),
      onWord: () => undefined,
      onBetween: (line) => calls.push(`between, before ${line}`),
      onChapter: () => undefined,
      onArtwork: () => undefined,
    });
    sync.setEpisode(
      timedEpisode(
        [
          { start: 1, end: 2, text: 'after music' },
          { start: 5, end: 6, text: 'after a pause' },
          { start: 9, end: 10, text: 'the last' },
        ],
        [],
      ),
    );
    for (const t of [0.5, 1.5, 3, 4, 7.5, 8, 5.5, 12, 13]) sync.moveTo(t);
    expect(calls).to.deep.equal([
      'between, before 0',
      'segment 0',
      'segment -1',
      'between, before 1',
      // 4: still before 1, nothing; 7.5 is a seek from one pause to another.
      'between, before 2',
      'segment 1',
      'segment -1',
      'between, before 2',
    ]);
  });

  it('moves to where the new data says when the data changes', () => {
    const calls: string[] = [];
    const sync = new PlayheadSync({
      onSegment: (p) => calls.push(`segment ${p.segment}`),
      onWord: () => undefined,
      onBetween: () => undefined,
      onChapter: (p) => calls.push(`chapter ${p.chapter}`),
      onArtwork: () => undefined,
    });
    sync.moveTo(2.5);
    expect(calls).to.deep.equal([]);
    sync.setEpisode(episode);
    expect(calls).to.deep.equal(['segment 1', 'chapter 0']);
    sync.setEpisode(timedEpisode([], []));
    expect(calls).to.deep.equal(['segment 1', 'chapter 0', 'segment -1', 'chapter -1']);
  });
});
