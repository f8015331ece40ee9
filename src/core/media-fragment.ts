/**
 * Temporal deep links (Media Fragments URI 1.0 and Podlove Deep Linking, SPEC §6):
 * `#t=83`, `#t=1:02:03.5`, `#t=npt:83.5`, `#t=10,20`, `#t=,24:12`, `#style=x&t=10,200`.
 *
 * Input is read leniently, as share links in the wild are written (`1:23` with a
 * one-digit minute, which the spec and Blink reject, is accepted); output is canonical
 * seconds, the form every browser and podcast app reads.
 *
 * Several players on one page: a player with an id reads its own parameter,
 * `t-<playerId>=…` (`#t-ep12=83`, and `#t-ep12=83&t-ep13=10` starts two players at
 * once). The `t` stays first so every time parameter starts with `t`, and the name is
 * percent-encoded when written, so ids with `&`, `=` or spaces survive the round trip.
 * With a `playerId`, only that scoped parameter counts: whether a bare `#t=` also
 * applies to this player (the only one on the page, or the first) is the caller's call.
 */

import { parseTime } from './time.js';

export interface MediaFragment {
  start: number;
  /** Where playback should pause the first time it is reached; always after `start`. */
  end?: number;
}

/**
 * Reads the temporal fragment from a URL hash (with or without its `#`). Returns
 * `undefined` for no `t`, an unreadable time, a clock format other than NPT, or an end
 * not after the start: invalid fragments are ignored, as the spec says. When `t`
 * appears more than once, the last readable one wins (Media Fragments §5.1).
 */
export function parseMediaFragment(hash: string, playerId?: string): MediaFragment | undefined {
  if (typeof hash !== 'string') return undefined;
  const name = playerId ? `t-${wellFormed(playerId)}` : 't';
  let found: MediaFragment | undefined;
  for (const param of hash.replace(/^#/, '').split('&')) {
    const equals = param.indexOf('=');
    if (equals < 0 || decode(param.slice(0, equals)) !== name) continue;
    const value = decode(param.slice(equals + 1));
    const fragment = value === undefined ? undefined : parseRange(value);
    if (fragment) found = fragment;
  }
  return found;
}

/**
 * The canonical parameter for a share link, without the `#`: `t=83.5`, `t=10,20`,
 * `t-ep12=83.5`. Times are rounded to the millisecond and written without trailing
 * zeros; a negative or non-finite start is 0, and an end that is not after the start
 * (once rounded) is left out rather than producing a link that would be ignored.
 */
export function formatMediaFragment(start: number, end?: number, playerId?: string): string {
  const from = seconds(start);
  const to = end === undefined || !Number.isFinite(end) ? undefined : seconds(end);
  const name = playerId ? encodeURIComponent(`t-${wellFormed(playerId)}`) : 't';
  return to !== undefined && to > from ? `${name}=${write(from)},${write(to)}` : `${name}=${write(from)}`;
}

function parseRange(value: string): MediaFragment | undefined {
  // `npt:` is the only time format we support; `smpte:` and `clock:` are ignored.
  const text = value.trim().replace(/^npt:/i, '');
  const parts = text.split(',');
  if (parts.length > 2) return undefined;
  const [first = '', second] = parts;
  // `t=,20` starts at 0; `t=10,` (not in the grammar, but written) has no end.
  const start = first.trim() === '' ? (second?.trim() ? 0 : undefined) : parseTime(first);
  if (start === undefined) return undefined;
  if (second === undefined || second.trim() === '') return { start };
  const end = parseTime(second);
  return end !== undefined && start < end ? { start, end } : undefined;
}

/** Share tools percent-encode colons (`t=1%3A23`); a broken escape makes the parameter unreadable. */
function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * A lone surrogate (possible in an `id`) makes `encodeURIComponent` throw and can never
 * come out of `decodeURIComponent`: both sides use U+FFFD for it instead.
 */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function seconds(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.round(value * 1000) / 1000 : 0;
}

/** `toFixed` writes no exponent below 1e21 s (far past any episode); trailing zeros and a bare point are dropped. */
function write(value: number): string {
  return value.toFixed(3).replace(/\.?0+$/, '');
}
