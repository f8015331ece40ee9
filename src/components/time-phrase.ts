import { TIME_LIMIT } from '../core/time.js';
import type { Strings } from '../i18n/en.js';

/** A time as words for screen readers: "3 minutes 20 seconds", not "3:20"; past `TIME_LIMIT`, "unknown". */
export function timePhrase(strings: Strings, seconds: number): string {
  if (seconds > TIME_LIMIT) return strings.unknownTime;
  const safe = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  return strings.timePhrase(Math.floor(safe / 3600), Math.floor((safe % 3600) / 60), safe % 60);
}
