import { expect } from '@esm-bundle/chai';
import { FrameClock } from '../../src/audio/frame-clock.js';

/** A media clock running from now at `rate`, as a playing media element's. */
function playing(rate = 1) {
  const began = performance.now();
  return { time: () => ((performance.now() - began) / 1000) * rate, rate: () => rate };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('FrameClock', () => {
  let clock: FrameClock | undefined;
  afterEach(() => clock?.stop());

  it('wakes when the listener has something new to show, not at every frame', async () => {
    const ticks: number[] = [];
    let due = 0;
    const late: number[] = [];
    clock = new FrameClock(playing(), (seconds) => {
      ticks.push(seconds);
      if (seconds < due) late.push(due - seconds);
      due = seconds + 0.1;
      return due;
    });
    clock.start();
    await sleep(650);
    clock.stop();
    // Every 100 ms over 650 ms: 7, give or take a busy machine; 60 frames a second would be 39.
    expect(ticks.length).to.be.within(4, 9);
    // Never woken before the moment it asked for (a wake before it shows nothing new).
    expect(late, 'wakes before the time asked for').to.deep.equal([]);
  });

  it('follows the playback rate', async () => {
    let count = 0;
    clock = new FrameClock(playing(2), (seconds) => {
      count++;
      return seconds + 0.1; // media seconds: every 50 ms at double speed
    });
    clock.start();
    await sleep(600);
    clock.stop();
    expect(count).to.be.within(7, 14);
  });

  it('shows the time at once when asked (a seek), and nothing once stopped', async () => {
    let count = 0;
    clock = new FrameClock(playing(), () => {
      count++;
      return Infinity;
    });
    clock.start();
    expect(count).to.equal(1);
    clock.now();
    expect(count).to.equal(2);
    clock.stop();
    clock.now();
    await sleep(100);
    expect(count).to.equal(2);
  });
});
