import { isServer } from 'lit';
import type { MediaLike } from '../audio/media-element-controller.js';

/**
 * The page's media element a player follows: the `media` object, else the element its
 * `for` names (in the player's own tree first, then the document), if any. An id named
 * before its element is parsed is looked for again, through `retry`, once the page is.
 */
export function findBoundMedia(
  player: Element,
  media: MediaLike | undefined,
  htmlFor: string | undefined,
  retry: () => void,
): MediaLike | undefined {
  if (media) return media;
  if (!htmlFor || isServer) return undefined;
  const root = player.getRootNode() as Document | ShadowRoot;
  const found = root.getElementById?.(htmlFor) ?? document.getElementById(htmlFor);
  if (found) return found as unknown as MediaLike;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', retry, { once: true });
  return undefined;
}
