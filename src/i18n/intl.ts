/**
 * Numbers, plurals, durations and dates in a language's locale, with the platform's `Intl`.
 * Formatters are made once per locale and kind (a time phrase is said every second while
 * playing). A locale `Intl` does not accept — an added language's made-up tag — formats
 * as the browser's default rather than throwing.
 */

const cache = new Map<string, { format(value: never): string }>();

function formatter<T extends { format(value: never): string }>(key: string, make: () => T): T {
  let made = cache.get(key) as T | undefined;
  if (!made) {
    made = make();
    cache.set(key, made);
  }
  return made;
}

/** `new Intl.X(locale, …)`, or in the browser's default locale when `locale` is no locale. */
function inLocale<T>(make: (locale: string | undefined) => T, locale: string): T {
  try {
    return make(locale);
  } catch {
    return make(undefined);
  }
}

/**
 * English numbers and time phrases that need no locale data: `Intl`'s first formatter in a
 * page costs tens of milliseconds (its locale data is loaded then), and a first render in
 * English would pay them for the speed menu ("1.5×") and the seek bar's spoken value ("0
 * seconds of 3 hours") alone. Only the built-in English's own locale, and only numbers
 * that `Intl` writes as JavaScript does: whole thousandths below a thousand.
 * `test/core/intl.test.ts` holds these to `Intl`'s own output.
 */
const PLAIN = 'en';
const plainNumber = (locale: string, value: number): string | undefined =>
  locale === PLAIN && Math.abs(value) < 1000 && Math.round(value * 1000) / 1000 === value && !Object.is(value, -0)
    ? String(value)
    : undefined;

/** A number as the locale writes it: `1,234.5`, `1.234,5`, `1 234,5`. */
export function formatNumber(locale: string, value: number, fractionDigits?: number): string {
  const plain = fractionDigits === undefined ? plainNumber(locale, value) : undefined;
  if (plain !== undefined) return plain;
  const options: Intl.NumberFormatOptions =
    fractionDigits === undefined ? {} : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return formatter(`n|${locale}|${fractionDigits}`, () => inLocale((l) => new Intl.NumberFormat(l, options), locale)).format(value);
}

/** The plural category of `count` in the locale (`one`, `few`, `many`, `other`, …), to pick a sentence by. */
export function pluralOf(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = inLocale((l) => new Intl.PluralRules(l), locale)));
  return rules.select(count);
}
/** Made once per locale, like the formatters: making one costs far more than asking it. */
const pluralRules = new Map<string, Intl.PluralRules>();

type DurationUnit = 'hour' | 'minute' | 'second';

/** `Intl.DurationFormat` where the engine has it (not yet in every browser the player supports, nor in Node 20). */
interface DurationFormatter {
  format(duration: { hours?: number; minutes?: number; seconds?: number }): string;
}
type DurationFormatConstructor = new (locale: string | undefined, options: { style: 'long' }) => DurationFormatter;

/**
 * A duration in words, long style: "1 hour, 3 minutes, 20 seconds", "1 Stunde, 3 Minuten
 * und 20 Sekunden", "1 時間 3 分 20 秒". Units that are zero are left out, except all
 * of them ("0 seconds"). Without `Intl.DurationFormat`, each unit is a long unit number
 * joined as a unit list, which is how DurationFormat's long style is defined.
 */
export function spokenDuration(locale: string, hours: number, minutes: number, seconds: number): string {
  if (!hours && !minutes && !seconds) return unitNumber(locale, 0, 'second');
  // English's long unit list is its units joined by commas, in DurationFormat and ListFormat alike.
  if (locale === PLAIN && [hours, minutes, seconds].every((value) => plainNumber(locale, value) !== undefined))
    return unitList(hours, minutes, seconds).join(', ');
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  if (DurationFormat) {
    const duration = { ...(hours ? { hours } : {}), ...(minutes ? { minutes } : {}), ...(seconds ? { seconds } : {}) };
    return formatter(`d|${locale}`, () => inLocale((l) => new DurationFormat(l, { style: 'long' }), locale)).format(duration);
  }
  const parts = unitList(hours, minutes, seconds, locale);
  return formatter(`l|${locale}`, () => inLocale((l) => new Intl.ListFormat(l, { type: 'unit', style: 'long' }), locale)).format(
    parts as never,
  );
}

/** The units that are not zero, each as a long unit number. */
function unitList(hours: number, minutes: number, seconds: number, locale = PLAIN): string[] {
  return (
    [
      [hours, 'hour'],
      [minutes, 'minute'],
      [seconds, 'second'],
    ] as const
  )
    .filter(([value]) => value)
    .map(([value, unit]) => unitNumber(locale, value, unit));
}

function unitNumber(locale: string, value: number, unit: DurationUnit): string {
  const plain = plainNumber(locale, value);
  if (plain !== undefined) return `${plain} ${value === 1 ? unit : `${unit}s`}`;
  return formatter(`u|${locale}|${unit}`, () =>
    inLocale((l) => new Intl.NumberFormat(l, { style: 'unit', unit, unitDisplay: 'long' }), locale),
  ).format(value);
}

/**
 * An episode's date as the locale writes it in full ("May 1, 2024", "1. Mai 2024",
 * "2024年5月1日"), or undefined when it is no date. A date without a time
 * (`2024-05-01`) is that day everywhere, not the day before west of Greenwich.
 */
export function formatDate(locale: string, written: string): string | undefined {
  const time = Date.parse(written);
  if (Number.isNaN(time)) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(written.trim());
  return formatter(`t|${locale}|${dateOnly}`, () =>
    inLocale((l) => new Intl.DateTimeFormat(l, { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) }), locale),
  ).format(time);
}
