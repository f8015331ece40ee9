import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatMediaFragment, parseMediaFragment } from '../../src/core/media-fragment.js';

describe('parseMediaFragment', () => {
  it('reads seconds, clock times and the npt: prefix', () => {
    assert.deepEqual(parseMediaFragment('#t=83'), { start: 83 });
    assert.deepEqual(parseMediaFragment('#t=83.5'), { start: 83.5 });
    assert.deepEqual(parseMediaFragment('#t=01:23'), { start: 83 });
    assert.deepEqual(parseMediaFragment('#t=1:23'), { start: 83 }, 'one-digit minutes, as people write them');
    assert.deepEqual(parseMediaFragment('#t=0:01:23'), { start: 83 });
    assert.deepEqual(parseMediaFragment('#t=1:02:03.5'), { start: 3723.5 });
    assert.deepEqual(parseMediaFragment('#t=npt:83.5'), { start: 83.5 });
    assert.deepEqual(parseMediaFragment('#t=NPT:1:23'), { start: 83 });
    assert.deepEqual(parseMediaFragment('t=83'), { start: 83 }, 'without the #');
    assert.deepEqual(parseMediaFragment('#t=1%3A23'), { start: 83 }, 'a percent-encoded colon');
  });

  it('reads start and end, and an end alone (from 0)', () => {
    assert.deepEqual(parseMediaFragment('#t=10,20'), { start: 10, end: 20 });
    assert.deepEqual(parseMediaFragment('#t=1:35:52,1:42:16'), { start: 5752, end: 6136 });
    assert.deepEqual(parseMediaFragment('#t=,24:12'), { start: 0, end: 1452 });
    assert.deepEqual(parseMediaFragment('#t=npt:10,20.25'), { start: 10, end: 20.25 });
    assert.deepEqual(parseMediaFragment('#t=10,'), { start: 10 }, 'a dangling comma: no end');
  });

  it('finds t among other parameters joined with &', () => {
    assert.deepEqual(parseMediaFragment('#style=external&t=10,200'), { start: 10, end: 200 });
    assert.deepEqual(parseMediaFragment('#t=10&style=external'), { start: 10 });
    assert.deepEqual(parseMediaFragment('#xt=5&tt=6'), undefined, 'only a parameter named exactly t');
    assert.deepEqual(parseMediaFragment('#t=5&t=9'), { start: 9 }, 'the last one wins');
    assert.deepEqual(parseMediaFragment('#t=5&t=junk'), { start: 5 }, 'the last readable one wins');
  });

  it('ignores invalid fragments', () => {
    for (const hash of [
      '',
      '#',
      '#t',
      '#t=',
      '#t=,',
      '#t=abc',
      '#t=-5',
      '#t=20,10',
      '#t=10,10',
      '#t=,0',
      '#t=1,2,3',
      '#t=smpte:00:01:00:00',
      '#t=clock:2011-10-01T23:00:45Z',
      '#t=1e3',
      '#t=%E0%A4%A',
      '#section-2',
    ]) {
      assert.equal(parseMediaFragment(hash), undefined, hash);
    }
  });

  it('reads a player-scoped parameter t-<id> when given the player id, and only that', () => {
    const hash = '#t=5&t-ep12=83&t-ep13=1:00,2:00';
    assert.deepEqual(parseMediaFragment(hash, 'ep12'), { start: 83 });
    assert.deepEqual(parseMediaFragment(hash, 'ep13'), { start: 60, end: 120 });
    assert.deepEqual(parseMediaFragment(hash), { start: 5 });
    assert.equal(parseMediaFragment('#t=5', 'ep12'), undefined, 'a bare t is for the caller to apply');
    assert.deepEqual(parseMediaFragment('#t-my%20show=7', 'my show'), { start: 7 });
    assert.deepEqual(parseMediaFragment('#t=5', ''), { start: 5 }, 'an empty id is no id');
  });
});

describe('formatMediaFragment', () => {
  it('writes canonical seconds with at most 3 decimals and no trailing zeros', () => {
    assert.equal(formatMediaFragment(83), 't=83');
    assert.equal(formatMediaFragment(83.5), 't=83.5');
    assert.equal(formatMediaFragment(83.25), 't=83.25');
    assert.equal(formatMediaFragment(83.123456), 't=83.123');
    assert.equal(formatMediaFragment(0.0004), 't=0');
    assert.equal(formatMediaFragment(99.9996), 't=100');
    assert.equal(formatMediaFragment(3723.5, 3800), 't=3723.5,3800');
  });

  it('repairs what cannot be a valid link', () => {
    assert.equal(formatMediaFragment(-3), 't=0');
    assert.equal(formatMediaFragment(Number.NaN), 't=0');
    assert.equal(formatMediaFragment(10, 5), 't=10', 'an end before the start is left out');
    assert.equal(formatMediaFragment(10, 10.0001), 't=10', 'an end equal once rounded is left out');
    assert.equal(formatMediaFragment(10, Number.POSITIVE_INFINITY), 't=10');
  });

  it('scopes to a player id, percent-encoded', () => {
    assert.equal(formatMediaFragment(83, undefined, 'ep12'), 't-ep12=83');
    assert.equal(formatMediaFragment(1, 2, 'a&b=c'), 't-a%26b%3Dc=1,2');
    const lone = '\uD800x';
    assert.deepEqual(parseMediaFragment(`#${formatMediaFragment(4, undefined, lone)}`, lone), { start: 4 }, 'a lone surrogate in the id');
  });
});

describe('media fragments (properties)', () => {
  it('parse never throws on arbitrary strings and returns a valid fragment or undefined', () => {
    const fragmentish = fc.stringMatching(/^#?([a-z-]{0,4}=?(npt:)?[\d:.,%]{0,12}&?){0,3}$/);
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fragmentish),
        fc.option(fc.string({ unit: 'binary' }), { nil: undefined }),
        (hash, id) => {
          const result = parseMediaFragment(hash, id);
          if (result === undefined) return;
          assert.ok(Number.isFinite(result.start) && result.start >= 0);
          if (result.end !== undefined) assert.ok(result.end > result.start);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('format then parse gives the same times, rounded to the millisecond', () => {
    const time = fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        time,
        fc.option(time, { nil: undefined }),
        fc.option(fc.string({ unit: 'binary' }), { nil: undefined }),
        fc.constantFrom('', 'style=x&', 'a=b&'),
        (start, end, id, prefix) => {
          const written = formatMediaFragment(start, end, id);
          const parsed = parseMediaFragment(`#${prefix}${written}`, id);
          assert.ok(parsed, written);
          const rounded = (value: number) => Math.round(value * 1000) / 1000;
          assert.ok(Math.abs(parsed.start - rounded(start)) < 1e-6, written);
          if (end !== undefined && rounded(end) > rounded(start)) {
            assert.ok(parsed.end !== undefined && Math.abs(parsed.end - rounded(end)) < 1e-6, written);
          } else {
            assert.equal(parsed.end, undefined, written);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
