import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { REQUEST } from './events.js';
import { SPEEDS } from './playback-steps.js';
import { handleRequest, type PlayerRequest, type RequestTarget } from './requests.js';

/**
 * Where every request reaches the player: `request` for its own controllers (keys, the
 * lock screen, deep links) and the `tp-request` events its parts dispatch, which stop here
 * (the page never sees them). `target` is read per request: it carries the current state.
 */
export class RequestController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => RequestTarget,
  ) {
    host.addController(this);
  }

  readonly request = (request: PlayerRequest): void => handleRequest(this.target(), request);

  hostConnected(): void {
    this.host.addEventListener(REQUEST, this.handleEvent as EventListener);
  }

  hostDisconnected(): void {
    this.host.removeEventListener(REQUEST, this.handleEvent as EventListener);
  }

  private readonly handleEvent = (event: CustomEvent<PlayerRequest>): void => {
    event.stopPropagation();
    this.request(event.detail);
  };
}

/** The player's own API, which most requests come down to. */
export interface RequestablePlayer {
  readonly currentTime: number;
  readonly paused: boolean;
  playbackRate: number;
  play(): Promise<void>;
  pause(): void;
  seek(seconds: number): void;
}

/** What requests act on: the player's API, its speeds, and what only its parts know. */
export function requestTargetOf(
  player: RequestablePlayer,
  parts: Pick<RequestTarget, 'chapterStarts' | 'currentChapter' | 'toggleMute' | 'share' | 'setTranscriptLanguage' | 'listenerMoved'>,
): RequestTarget {
  return {
    currentTime: player.currentTime,
    paused: player.paused,
    playbackRate: player.playbackRate,
    speeds: SPEEDS,
    play: () => void player.play(),
    pause: () => player.pause(),
    seek: (seconds) => player.seek(seconds),
    setRate: (rate) => (player.playbackRate = rate),
    ...parts,
  };
}
