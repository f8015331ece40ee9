import { describeUrl } from '../core/describe-url.js';
import { message } from '../core/message.js';
import type { MediaLike } from './media-element-controller.js';
import { PendingPlays } from './pending-plays.js';

/** What a page's media element plays: its `currentSrc`, else its `src`, else ''. */
export function mediaSource(media: MediaLike): string {
  return media.currentSrc || media.src || '';
}

/**
 * Plays a page's media element now (inside the listener's tap, when there is one). The
 * promise settles as the player's own audio's does: it rejects with a `PlayRefusal`, which
 * the player turns into a `DOMException`.
 */
export function playMedia(media: MediaLike): Promise<void> {
  const plays = new PendingPlays();
  const started = plays.add();
  try {
    Promise.resolve(media.play()).then(
      () => plays.resolve(),
      (error: unknown) => {
        const name = error instanceof DOMException && error.name === 'NotAllowedError' ? 'NotAllowedError' : 'AbortError';
        plays.reject({ name, message: message('play-blocked', { file: describeUrl(mediaSource(media)) }) });
      },
    );
  } catch {
    plays.reject({ name: 'NotSupportedError', message: message('play-no-source', {}) });
  }
  return started;
}
