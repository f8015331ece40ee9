import type { PlayerRequest } from '../../src/components/requests.js';

/** A request as the controller tests log it ("skip -15", "play/pause", …). */
export function logged(request: PlayerRequest): string {
  switch (request.type) {
    case 'toggle-play':
      return 'play/pause';
    case 'skip-by':
      return `skip ${request.seconds}`;
    case 'speed-step':
      return `speed ${request.direction}`;
    case 'toggle-mute':
      return 'mute';
    case 'seek-to':
      return `seekTo ${request.time}`;
    case 'chapter-step':
      return request.direction < 0 ? 'previous chapter' : 'next chapter';
    default:
      return request.type;
  }
}
