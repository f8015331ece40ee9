import { expect } from '@esm-bundle/chai';
import { LitElement } from 'lit';
import { PositionFollower, type FollowingParts } from '../../src/components/position-follower.js';
import type { Chapter, Segment } from '../../src/core/model.js';
import { timedEpisode } from '../../src/core/playhead.js';
import { en } from '../../src/i18n/en.js';
import { mount } from './mount.js';

const segments: Segment[] = [
  {
    start: 0,
    end: 4,
    text: 'one two',
    words: [
      { start: 0, end: 2, text: 'one' },
      { start: 2, end: 4, text: 'two' },
    ],
  },
  { start: 4, end: 9, text: 'three' },
];
const chapters: Chapter[] = [
  { start: 0, end: 5, title: 'Intro', toc: true },
  { start: 5, end: 9, title: 'Main', toc: true },
];

/** A player as the follower reads it. */
class FollowedHost extends LitElement {
  duration = 9;
  playbackRate = 1;
  segments = segments;
  chapterList = chapters;
  updates = 0;
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    this.updates++;
    super.requestUpdate(...args);
  }
}
customElements.define('test-followed-host', FollowedHost);

describe('PositionFollower', () => {
  function follower(playing = true) {
    const host = mount(document.createElement('test-followed-host') as FollowedHost);
    const log: string[] = [];
    const seekBar = { currentTime: 0, nextChange: (seconds: number) => seconds + 0.3 };
    const view = { activeWord: -1 };
    const parts = {
      playback: { playing },
      deepLink: { timeUpdate: (seconds: number) => log.push(`link ${seconds}`), nextChange: () => 8.5 },
      resume: { playing: (seconds: number) => log.push(`resume ${seconds}`) },
      announcer: { reached: () => false },
      session: { chapterChanged: () => log.push('lock screen') },
      l10n: { strings: en },
      seekBar: () => seekBar,
      transcriptView: () => view,
    } as unknown as FollowingParts;
    const made = new PositionFollower(host, parts);
    made.playhead.setEpisode(timedEpisode(segments, chapters));
    // At 0 with the episode: its first line and chapter, said before the test listens.
    log.length = 0;
    const events: string[] = [];
    for (const type of ['segmentchange', 'chapterchange']) {
      host.addEventListener(type, (event) => events.push(`${type} ${(event as CustomEvent<{ index: number }>).detail.index}`));
    }
    return { host, made, log, seekBar, view, events };
  }

  it('says the line and chapter reached, once each, and moves the thumb and the spoken word', () => {
    const { made, seekBar, view, events, log } = follower();
    made.moveTo(2.5);
    made.moveTo(2.7);
    expect(view.activeWord).to.equal(1);
    made.moveTo(6);
    expect(events).to.deep.equal(['segmentchange 1', 'chapterchange 1']);
    expect(seekBar.currentTime).to.equal(6);
    expect(log).to.deep.equal(['link 2.5', 'resume 2.5', 'link 2.7', 'resume 2.7', 'link 6', 'resume 6', 'lock screen']);
  });

  it('keeps no resume point while paused (a seek)', () => {
    const { made, log } = follower(false);
    made.moveTo(3);
    expect(log).to.deep.equal(['link 3']);
  });

  it('renders the player again when the displayed second changes, not for every frame', () => {
    const { host, made } = follower();
    made.moveTo(0.1);
    const before = host.updates;
    made.moveTo(0.5);
    made.moveTo(0.9);
    expect(host.updates).to.equal(before);
    made.moveTo(1.1);
    expect(host.updates).to.equal(before + 1);
  });

  it('wakes for the next change of anything shown: here the seek bar’s next pixel', () => {
    const { made } = follower();
    made.moveTo(0.5);
    expect(made.nextChange(0.5)).to.be.closeTo(0.8, 1e-9);
  });

  it('wakes at the next second, the next word or the end of a linked range, whichever is first', () => {
    const { made } = follower();
    made.moveTo(8.2);
    // No next word or line; the thumb's pixel comes at 8.5 as the link's end does, the second at 9.
    expect(made.nextChange(8.2)).to.be.closeTo(8.5, 1e-9);
  });
});
