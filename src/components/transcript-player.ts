import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { AudioController, type AudioState } from '../audio/audio-controller.js';
import { ChapterIndex } from '../core/chapter-index.js';
import { CueIndex } from '../core/cue-index.js';
import { wordAt } from '../core/word-at.js';
import type { Chapter, ChaptersFormat, RawChapter, RawSegment, Segment, TranscriptFormat } from '../core/model.js';
import { normaliseChapters, normaliseSegments } from '../core/normalise.js';
import { formatTime } from '../core/time.js';
import { dataFromUrl, dataFromValue, describeProblem, type DataKind, type LoadedData } from '../data/load-data.js';
import { en } from '../i18n/en.js';
import { pickLanguage, stringsFor } from '../i18n/pick-language.js';
import type { AudioSource } from '../core/episode-manifest.js';
import type { LoadedManifest } from '../data/load-manifest.js';
import { DeepLinkController } from './deep-link-controller.js';
import { ManifestController } from './manifest-controller.js';
import { MediaSessionController } from './media-session-controller.js';
import { playing, register, unregister } from './player-registry.js';
import { ResumeStore, type ResumePoint } from './resume-store.js';
import { copyText, shareUrl } from './share-link.js';
import { ShortcutsController } from './shortcuts-controller.js';
import { SPEEDS } from './playback-steps.js';
import {
  emit,
  QUOTE_REQUEST,
  SEEK_REQUEST,
  type QuoteRequestDetail,
  type ChapterChangeDetail,
  type ErrorSource,
  type PlayerErrorDetail,
  type ReadyDetail,
  type SeekRequestDetail,
  type SegmentChangeDetail,
} from './events.js';
import { renderControls } from './player-controls.js';
import type { SeekBar } from './seek-bar.js';
import type { TranscriptView } from './transcript-view/transcript-view.js';
import { playerStyles } from './transcript-player.styles.js';
import { visuallyHidden } from './visually-hidden.styles.js';

type Load<T> = LoadedData<T> | 'loading' | undefined;

/** How often `timeupdate` fires while playing, like the media element's own event. */
const TIMEUPDATE_INTERVAL = 0.25;

/**
 * Plays a podcast episode with its transcript and chapters in step.
 *
 * @attr src - Audio URL.
 * @attr transcript - Transcript file URL (WebVTT, SRT, Podcasting 2.0 JSON, timestamped lines, …).
 * @attr chapters - Chapters file URL (Podcasting 2.0 JSON, Podlove Simple Chapters, WebVTT).
 * @attr transcript-type - Forces the transcript format instead of detecting it.
 * @attr chapters-type - Forces the chapters format instead of detecting it.
 * @attr episode - URL of an episode description (JSON: title, show, audio, transcript, chapters, notes, duration).
 * @attr lang - UI language (`en`, `de`); without it, the page's.
 * @attr theme - `light` or `dark`; without it, the system's.
 * @attr download - Offers a download link for the audio.
 * @attr no-resume - Does not remember the position and speed.
 * @attr preload - `none` (default: no audio is fetched before the listener shows intent), `metadata` or `auto`.
 * @attr episode-title - The episode title for the lock screen.
 * @attr show-name - The show's name for the lock screen.
 *
 * @event timeupdate - The playback position changed (about four times a second while playing, and on every seek).
 * @event play - Playback started.
 * @event pause - Playback paused.
 * @event ended - Playback reached the end.
 * @event durationchange - The audio's duration became known.
 * @event segmentchange - The spoken line changed; `detail.index` (-1 between lines) and `detail.segment`.
 * @event chapterchange - The current chapter changed; `detail.index` (-1 outside chapters) and `detail.chapter`.
 * @event ready - Transcript and chapters are loaded (or failed); `detail.segments` and `detail.chapters` count them.
 * @event error - Something could not be loaded; `detail.source` is `audio`, `transcript`, `chapters` or `episode`, `detail.message` says what. Does not bubble.
 *
 * @csspart segment - Each transcript line; `active` is added to the spoken one.
 * @csspart chapter - Each chapter entry; `active` is added to the current one.
 * @csspart play-button - The play/pause button.
 * @csspart seek-bar - The seek slider.
 * @csspart chapter-mark - A chapter start mark on the seek bar.
 * @csspart error - An error message.
 * @csspart notice - A note that some entries of a file were skipped.
 * @csspart word - A timed word of a line with word times; `active-word` marks the spoken one.
 * @csspart speaker - The speaker label where the speaker changes.
 * @csspart chapter-heading - A chapter heading inside the transcript.
 * @csspart search-input - The transcript search field (also `search-count`, `search-previous`, `search-next`).
 * @csspart match - A search match (`current-match` on the one jumped to).
 * @csspart back-to-current - Resumes following the audio.
 * @csspart quote-link - Copies a link to the selected lines.
 * @csspart skip-back - Back 15 s (also `skip-forward`, `speed`, `time`, `elapsed`, `duration`).
 * @csspart chapter-title - A chapter's title (also `chapter-link`).
 * @csspart artwork - The playing chapter's or episode's image (also `current-chapter`, `episode-title`, `show-name`).
 * @csspart resume - The offer to resume (also `share`, `share-status`, `download`, `buffering`).
 * @csspart notes - The show notes (also `notes-panel`, `notes-link`, `notes-time`).
 *
 * @cssproperty --tp-accent - Accent colour for highlight, progress and focus.
 * @cssproperty --tp-transcript-height - Height of the transcript panel.
 */
export class TranscriptPlayer extends LitElement {
  static override styles = [visuallyHidden, playerStyles];

  private readonly audio = new AudioController(this, {
    onTime: (seconds) => this.handleTime(seconds),
    onState: (audioState) => this.handleAudioState(audioState),
    onDuration: (seconds) => {
      if (seconds === this.mediaDuration) return;
      this.mediaDuration = seconds;
      emit(this, 'durationchange');
    },
    onError: (message) => {
      this.audioError = message;
      this.fail('audio', message);
    },
    onBuffering: (buffering) => {
      this.buffering = buffering;
    },
    onUnseekable: (message) => {
      this.audioWarning = message;
      this.fail('audio', message);
    },
    onPlayBlocked: (message) => {
      this.playBlocked = message;
      if (message) this.fail('audio', message);
    },
  });

  private readonly deepLink = new DeepLinkController(this);
  // Held for its listeners: keys count only while focus is inside this player.
  protected readonly shortcuts = new ShortcutsController(this, {
    togglePlay: () => (this.paused ? this.play() : this.pause()),
    skip: (seconds) => this.seek(this.time + seconds),
    changeSpeed: (direction) => this.stepSpeed(direction),
    toggleMute: () => this.audio.toggleMute(),
  });
  private readonly mediaSession = new MediaSessionController(this, {
    play: () => this.play(),
    pause: () => this.pause(),
    skip: (seconds) => this.seek(this.time + seconds),
    seekTo: (seconds) => this.seek(seconds),
    previousChapter: () => this.stepChapter(-1),
    nextChapter: () => this.stepChapter(1),
  });
  private resume: ResumeStore | undefined;
  private readonly manifestLoader = new ManifestController(this);

  /** URL of an episode description (title, audio, transcript, chapters, notes) in one JSON file. */
  @property() episode = '';
  /** Audio URL. */
  @property() src = '';
  /** What to fetch before the listener asks: `none` (default: not a byte), `metadata` or `auto`. */
  @property() preload: 'none' | 'metadata' | 'auto' = 'none';
  /** Transcript file URL. */
  @property() transcript = '';
  /** Chapters file URL. */
  @property() chapters = '';
  /** Forces the transcript format: `json`, `vtt`, `srt`, `lines`, `podlove-json`, `pst`, `html`. */
  @property({ attribute: 'transcript-type' }) transcriptType?: TranscriptFormat;
  /** Forces the chapters format: `json`, `psc-json`, `psc`, `vtt`. */
  @property({ attribute: 'chapters-type' }) chaptersType?: ChaptersFormat;
  /** Transcript as data instead of a URL: file text, parsed JSON, or segments. */
  @property({ attribute: false }) transcriptData?: unknown;
  /** Chapters as data instead of a URL: file text, parsed JSON, or chapters. */
  @property({ attribute: false }) chaptersData?: unknown;
  /** UI language (`en`, `de`); without it, the page's language. */
  @property({ attribute: 'lang' }) language?: string;
  /** `light` or `dark` forces a theme; without it the player follows the system. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** Offers a download link for the audio file. */
  @property({ type: Boolean }) download = false;
  /** Turns off remembering the position and speed in this browser. */
  @property({ type: Boolean, attribute: 'no-resume' }) noResume = false;
  /** The episode title, for the lock screen (the manifest's, when there is one). */
  @property({ attribute: 'episode-title' }) episodeTitle?: string;
  /** The show's name, for the lock screen. */
  @property({ attribute: 'show-name' }) showName?: string;

  /**
   * The playback position. Not reactive: it changes every frame, and the parts that
   * move every frame (seek bar, spoken word) are given it directly; the element itself
   * re-renders when the shown second changes.
   */
  private time = 0;
  @state() private mediaDuration = 0;
  @state() private audioState: AudioState = 'empty';
  @state() private audioError = '';
  /** A problem that leaves playback working, such as a server that cannot seek. */
  @state() private audioWarning = '';
  /** The browser refused a play() that no tap started (autoplay rules); cleared when playing. */
  @state() private playBlocked = '';
  @state() private buffering = false;
  @state() private transcriptLoad: Load<RawSegment>;
  @state() private chaptersLoad: Load<RawChapter>;
  @state() private activeSegment = -1;
  @state() private activeChapter = -1;
  @state() private artwork: string | undefined;
  /** The episode description, from `episode` or an inline JSON child. */
  @state() private manifest: LoadedManifest | undefined;
  /** A saved position to offer, from an earlier visit. */
  @state() private resumeOffer: ResumePoint | undefined;
  /** What the share button last did, said in a live region. */
  @state() private shareStatus = '';
  /** Said politely to screen readers: a chapter reached by the listener's own action, never by playback. */
  @state() private announcement = '';
  /** When the listener last moved the position themselves; chapter changes soon after are theirs. */
  private userMovedAt = -Infinity;
  /** Index of the spoken word in the spoken line; changes with `time`, which re-renders anyway. */
  private activeWord = -1;

  /** The parts given the position every frame; null before the first render. */
  @query('tp-seek-bar') private seekBar!: SeekBar | null;
  @query('tp-transcript-view') private transcriptView!: TranscriptView | null;

  private strings = en;
  private normalisedSegments: Segment[] = [];
  private chapterIndex = new ChapterIndex([]);
  private segmentIndex = new CueIndex([]);
  private readonly loads: Partial<Record<DataKind, AbortController>> = {};
  private lastTimeupdate = -Infinity;
  private readyFired = false;

  /** The transcript lines in time order, as shown. */
  get segments(): readonly Segment[] {
    return this.normalisedSegments;
  }

  /** The listed chapters in time order, as shown. */
  get chapterList(): readonly Chapter[] {
    return this.chapterIndex.listed;
  }

  get currentTime(): number {
    return this.time;
  }

  set currentTime(seconds: number) {
    this.seek(seconds);
  }

  /** Seconds: the audio's once known, else the episode description's, else the end of the transcript or chapters, else 0. */
  get duration(): number {
    return this.mediaDuration || this.manifest?.manifest?.duration || this.dataDuration();
  }

  get paused(): boolean {
    return this.audio.paused;
  }

  get playbackRate(): number {
    return this.audio.playbackRate;
  }

  set playbackRate(rate: number) {
    const old = this.audio.playbackRate;
    this.audio.playbackRate = rate;
    this.requestUpdate('playbackRate', old);
  }

  play(): void {
    this.audio.play();
  }

  pause(): void {
    this.audio.pause();
  }

  seek(seconds: number): void {
    this.audio.seek(seconds);
    this.lastTimeupdate = -Infinity;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener(SEEK_REQUEST, this.handleSeekRequest);
    this.addEventListener(QUOTE_REQUEST, this.handleQuoteRequest);
    for (const type of INTENT_EVENTS) this.addEventListener(type, this.handleIntent, { passive: true });
    register(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener(SEEK_REQUEST, this.handleSeekRequest);
    this.removeEventListener(QUOTE_REQUEST, this.handleQuoteRequest);
    for (const type of INTENT_EVENTS) this.removeEventListener(type, this.handleIntent);
    unregister(this);
    for (const load of Object.values(this.loads)) load?.abort();
  }

  /** Takes what the episode description gives, where the page did not say otherwise. */
  applyManifest(loaded: LoadedManifest): void {
    this.manifest = loaded;
    if (loaded.error) this.fail('episode', loaded.error);
    const manifest = loaded.manifest;
    if (!manifest) return;
    if (!this.hasAttribute('src')) this.src = pickAudio(manifest.audio);
    if (!this.hasAttribute('episode-title') && manifest.title) this.episodeTitle = manifest.title;
    if (!this.hasAttribute('show-name') && manifest.show) this.showName = manifest.show;
    for (const kind of ['transcript', 'chapters'] as const) {
      const resource = manifest[kind];
      if (!resource || this.hasAttribute(kind)) continue;
      if ('url' in resource) {
        this[kind] = resource.url;
        if (resource.type) this[kind === 'transcript' ? 'transcriptType' : 'chaptersType'] = resource.type as never;
      } else {
        this[kind === 'transcript' ? 'transcriptData' : 'chaptersData'] = resource.data;
      }
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('episode')) this.manifestLoader.refresh();
    if (changed.has('language') || !this.hasUpdated) {
      this.strings = stringsFor(pickLanguage(this.language ?? this.closest('[lang]')?.getAttribute('lang'), document.documentElement.lang));
    }
    if (changed.has('src') || changed.has('noResume')) this.startResume();
    if (changed.has('src') || changed.has('preload')) {
      this.audio.preload = this.preload === 'metadata' || this.preload === 'auto' ? this.preload : 'none';
      this.audioError = '';
      this.audioWarning = '';
      this.playBlocked = '';
      this.buffering = false;
      this.mediaDuration = 0;
      this.audio.load(this.src);
    }
    if (changed.has('transcript') || changed.has('transcriptType') || changed.has('transcriptData')) {
      this.startLoad('transcript');
    }
    if (changed.has('chapters') || changed.has('chaptersType') || changed.has('chaptersData')) {
      this.startLoad('chapters');
    }
    if (changed.has('transcriptLoad') || changed.has('mediaDuration')) {
      this.normalisedSegments = normaliseSegments(itemsOf(this.transcriptLoad), this.mediaDuration || undefined);
      this.segmentIndex = new CueIndex(this.normalisedSegments);
      this.syncActive();
    }
    if (changed.has('chaptersLoad') || changed.has('mediaDuration')) {
      this.chapterIndex = new ChapterIndex(normaliseChapters(itemsOf(this.chaptersLoad), this.mediaDuration || undefined));
      this.syncActive();
    }
  }

  /** Offers the position saved on an earlier visit, and restores the speed at once. */
  private startResume(): void {
    if (this.resume) this.removeController(this.resume);
    this.resume = this.src && !this.noResume ? new ResumeStore(this, this.src) : undefined;
    this.resumeOffer = this.resume?.load();
    if (this.resumeOffer && this.resumeOffer.rate !== 1) this.playbackRate = this.resumeOffer.rate;
  }

  private acceptResume(): void {
    const offer = this.resumeOffer;
    this.resumeOffer = undefined;
    if (!offer) return;
    this.seek(offer.position);
    this.play();
  }

  private stepSpeed(direction: -1 | 1): void {
    const i = SPEEDS.findIndex((speed) => speed >= this.playbackRate);
    const next = SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, (i < 0 ? SPEEDS.length - 1 : i) + direction))];
    if (next !== undefined) this.playbackRate = next;
  }

  /** Previous/next listed chapter; "previous" within 3 s of a chapter's start goes to the one before. */
  private stepChapter(direction: -1 | 1): void {
    const chapters = this.chapterIndex.listed;
    const current = this.activeChapter;
    let target = current + direction;
    if (direction < 0 && current >= 0 && this.time - chapters[current]!.start > 3) target = current;
    const chapter = chapters[Math.max(0, Math.min(chapters.length - 1, target))];
    this.userMovedAt = performance.now();
    if (chapter) this.seek(chapter.start);
  }

  /** The listener points at, touches or tabs into the player: time to learn the audio's length. */
  private readonly handleIntent = (): void => this.audio.prepare();

  private readonly handleQuoteRequest = (event: CustomEvent<QuoteRequestDetail>): void => {
    event.stopPropagation();
    void this.share(event.detail.start, event.detail.end);
  };

  private async share(start = this.time, end?: number): Promise<void> {
    const link = shareUrl(location.href, start, end, this.id || undefined);
    this.shareStatus = (await copyText(link)) ? this.strings.linkCopied : this.strings.linkNotCopied(link);
  }

  private startLoad(kind: DataKind): void {
    this.loads[kind]?.abort();
    // Every change of data ends in a `ready`, even one that only removes a file.
    this.readyFired = false;
    const url = kind === 'transcript' ? this.transcript : this.chapters;
    const data = kind === 'transcript' ? this.transcriptData : this.chaptersData;
    const format = kind === 'transcript' ? this.transcriptType : this.chaptersType;
    if (data !== undefined && data !== null) {
      this.finishLoad(kind, dataFromValue(kind, data, format as never));
      return;
    }
    if (!url) {
      this.setLoad(kind, undefined);
      this.maybeReady();
      return;
    }
    const controller = new AbortController();
    this.loads[kind] = controller;
    this.setLoad(kind, 'loading');
    dataFromUrl(kind, url, format as never, controller.signal).then(
      (result) => {
        if (!controller.signal.aborted) this.finishLoad(kind, result);
      },
      () => undefined, // aborted: a newer load replaced this one
    );
  }

  private finishLoad(kind: DataKind, result: LoadedData<RawSegment | RawChapter>): void {
    this.setLoad(kind, result);
    if (result.error) this.fail(kind, result.error);
    this.maybeReady();
  }

  private setLoad(kind: DataKind, load: Load<RawSegment | RawChapter>): void {
    if (kind === 'transcript') this.transcriptLoad = load as Load<RawSegment>;
    else this.chaptersLoad = load as Load<RawChapter>;
  }

  private maybeReady(): void {
    if (this.readyFired || this.transcriptLoad === 'loading' || this.chaptersLoad === 'loading') return;
    this.readyFired = true;
    // After this update, so listeners see the rendered lines and chapters.
    void this.updateComplete.then(() =>
      emit<ReadyDetail>(this, 'ready', { segments: this.normalisedSegments.length, chapters: this.chapterIndex.listed.length }),
    );
  }

  private fail(source: ErrorSource, message: string): void {
    emit<PlayerErrorDetail>(this, 'error', { source, message });
  }

  private handleTime(seconds: number): void {
    this.deepLink.timeUpdate(seconds);
    if (this.audioState === 'playing') this.resume?.update(seconds, this.duration, this.playbackRate);
    if (Math.floor(seconds) !== Math.floor(this.time)) this.requestUpdate();
    this.time = seconds;
    this.syncActive();
    if (this.seekBar) this.seekBar.currentTime = seconds;
    const playing = this.audioState === 'playing';
    if (!playing || Math.abs(seconds - this.lastTimeupdate) >= TIMEUPDATE_INTERVAL) {
      this.lastTimeupdate = seconds;
      emit(this, 'timeupdate');
    }
  }

  private syncActive(): void {
    const segment = this.segmentIndex.activeAt(this.time);
    const words = this.normalisedSegments[segment]?.words;
    this.activeWord = words ? wordAt(words, this.time) : -1;
    if (this.transcriptView && segment === this.activeSegment) this.transcriptView.activeWord = this.activeWord;
    if (segment !== this.activeSegment) {
      this.activeSegment = segment;
      emit<SegmentChangeDetail>(this, 'segmentchange', { index: segment, segment: this.normalisedSegments[segment] });
    }
    this.artwork = this.chapterIndex.imageAt(this.time);
    const chapter = this.chapterIndex.currentAt(this.time);
    if (chapter !== this.activeChapter) {
      this.activeChapter = chapter;
      emit<ChapterChangeDetail>(this, 'chapterchange', { index: chapter, chapter: this.chapterIndex.listed[chapter] });
      const reached = this.chapterIndex.listed[chapter];
      if (reached && performance.now() - this.userMovedAt < 2000) {
        this.announcement = this.strings.chapterAnnouncement(reached.title || this.strings.chapterFallback(chapter + 1));
      }
      this.updateMediaSession();
    }
  }

  private updateMediaSession(): void {
    const chapter = this.chapterIndex.listed[this.activeChapter];
    this.mediaSession.setInfo({
      title: this.episodeTitle ?? document.title,
      ...(this.showName ? { show: this.showName } : {}),
      ...(chapter?.title ? { chapter: chapter.title } : {}),
      ...(this.artwork ? { chapterImage: this.artwork } : {}),
      hasChapters: this.chapterIndex.listed.length > 1,
    });
  }

  private handleAudioState(next: AudioState): void {
    const previous = this.audioState;
    this.audioState = next;
    if (next === 'playing') {
      this.resumeOffer = undefined;
      playing(this);
      this.mediaSession.claim();
      this.updateMediaSession();
      emit(this, 'play');
    } else if (next === 'paused' && previous === 'playing') {
      this.resume?.flush();
      emit(this, 'pause');
    } else if (next === 'ended') {
      this.resume?.clear();
      emit(this, 'ended');
    }
    this.mediaSession.setPlaybackState(next !== 'playing');
  }

  private readonly handleSeekRequest = (event: CustomEvent<SeekRequestDetail>): void => {
    // Our own parts ask; the page never sees these requests.
    if (event.composedPath()[0] === this) return;
    event.stopPropagation();
    this.userMovedAt = performance.now();
    this.seek(event.detail.time);
    if (event.detail.play && this.paused) this.play();
    // The listener chose where to be: the transcript follows from there.
    this.transcriptView?.followAgain();
  };

  private dataDuration(): number {
    const lastSegment = this.normalisedSegments.at(-1);
    const lastChapter = this.chapterIndex.listed.at(-1);
    const ends = [lastSegment?.end, lastSegment?.start, lastChapter?.end, lastChapter?.start].filter(
      (value): value is number => value !== undefined && Number.isFinite(value),
    );
    return ends.length ? Math.max(...ends) : 0;
  }

  private renderNowPlaying(chapter: Chapter | undefined) {
    const manifest = this.manifest?.manifest;
    const artwork = this.artwork ?? manifest?.artwork;
    if (!chapter && !artwork && !manifest?.title) return nothing;
    return html`<div class="now-playing">
      ${artwork ? html`<img part="artwork" src=${artwork} alt="" referrerpolicy="no-referrer" decoding="async" />` : nothing}
      <div>
        ${manifest?.show ? html`<p class="show" part="show-name">${manifest.show}</p>` : nothing}
        ${manifest?.title ? html`<h2 class="title" part="episode-title">${manifest.title}</h2>` : nothing}
        ${chapter ? html`<p part="current-chapter">${chapter.title || this.strings.chapterFallback(this.activeChapter + 1)}</p>` : nothing}
      </div>
    </div>`;
  }

  private renderNotes() {
    const notes = this.manifest?.manifest?.notes;
    if (!notes) return nothing;
    return html`<details class="notes" part="notes-panel">
      <summary>${this.strings.showNotes}</summary>
      <tp-show-notes
        exportparts="notes, notes-link, notes-time"
        .html=${notes}
        .baseUrl=${this.manifest?.baseUrl ?? document.baseURI}
        .label=${this.strings.showNotes}
      ></tp-show-notes>
    </details>`;
  }

  /** Resume offer, share and download: the things a listener does with the episode, not with playback. */
  private renderActions() {
    const { strings } = this;
    const offer = this.resumeOffer;
    return html`<div class="actions">
      ${offer ? html`<button part="resume" @click=${this.acceptResume}>${strings.resumeAt(formatTime(offer.position))}</button>` : nothing}
      ${this.src ? html`<button part="share" @click=${() => this.share()}>${strings.share}</button>` : nothing}
      ${
        this.download && this.src
          ? html`<a part="download" href=${this.src} download target="_blank" rel="noopener">${strings.download}</a>`
          : nothing
      }
      <span class="share-status" part="share-status" role="status">${this.shareStatus}</span>
    </div>`;
  }

  private renderNotice(load: Load<unknown>, subject: string) {
    if (!load || load === 'loading' || load.error || load.problems.length === 0) return nothing;
    const shown = load.problems.slice(0, 20);
    return html`<details class="notice" part="notice">
      <summary>${this.strings.skipped(load.problems.length, subject)}</summary>
      <ul>
        ${shown.map((problem) => html`<li>${describeProblem(problem)}</li>`)}
      </ul>
    </details>`;
  }

  private renderPanelState(load: Load<unknown>) {
    if (load === 'loading') return html`<p class="status" role="status">${this.strings.loading}</p>`;
    if (load?.error) return html`<p class="error" part="error" role="alert">${load.error}</p>`;
    return nothing;
  }

  override render() {
    const duration = this.duration;
    const chapters = this.chapterIndex.listed;
    const hasChapters = chapters.length > 0 || (this.chaptersLoad !== undefined && this.chapters !== '');
    const hasTranscript = this.transcriptLoad !== undefined;
    return html`
      <section class="player" aria-busy=${this.buffering ? 'true' : 'false'} aria-label=${this.getAttribute('aria-label') ?? 'Podcast player'}>
        ${this.renderNowPlaying(chapters[this.activeChapter])}
        ${renderControls(
          {
            strings: this.strings,
            paused: this.audioState !== 'playing',
            disabled: !this.src || this.audioState === 'error',
            currentTime: this.time,
            duration,
            playbackRate: this.audio.playbackRate,
            buffering: this.buffering,
          },
          {
            togglePlay: () => (this.paused ? this.play() : this.pause()),
            skip: (seconds) => this.seek(this.time + seconds),
            setRate: (rate) => (this.playbackRate = rate),
          },
        )}
        ${this.renderActions()}
        <tp-seek-bar
          exportparts="seek-bar, chapter-mark"
          .currentTime=${this.time}
          .duration=${duration}
          .chapters=${chapters}
          .strings=${this.strings}
        ></tp-seek-bar>
        ${[this.audioError, this.audioWarning, this.playBlocked].map((message) =>
          message ? html`<p class="error" part="error" role="alert">${message}</p>` : nothing,
        )}
        <div class="panels">
          ${
            hasChapters
              ? html`<nav class="chapters" aria-label=${this.strings.chapters}>
                <h2>${this.strings.chapters}</h2>
                ${this.renderPanelState(this.chaptersLoad)} ${this.renderNotice(this.chaptersLoad, 'chapters file')}
                <tp-chapter-list
                  exportparts="chapter, active, chapter-title"
                  .chapters=${chapters}
                  .activeIndex=${this.activeChapter}
                  .strings=${this.strings}
                ></tp-chapter-list>
              </nav>`
              : nothing
          }
          ${
            hasTranscript
              ? html`<section class="transcript" aria-label=${this.strings.transcript}>
                <h2>${this.strings.transcript}</h2>
                ${this.renderPanelState(this.transcriptLoad)} ${this.renderNotice(this.transcriptLoad, 'transcript file')}
                <tp-transcript-view
                  exportparts="segment, active, speaker, word, active-word, chapter-heading, match, current-match, search-input, search-count, search-previous, search-next, back-to-current, quote-link"
                  .segments=${this.normalisedSegments}
                  .chapters=${chapters}
                  .activeIndex=${this.activeSegment}
                  .activeWord=${this.activeWord}
                  .strings=${this.strings}
                ></tp-transcript-view>
              </section>`
              : nothing
          }
        </div>
        ${this.renderNotes()}
        <div class="visually-hidden" part="announcer" role="status" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }
}

const INTENT_EVENTS = ['pointerenter', 'focusin', 'touchstart'] as const;

/** The first source the browser says it can play, else the first: the publisher's order is their preference. */
function pickAudio(sources: readonly AudioSource[]): string {
  const probe = document.createElement('audio');
  return (sources.find((source) => source.type && probe.canPlayType(source.type) !== '') ?? sources[0])?.src ?? '';
}

function itemsOf<T>(load: Load<T>): T[] {
  return load && load !== 'loading' ? load.items : [];
}
