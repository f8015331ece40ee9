import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SKIP_BACK_SECONDS, SKIP_FORWARD_SECONDS } from './playback-steps.js';
import type { PlayerRequest } from './requests.js';

/** What the lock screen, headset and OS media panel show. */
export interface MediaSessionInfo {
  /** The episode title. */
  title?: string;
  /** The show, shown as the artist. */
  show?: string;
  /** The current chapter's title, shown as the album (the show when there is none). */
  chapter?: string;
  /** The episode's artwork URL. */
  artwork?: string;
  /** The current chapter's image, shown before the episode's artwork. */
  chapterImage?: string;
  /** Whether previous/next track buttons should move between chapters; without chapters they are not offered. */
  hasChapters?: boolean;
}

const ACTIONS: MediaSessionAction[] = ['play', 'pause', 'seekbackward', 'seekforward', 'seekto', 'previoustrack', 'nexttrack'];

/** What the player knows, as the lock screen shows it: a chapter title stands in for the album; without chapters the track buttons stay the skips. */
export function sessionInfo(known: {
  title: string;
  show: string | undefined;
  artwork: string | undefined;
  chapter: string | undefined;
  chapterImage: string | undefined;
  chapterCount: number;
}): MediaSessionInfo {
  const { title, show, artwork, chapter, chapterImage } = known;
  return {
    title,
    ...(show ? { show } : {}),
    ...(chapter ? { chapter } : {}),
    ...(chapterImage ? { chapterImage } : {}),
    ...(artwork ? { artwork } : {}),
    hasChapters: known.chapterCount > 1,
  };
}

/** The one controller whose player the OS controls: a page has one media session, not one per player. */
let owner: MediaSessionController | undefined;

/**
 * Connects one player to the Media Session API while it is the playing one: the player
 * `claim()`s on play and `release()`s when it stops being that player (or leaves the
 * page). Where the API is missing (older browsers, some WebViews) everything is a no-op.
 */
export class MediaSessionController implements ReactiveController {
  private info: MediaSessionInfo = {};

  constructor(
    host: ReactiveControllerHost,
    /** The OS's buttons make the same requests as the player's own. */
    private readonly dispatch: (request: PlayerRequest) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.release();
  }

  get claimed(): boolean {
    return owner === this;
  }

  /** New metadata (a chapter change, say); shown at once if this player holds the session. */
  setInfo(info: MediaSessionInfo): void {
    this.info = info;
    if (this.claimed) this.apply();
  }

  /** Makes this player the one the OS controls, taking over from any other. */
  claim(): void {
    if (!mediaSession()) return;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the page-wide owner of the one media session
    owner = this;
    this.apply();
  }

  /** Clears the session, unless another player has claimed it since. */
  release(): void {
    if (!this.claimed) return;
    owner = undefined;
    const session = mediaSession();
    if (!session) return;
    for (const action of ACTIONS) setHandler(session, action, null);
    session.metadata = null;
    session.playbackState = 'none';
  }

  setPlaybackState(paused: boolean): void {
    const session = mediaSession();
    if (session && this.claimed) session.playbackState = paused ? 'paused' : 'playing';
  }

  /**
   * For the OS's own seek bar, which moves by itself from here at `playbackRate`: call it
   * on play, pause, seek, speed and duration changes, not every frame. Ignored while the
   * duration is unknown.
   */
  setPosition(position: number, duration: number, playbackRate: number): void {
    const session = mediaSession();
    if (!session || !this.claimed || !(duration > 0) || !(playbackRate > 0) || !session.setPositionState) return;
    try {
      session.setPositionState({ duration, playbackRate, position: Math.min(Math.max(position, 0), duration) });
    } catch {
      // Browsers differ on which rates they accept; the OS then shows no position.
    }
  }

  /** Metadata and handlers together: whether chapters exist decides the track handlers. */
  private apply(): void {
    const session = mediaSession();
    if (!session) return;
    for (const action of ACTIONS) setHandler(session, action, this.handlerFor(action));
    if (typeof MediaMetadata !== 'function') return;
    const { title, show, chapter, artwork, chapterImage } = this.info;
    const images = [chapterImage, artwork].filter((src): src is string => Boolean(src));
    try {
      session.metadata = new MediaMetadata({
        title: title ?? '',
        artist: show ?? '',
        album: chapter ?? show ?? '',
        artwork: images.map((src) => ({ src })),
      });
    } catch {
      // An artwork URL the browser cannot parse: the text is worth showing without it.
      session.metadata = new MediaMetadata({ title: title ?? '', artist: show ?? '', album: chapter ?? show ?? '' });
    }
  }

  private handlerFor(action: MediaSessionAction): MediaSessionActionHandler | null {
    const request =
      (made: PlayerRequest): MediaSessionActionHandler =>
      () =>
        this.dispatch(made);
    switch (action) {
      case 'play':
        return request({ type: 'play' });
      case 'pause':
        return request({ type: 'pause' });
      case 'seekbackward':
        return (details) => this.dispatch({ type: 'skip-by', seconds: -(details.seekOffset || SKIP_BACK_SECONDS) });
      case 'seekforward':
        return (details) => this.dispatch({ type: 'skip-by', seconds: details.seekOffset || SKIP_FORWARD_SECONDS });
      case 'seekto':
        return (details) => {
          if (details.seekTime !== undefined && Number.isFinite(details.seekTime))
            this.dispatch({ type: 'seek-to', time: details.seekTime });
        };
      // Registering these replaces the skip buttons on iOS and some Android panels, so only with chapters.
      case 'previoustrack':
        return this.info.hasChapters ? request({ type: 'chapter-step', direction: -1 }) : null;
      case 'nexttrack':
        return this.info.hasChapters ? request({ type: 'chapter-step', direction: 1 }) : null;
      default:
        return null;
    }
  }
}

/** Typed as always there, but missing in older browsers, some WebViews and insecure contexts. */
function mediaSession(): MediaSession | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator.mediaSession ?? undefined);
}

/** Browsers throw for actions they do not know (`seekto` in older Safari); the others still work. */
function setHandler(session: MediaSession, action: MediaSessionAction, handler: MediaSessionActionHandler | null): void {
  try {
    session.setActionHandler(action, handler);
  } catch {
    // Unsupported action: nothing to register or clear.
  }
}
