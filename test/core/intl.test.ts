import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatNumber, pluralOf, spokenDuration } from '../../src/i18n/intl.js';

describe('spokenDuration', () => {
  it('says the units that are not zero, in the language, as a unit list', () => {
    assert.equal(spokenDuration('en', 1, 3, 20), '1 hour, 3 minutes, 20 seconds');
    assert.equal(spokenDuration('en', 0, 3, 0), '3 minutes');
    assert.equal(spokenDuration('en', 0, 0, 0), '0 seconds');
    assert.equal(spokenDuration('it', 2, 0, 1), '2 ore e 1 secondo');
    assert.equal(spokenDuration('ja', 1, 3, 20), '1 時間 3 分 20 秒');
  });

  it('uses Intl.DurationFormat where the engine has it', () => {
    const intl = Intl as unknown as { DurationFormat?: unknown };
    const had = Object.prototype.hasOwnProperty.call(Intl, 'DurationFormat');
    const original = intl.DurationFormat;
    intl.DurationFormat = class {
      constructor(readonly locale: string) {}
      format(duration: object) {
        return `${this.locale} ${JSON.stringify(duration)}`;
      }
    };
    try {
      assert.equal(spokenDuration('x-test-duration', 0, 3, 20), 'x-test-duration {"minutes":3,"seconds":20}');
    } finally {
      if (had) intl.DurationFormat = original;
      else delete intl.DurationFormat;
    }
  });
});

describe('English without Intl', () => {
  // The plain English path must write exactly what Intl writes (Intl itself, asked through a
  // locale tag that takes the Intl path but formats as English does).
  const intlEnglish = 'en-US';

  it('writes numbers as Intl does', () => {
    const values = [0, 1, 2, 0.75, 1.25, 1.5, 1.75, 2.5, 3, 10, 12.5, 99.999, 999, 999.5, -1, -2.25, 1000, 1234.5, 1.23456, 1e-7, -0];
    for (const value of values) assert.equal(formatNumber('en', value), formatNumber(intlEnglish, value), String(value));
    for (let n = 0; n < 3000; n += 7) assert.equal(formatNumber('en', n / 8), formatNumber(intlEnglish, n / 8));
  });

  it('says durations as Intl does', () => {
    for (const hours of [0, 1, 2, 11, 100])
      for (let minutes = 0; minutes < 60; minutes += 7)
        for (let seconds = 0; seconds < 60; seconds += 13)
          assert.equal(spokenDuration('en', hours, minutes, seconds), spokenDuration(intlEnglish, hours, minutes, seconds));
    assert.equal(spokenDuration('en', 0, 1, 1), '1 minute, 1 second');
    assert.equal(spokenDuration('en', 1, 0, 0), '1 hour');
  });
});

describe('numbers, plurals and dates', () => {
  it('formats in the locale, and in the default one for a tag Intl refuses', () => {
    assert.equal(formatNumber('de', 1234.5), '1.234,5');
    assert.equal(formatNumber('en', 2.5, 1), '2.5');
    assert.equal(formatNumber('fr', 0.25, 1), '0,3');
    assert.doesNotThrow(() => formatNumber('not a locale!', 3));
    assert.equal(pluralOf('fr', 0), 'one');
    assert.equal(pluralOf('en', 0), 'other');
  });

  it('writes an episode’s date in full, a date without a time as that day everywhere', () => {
    assert.equal(formatDate('en', '2024-05-01'), 'May 1, 2024');
    assert.equal(formatDate('de', '2024-05-01'), '1. Mai 2024');
    assert.equal(formatDate('ja', '2024-05-01'), '2024年5月1日');
    assert.match(formatDate('en', 'Wed, 01 May 2024 12:00:00 GMT') ?? '', /2024/);
    assert.equal(formatDate('en', 'last Tuesday'), undefined);
  });
});
