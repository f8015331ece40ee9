import type { ChapterAnnouncer } from './chapter-announcer.js';
import type { EpisodeSources } from './episode-sources.js';
import type { LocalizationController } from './localization-controller.js';
import type { PlaybackController } from './playback-controller.js';
import type { PlayerView } from './player-view.js';
import type { PlayheadSync } from './playhead-sync.js';
import type { ResumeOffer } from './resume-offer.js';
import type { ShareController } from './share-controller.js';

/** The parts whose state the player shows. */
export interface ViewParts {
  l10n: LocalizationController;
  playback: PlaybackController;
  sources: EpisodeSources;
  playhead: PlayheadSync;
  resume: ResumeOffer;
  sharing: ShareController;
  announcer: ChapterAnnouncer;
}

/** What the element itself knows: its attributes and the position as its public API reports it. */
export interface ViewFacts {
  /** The page's `aria-label` for the player, if it gives one. */
  label: string | null;
  episodeName: string | undefined;
  /** The audio asked for (none: nothing to play) and the audio loaded (what share and download offer). */
  src: string;
  loadedSrc: string;
  download: boolean;
  currentTime: number;
  duration: number;
  playbackRate: number;
}

/** Gathers, on each render, everything the player shows from the parts that hold it. */
export function playerViewInput(parts: ViewParts, facts: ViewFacts): PlayerView {
  const { l10n, playback, sources, playhead } = parts;
  const { strings } = l10n;
  const { duration } = facts;
  const { error, warning, blocked, lockScreen } = playback.messages;
  return {
    strings,
    shown: l10n.shown,
    busy: playback.buffering || playback.starting,
    label: facts.label ?? strings.player,
    manifest: sources.manifest,
    loadedManifest: sources.loadedManifest,
    baseUrl: sources.baseUrl,
    episodeName: facts.episodeName,
    playhead: playhead.playhead,
    chapters: playhead.episode.chapters.listed,
    external: playback.external,
    controls: {
      paused: !playback.playing,
      disabled: !facts.src || playback.state === 'error',
      // Never past the end shown (a `#t=` link beyond it, before the audio's length is known).
      currentTime: duration > 0 ? Math.min(facts.currentTime, duration) : facts.currentTime,
      duration,
      playbackRate: facts.playbackRate,
      buffering: playback.buffering,
      starting: playback.starting,
    },
    actions: {
      resumeOffer: parts.resume.offer,
      src: facts.src || facts.loadedSrc,
      download: facts.download,
      shareStatus: parts.sharing.status,
    },
    audioMessages: [error, warning, blocked, lockScreen],
    panels: { ...sources.panels, segments: playhead.episode.segments },
    announcement: parts.announcer.text,
  };
}
