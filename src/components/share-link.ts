import { formatMediaFragment } from '../core/media-fragment.js';

/**
 * The page's address with a `#t=` for this moment (scoped to the player's id when it has
 * one); other fragment parameters of the page are kept.
 */
export function shareUrl(pageUrl: string, start: number, end?: number, playerId?: string): string {
  const url = new URL(pageUrl);
  const name = playerId ? `t-${playerId}` : 't';
  const kept = url.hash
    .replace(/^#/, '')
    .split('&')
    .filter((param) => param && decodeURIComponent(param.split('=')[0] ?? '') !== name);
  url.hash = [...kept, formatMediaFragment(start, end, playerId)].join('&');
  return url.href;
}

/** Copies text, saying whether it worked: the clipboard is refused in some frames and browsers. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
