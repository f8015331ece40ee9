import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AudioState } from '../audio/audio-controller.js';
import type { Chapter } from '../core/model.js';
import type { EpisodeSources } from './episode-sources.js';
import { message } from '../core/message.js';
import { loadModule } from '../lazy.js';
import type { MediaSessionController, sessionInfo } from './media-session-controller.js';
import type { PlaybackController } from './playback-controller.js';
import { playing, register, unregister, type Pausable } from './player-registry.js';
import type { PlayheadSync } from './playhead-sync.js';
import type { PlayerRequest } from './requests.js';
import type { ResumeOffer } from './resume-offer.js';

/** What the session reads of its player. */
export interface SessionPlayer extends ReactiveControllerHost, Pausable {
  readonly isConnected: boolean;
  readonly currentTime: number;
  readonly duration: number;
  readonly playbackRate: number;
  readonly showName?: string | undefined;
  readonly chapterList: readonly Chapter[];
}

export interface SessionParts {
  playback: PlaybackController;
  sources: EpisodeSources;
  playhead: PlayheadSync;
  resume: ResumeOffer;
  /** The episode's title as the page, the episode description or the markup gives it. */
  episodeName(): string | undefined;
}

/**
 * What playing means beyond the sound: one player sounds at a time on the page, the
 * position is kept for the next visit, the MP3's own chapters are read once its bytes are
 * fetched anyway, and the lock screen shows this episode and chapter and controls it.
 *
 * The lock screen's code (`media-session-controller.ts`) is imported when the player first
 * plays: a page whose listener never presses play never needs it. Until it arrives (a
 * moment after the sound starts) the OS shows what it shows for any page's audio.
 */
export class ListeningSession implements ReactiveController {
  private mediaSession: MediaSessionController | undefined;
  private infoFor: typeof sessionInfo | undefined;
  private importing = false;

  constructor(
    private readonly player: SessionPlayer,
    private readonly parts: SessionParts,
    private readonly request: (request: PlayerRequest) => void,
  ) {
    player.addController(this);
  }

  hostConnected(): void {
    register(this.player);
  }

  hostDisconnected(): void {
    unregister(this.player);
  }

  /** Position, speed or length changed: the lock screen's seek bar moves from there. */
  positionChanged(rate = this.player.playbackRate): void {
    this.mediaSession?.setPosition(this.player.currentTime, this.player.duration, rate);
  }

  /** A chapter (with its title and image) was reached. */
  chapterChanged(): void {
    const { player, parts, mediaSession, infoFor } = this;
    if (!mediaSession || !infoFor) return;
    const { chapter, artwork } = parts.playhead.playhead;
    const { manifest } = parts.sources;
    mediaSession.setInfo(
      infoFor({
        title: parts.episodeName() ?? globalThis.document?.title,
        show: player.showName ?? manifest?.show,
        artwork: manifest?.artwork,
        chapter: player.chapterList[chapter]?.title,
        chapterImage: artwork,
        chapterCount: player.chapterList.length,
      }),
    );
  }

  audioStateChanged(previous: AudioState): void {
    const { playback, resume, sources } = this.parts;
    const next = playback.state;
    // The audio is being fetched now: reading the tag at its start costs the listener nothing more.
    if (next === 'loading') sources.audioFetched(playback.audio.src);
    if (next === 'playing') {
      resume.withdraw();
      playing(this.player);
      // A page's own media element has the browser's lock screen already.
      if (!playback.external) this.claimMediaSession();
      this.chapterChanged();
    } else if (next === 'paused' && previous === 'playing') {
      resume.flush();
    } else if (next === 'ended') {
      resume.ended();
    }
    this.mediaSession?.setPlaybackState(next !== 'playing');
  }

  /** The lock screen shows this player: at once when its code is here, else once it arrives. */
  private claimMediaSession(): void {
    if (this.mediaSession) return this.mediaSession.claim();
    if (this.importing) return;
    this.importing = true;
    loadModule('media-session').then(
      ({ MediaSessionController, sessionInfo }) => {
        this.importing = false;
        this.parts.playback.sayAboutLockScreen(undefined);
        if (this.mediaSession || !this.player.isConnected) return;
        this.mediaSession = new MediaSessionController(this.player, this.request);
        this.infoFor = sessionInfo;
        // As if it had been here at the play: claimed, then told where playing has got to since.
        this.mediaSession.claim();
        this.chapterChanged();
        this.mediaSession.setPlaybackState(this.parts.playback.state !== 'playing');
        this.positionChanged();
      },
      (error: unknown) => {
        // Without its file the lock screen shows what it shows for any page's audio; the
        // sound, the player and its controls are unaffected, and the player says which file
        // is missing. Asked for again on the next play.
        this.importing = false;
        const detail = error instanceof Error ? error.message : String(error);
        this.parts.playback.sayAboutLockScreen(message('lock-screen-failed', { detail }));
      },
    );
  }
}
