import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  formatIsoDuration,
  formatTime,
  formatTimestamp,
  isShowableTime,
  parseTime,
  TIME_LIMIT,
  UNKNOWN_TIME,
} from '../../src/core/time.js';

describe('parseTime', () => {
  it('reads clock times with hours, minutes and seconds', () => {
    assert.equal(parseTime('01:02:03'), 3723);
    assert.equal(parseTime('1:02:03'), 3723);
    assert.equal(parseTime('00:00:00'), 0);
    assert.equal(parseTime('123:00:00'), 442800);
  });

  it('reads milliseconds after a dot or a comma (SRT)', () => {
    assert.equal(parseTime('00:01:02.500'), 62.5);
    assert.equal(parseTime('00:01:02,500'), 62.5);
    assert.equal(parseTime('00:00:01.660'), 1.66);
  });

  it('reads MM:SS and plain seconds', () => {
    assert.equal(parseTime('7:48'), 468);
    assert.equal(parseTime('08:26.250'), 506.25);
    assert.equal(parseTime('37'), 37);
    assert.equal(parseTime('0.860'), 0.86);
    assert.equal(parseTime(' 83.5 '), 83.5);
  });

  it('reads fractions as decimals: .5 is 500 ms, not 5 ms', () => {
    assert.equal(parseTime('05:12:03.5'), 5 * 3600 + 12 * 60 + 3.5);
    assert.equal(parseTime('.5'), 0.5);
    assert.equal(parseTime('1.05'), 1.05);
  });

  it('carries fields past 59', () => {
    assert.equal(parseTime('00:00:90,740'), 90.74);
    assert.equal(parseTime('00:75:00'), 4500);
    assert.equal(parseTime('00:00:2.000'), 2);
  });

  it('passes finite non-negative numbers through', () => {
    assert.equal(parseTime(41.97), 41.97);
    assert.equal(parseTime(0), 0);
  });

  it('returns undefined for garbage, negatives, NaN and non-strings', () => {
    for (const bad of ['', 'abc', '1:2:3:4', '-1', '-00:01', '1e3', '12:', ':12', '1:.5', '00:01:02.', 'NaN', 'Infinity', '1 2']) {
      assert.equal(parseTime(bad), undefined, bad);
    }
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, null, undefined, {}, [], true]) {
      assert.equal(parseTime(bad), undefined, JSON.stringify(bad));
    }
  });
});

describe('formatTime', () => {
  it('writes M:SS below an hour and H:MM:SS above', () => {
    assert.equal(formatTime(0), '0:00');
    assert.equal(formatTime(125.9), '2:05');
    assert.equal(formatTime(3725), '1:02:05');
    assert.equal(formatTime(125, true), '0:02:05');
  });

  it('writes 0:00 for negative or non-finite input', () => {
    assert.equal(formatTime(-5), '0:00');
    assert.equal(formatTime(Number.NaN), '0:00');
    assert.equal(formatTime(Number.POSITIVE_INFINITY), '0:00');
  });
});

describe('formatTimestamp', () => {
  it('writes HH:MM:SS.mmm', () => {
    assert.equal(formatTimestamp(62.5), '00:01:02.500');
    assert.equal(formatTimestamp(3723.0456), '01:02:03.046');
    assert.equal(formatTimestamp(0), '00:00:00.000');
  });

  it('round-trips through parseTime', () => {
    for (const seconds of [0, 0.001, 1.66, 59.999, 3600, 86399.5]) assert.equal(parseTime(formatTimestamp(seconds)), seconds);
  });
});

describe('formatIsoDuration', () => {
  it('writes the datetime form of a duration', () => {
    assert.equal(formatIsoDuration(3725), 'PT1H2M5S');
    assert.equal(formatIsoDuration(5), 'PT5S');
    assert.equal(formatIsoDuration(0), 'PT0S');
  });
});

describe('times past the limit (100 hours)', () => {
  it('are never written as a clock of thousands of hours or in exponent notation', () => {
    assert.equal(TIME_LIMIT, 360_000);
    assert.equal(formatTime(TIME_LIMIT), '100:00:00');
    for (const absurd of [TIME_LIMIT + 1, 1e21, 1e300, 1e308, Number.MAX_VALUE]) {
      assert.equal(formatTime(absurd), UNKNOWN_TIME, String(absurd));
      assert.equal(formatTime(absurd, true), UNKNOWN_TIME, String(absurd));
      assert.equal(formatTimestamp(absurd), '>100:00:00.000', String(absurd));
      assert.equal(formatIsoDuration(absurd), 'PT100H0S', String(absurd));
    }
  });

  it('no time of any size prints an exponent', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (seconds) => {
        for (const text of [formatTime(seconds), formatTime(seconds, true), formatTimestamp(seconds), formatIsoDuration(seconds)]) {
          assert.doesNotMatch(text, /e[+-]?\d|Infinity|NaN/i, `${seconds} → ${text}`);
        }
      }),
    );
  });

  it('isShowableTime: from 0 to the limit, finite', () => {
    assert.equal(isShowableTime(0), true);
    assert.equal(isShowableTime(TIME_LIMIT), true);
    for (const bad of [-1, TIME_LIMIT + 0.5, Number.NaN, Number.POSITIVE_INFINITY]) assert.equal(isShowableTime(bad), false, String(bad));
  });
});
