/**
 * Reading and writing times. Input is read leniently, as podcast files in the wild
 * demand; output is always canonical.
 */

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
 * always present (`0:02:05`), so every timestamp in one list has the same shape.
 */
export function formatTime(seconds: number, withHours = false): string {
  const safe = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(safe / 3600);
  const m = Math.floor((safe % 3600) / 60);
  const s = safe % 60;
  const ss = String(s).padStart(2, '0');
  if (h > 0 || withHours) return `${h}:${String(m).padStart(2, '0')}:${ss}`;
  return `${m}:${ss}`;
}

/** `00:01:02.500`: the unambiguous form used in problem messages. */
export function formatTimestamp(seconds: number): string {
  const ms = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : 0;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const s = Math.floor(ms / 1000);
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}.${pad(ms % 1000, 3)}`;
}

/** The `datetime` form of a duration for `<time>` elements: `PT1H2M5S`. */
export function formatIsoDuration(seconds: number): string {
  const safe = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(safe / 3600);
  const m = Math.floor((safe % 3600) / 60);
  const s = safe % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s}S`;
}
