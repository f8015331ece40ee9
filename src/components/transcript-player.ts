import { isServer, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { pickAudio } from '../audio/pick-audio.js';
import type { Message } from '../core/message.js';
import type { Chapter, Segment } from '../core/model.js';
import { dataLength } from '../core/playhead.js';
import { describeMessage } from '../i18n/describe.js';
import type { Strings } from '../i18n/strings.js';
import { addTranslation, type TranslationOverrides } from '../i18n/translations.js';
import { findBoundMedia } from './bound-media.js';
import { ChapterAnnouncer } from './chapter-announcer.js';
import { DeepLinkController } from './deep-link-controller.js';
import { EpisodeSources } from './episode-sources.js';
import { emit, EVENTS, type ErrorSource, type PlayerErrorDetail } from './events.js';
import { playerHostState, reflectHostState } from './host-state.js';
import { IntentController } from './intent-controller.js';
import { ListeningSession } from './listening-session.js';
import { LocalizationController } from './localization-controller.js';
import { PageMarkupSlot } from './page-markup-slot.js';
import { panelHeadStyles } from './panel-head.styles.js';
import { PlaybackController } from './playback-controller.js';
import { PlayerContract } from './player-contract.js';
import { PositionFollower } from './position-follower.js';
import { playerViewInput } from './player-view-input.js';
import { renderPlayer } from './player-view.js';
import { printStyles } from './print.styles.js';
import { RequestController, requestTargetOf } from './request-controller.js';
import type { RequestTarget } from './requests.js';
import { ResumeOffer } from './resume-offer.js';
import type { SeekBar } from './seek-bar.js';
import { ShareController } from './share-controller.js';
import { ShortcutsController } from './shortcuts-controller.js';
import { transcriptDownloadStyles } from './transcript-download.js';
import type { TranscriptView } from './transcript-view/transcript-view.js';
import { playerStyles } from './transcript-player.styles.js';
import { visuallyHidden } from './visually-hidden.styles.js';

/**
 * Plays a podcast episode with its transcript and chapters in step.
 *
 * @attr src - Audio URL.
 *
 * @prop {number} currentTime - The position in seconds; setting it seeks.
 * @prop {boolean} paused - Whether playback is paused.
 * @prop {number} playbackRate - The speed: 1 is normal; the menu offers 0.75 to 2.
 */
export class TranscriptPlayer extends PlayerContract {
  static override styles = [visuallyHidden, playerStyles, panelHeadStyles, transcriptDownloadStyles, printStyles];

  /**
   * Adds a language, or changes one, for every player on the page; players that speak it
   * show it at once. A whole language (`Strings`, checked by the compiler) stands alone;
   * with a `base`, only what changes is given, and the rest comes from the base language
   * (the same tag as `language` changes that language in place).
   *
   * @example TranscriptPlayer.addTranslation('sv', swedish)
   * @example TranscriptPlayer.addTranslation('pt-PT', { download: 'Transferir o áudio' }, 'pt')
   */
  static addTranslation(language: string, translation: Strings): void;
  static addTranslation(language: string, overrides: TranslationOverrides, base: string): void;
  static addTranslation(language: string, translation: TranslationOverrides, base?: string): void {
    addTranslation(language, translation, base);
  }

  /** Audio URL: the page's, else the episode description's first source this browser can play. */
  @property()
  get src(): string {
    return this.ownSrc || (this.sources.manifest ? pickAudio(this.sources.manifest.audio) : '');
  }

  set src(url: string | null | undefined) {
    const old = this.src;
    this.ownSrc = url ?? '';
    this.requestUpdate('src', old);
  }

  private readonly l10n = new LocalizationController(this);
  private readonly sources = new EpisodeSources(this, {
    fail: (source, message) => this.fail(source, message),
    rememberedLanguage: () => this.resume.language,
    rememberLanguage: (language) => this.resume.rememberLanguage(language),
  });
  private readonly playback: PlaybackController = new PlaybackController(
    this,
    {
      onTime: (seconds) => this.position.moveTo(seconds),
      nextChange: (seconds) => this.position.nextChange(seconds),
      onState: (previous) => this.session.audioStateChanged(previous),
      onPositionChange: () => this.session.positionChanged(),
    },
    (use) => this.l10n.withStrings(use),
  );
  private readonly request = new RequestController(this, () => this.requestTarget).request;
  private readonly deepLink = new DeepLinkController(this, this.request);
  // Held for their listeners: keys count only while focus is inside this player.
  protected readonly shortcuts = new ShortcutsController(this, this.request);
  protected readonly intent = new IntentController(this, () => this.audio.prepare());
  private readonly resume = new ResumeOffer(this, (rate) => (this.playbackRate = rate));
  private readonly announcer = new ChapterAnnouncer();
  private readonly position: PositionFollower = new PositionFollower(this, {
    playback: this.playback,
    deepLink: this.deepLink,
    resume: this.resume,
    announcer: this.announcer,
    l10n: this.l10n,
    session: { chapterChanged: () => this.session.chapterChanged() },
    seekBar: () => this.seekBar,
    transcriptView: () => this.transcriptView,
  });
  private readonly playhead = this.position.playhead;
  private readonly session = new ListeningSession(
    this,
    { playback: this.playback, sources: this.sources, playhead: this.playhead, resume: this.resume, episodeName: () => this.episodeName },
    this.request,
  );
  private readonly sharing = new ShareController(this, () => this.l10n.strings);
  private readonly pageMarkup = new PageMarkupSlot();

  /** The parts given the position every frame; null before the first render. */
  @query('tp-seek-bar') private seekBar!: SeekBar | null;
  @query('tp-transcript-view') private transcriptView!: TranscriptView | null;

  private ownSrc = '';

  /** The audio engine (tests reach into it for the media element). */
  private get audio() {
    return this.playback.audio;
  }

  /** The transcript lines in time order, as shown. */
  get segments(): readonly Segment[] {
    return this.playhead.episode.segments;
  }

  /** The listed chapters in time order, as shown. */
  get chapterList(): readonly Chapter[] {
    return this.playhead.episode.chapters.listed;
  }

  get currentTime(): number {
    return this.playhead.time;
  }

  set currentTime(seconds: number) {
    this.seek(seconds);
  }

  /** Seconds: the audio's once known, else the episode description's, else the end of the transcript or chapters, else 0. */
  get duration(): number {
    return this.playback.duration || this.sources.manifest?.duration || dataLength(this.playhead.episode);
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
    this.session.positionChanged(rate);
  }

  /**
   * Starts or resumes playback (after an `ended`, from the start), with a `src` set just
   * before. Like `HTMLMediaElement.play()`, the promise resolves once the audio plays and
   * rejects with a `DOMException`: `NotAllowedError` (the browser wants a tap first),
   * `AbortError` (a pause or a new source came first), `NotSupportedError` (no audio, or
   * audio that cannot be played). The widget says the same, so a page may ignore the
   * promise: a rejection nobody handles is not reported as an unhandled rejection.
   */
  play(): Promise<void> {
    this.loadSource();
    const started = this.playback.play();
    started.catch(() => undefined);
    return started;
  }

  pause(): void {
    this.playback.pause();
  }

  seek(seconds: number): void {
    this.playback.seek(seconds);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.hasUpdated ? super.createRenderRoot() : this.pageMarkup.keepIn(super.createRenderRoot());
  }

  override connectedCallback(): void {
    // A server renderer asked to connect elements: nothing here (listeners, observers, the page's hash) exists there.
    if (!isServer) super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated) this.pageMarkup.release();
    const src = this.src;
    this.playback.bind(findBoundMedia(this, this.media, this.htmlFor, () => this.requestUpdate()));
    // Bound to the page's media element, whose own player remembers and controls it.
    const external = this.playback.external;
    if (!external) this.loadSource(changed.has('preload'));
    this.resume.setEpisode(src && !this.noResume && !external ? src : undefined);
    this.resume.fitTo(this.playback.duration || this.sources.manifest?.duration);
    const episode = this.sources.episode(this.playback.duration || undefined);
    if (episode !== this.playhead.episode) this.playhead.setEpisode(episode);
  }

  /**
   * Inline data is read by its resource's task, which completes after the update that
   * started it: `updateComplete` waits for the update that shows it, so a page that sets
   * `transcriptData` and awaits `updateComplete` sees the lines (of a transcript of more
   * than a million characters, the first lines: `ready` says when all are read). A
   * language not built into the first bytes is waited for the same way, and so are
   * English's sentences of errors, which come on use.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    await Promise.all([this.l10n.settled, this.sources.read, this.l10n.sentences]);
    while (this.isUpdatePending) settled = await super.getUpdateComplete();
    return settled;
  }

  /** The first render waits for the episode written in the page to be read (hydration needs it there). */
  protected override async scheduleUpdate(): Promise<unknown> {
    await this.sources.inPage.settled;
    return super.scheduleUpdate();
  }

  protected override updated(): void {
    // The state as attributes for page CSS (`transcript-player[playing]`, …).
    const shown = { segments: this.segments.length, chapters: this.chapterList.length, failed: this.sources.failed };
    reflectHostState(this, playerHostState(this.playback, shown));
    if (!this.sources.settledSinceChange()) return;
    // After this update, so listeners see the rendered lines and chapters.
    void this.updateComplete.then(() => emit(this, EVENTS.ready, { segments: shown.segments, chapters: shown.chapters }));
  }

  /** The episode's title as the page, the episode description or the markup under the element gives it (files are named after it). */
  private get episodeName(): string | undefined {
    return this.episodeTitle ?? this.sources.title;
  }

  /**
   * Gives the audio the current `src`: on every update, and at once from `play()`, so that
   * `player.src = next; player.play()` plays `next` (the update would come too late).
   */
  private loadSource(force = false): void {
    const src = this.src;
    if (src === this.audio.src && !force) return;
    this.playback.load(src, this.preload === 'metadata' || this.preload === 'auto' ? this.preload : 'none');
  }

  private get requestTarget(): RequestTarget {
    return requestTargetOf(this, {
      chapterStarts: this.chapterList.map((chapter) => chapter.start),
      currentChapter: this.playhead.playhead.chapter,
      toggleMute: () => this.audio.toggleMute(),
      share: (start = this.currentTime, end) => void this.sharing.share(start, end),
      setTranscriptLanguage: (language) => this.sources.pickLanguage(language),
      listenerMoved: () => {
        this.announcer.listenerMoved();
        // The listener chose where to be: the transcript follows from there.
        this.transcriptView?.followAgain();
      },
    });
  }

  private acceptResume(): void {
    const offer = this.resume.accept();
    if (!offer) return;
    this.seek(offer.position);
    void this.play();
  }

  private fail(source: ErrorSource, message: Message): void {
    this.l10n.withStrings((strings) =>
      emit<PlayerErrorDetail>(this, EVENTS.error, { source, code: message.code, message: describeMessage(strings, message) }),
    );
  }

  override render() {
    const { l10n, playback, sources, playhead, resume, sharing, announcer } = this;
    const view = playerViewInput(
      { l10n, playback, sources, playhead, resume, sharing, announcer },
      {
        label: this.getAttribute('aria-label'),
        episodeName: this.episodeName,
        src: this.src,
        loadedSrc: this.audio.src,
        download: this.download,
        currentTime: this.currentTime,
        duration: this.duration,
        playbackRate: this.playbackRate,
      },
    );
    return renderPlayer(view, { request: this.request, resume: () => this.acceptResume() });
  }
}
