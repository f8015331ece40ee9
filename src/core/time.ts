/**
 * Reading and writing times. Input is read leniently, as podcast files in the wild
 * demand; output is always canonical.
 */

/**
 * The longest time the player reads from data or shows: 100 hours. Episodes run minutes
 * to a few hours (the longest live shows a day or two); a time past this is a mistake in a
 * file or in stored data, and printed as a clock it would read `2.777777777777778e+297:00:00`.
 */
export const TIME_LIMIT = 100 * 3600;

/** What a clock shows for a time it does not know, or one past `TIME_LIMIT`. */
export const UNKNOWN_TIME = '–:––';

/** A finite time from 0 to `TIME_LIMIT`: one the player can show. */
export const isShowableTime = (seconds: number): boolean => Number.isFinite(seconds) && seconds >= 0 && seconds <= TIME_LIMIT;

const CLOCK = /^(?:(\d+):)?(?:(\d+):)?(\d+)(?:[.,](\d+))?$/;

/**
 * Reads `HH:MM:SS`, `HH:MM:SS.mmm` (or `,mmm`), `MM:SS`, `H:MM:SS.f`, plain seconds
 * (`83`, `83.5`, `.5`) and finite non-negative numbers. Fractions are decimals (`.5` is
 * 500 ms) and fields past 59 are carried (`00:00:90` is 90 s). Returns `undefined`
 * for anything else, never NaN and never a negative number.
 */
export function parseTime(input: unknown): number | undefined {
  if (typeof input === 'number') {
    return Number.isFinite(input) && input >= 0 ? input : undefined;
  }
  if (typeof input !== 'string') return undefined;
  // A bare fraction (`.5`) is half a second, as in NPT.
  const text = input.trim().replace(/^(?=[.,]\d)/, '0');
  const match = CLOCK.exec(text);
  if (!match) return undefined;
  const [, first, second, last, fraction] = match;
  // With one colon the leading field is minutes; with two it is hours.
  const hours = second !== undefined ? Number(first) : 0;
  const minutes = second !== undefined ? Number(second) : first !== undefined ? Number(first) : 0;
  const seconds = Number(last) + (fraction ? Number(`0.${fraction}`) : 0);
  // Rounded to the microsecond so `00:00:01.660` is 1.66, not 1.6600000000000001.
  const total = Math.round((hours * 3600 + minutes * 60 + seconds) * 1e6) / 1e6;
  return Number.isFinite(total) ? total : undefined;
}

/**
 * Formats seconds as a clock: `2:05`, `1:02:05`. With `withHours` the hour field is
 * always present (`0:02:05`), so every timestamp in one list has the same shape. A time
 * past `TIME_LIMIT` is `UNKNOWN_TIME` (one that is not a number, `0:00`): never a clock of a thousand hours or in exponent notation.
 */
export function formatTime(seconds: number, withHours = false): string {
  if (Number.isFinite(seconds) && seconds > TIME_LIMIT) return UNKNOWN_TIME;
  const safe = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(safe / 3600);
  const m = Math.floor((safe % 3600) / 60);
  const s = safe % 60;
  const ss = String(s).padStart(2, '0');
  if (h > 0 || withHours) return `${h}:${String(m).padStart(2, '0')}:${ss}`;
  return `${m}:${ss}`;
}

/** `00:01:02.500`: the unambiguous form used in problem messages; past `TIME_LIMIT`, `>100:00:00.000`. */
export function formatTimestamp(seconds: number): string {
  if (Number.isFinite(seconds) && seconds > TIME_LIMIT) return `>${formatTimestamp(TIME_LIMIT)}`;
  const ms = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : 0;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const s = Math.floor(ms / 1000);
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}.${pad(ms % 1000, 3)}`;
}

/** The `datetime` form of a duration for `<time>` elements: `PT1H2M5S` (at most `TIME_LIMIT`). */
export function formatIsoDuration(seconds: number): string {
  const safe = Number.isFinite(seconds) && seconds > 0 ? Math.floor(Math.min(seconds, TIME_LIMIT)) : 0;
  const h = Math.floor(safe / 3600);
  const m = Math.floor((safe % 3600) / 60);
  const s = safe % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s}S`;
}
