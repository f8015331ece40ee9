import { LitElement, isServer, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { AudioState } from '../audio/audio-controller.js';
import type { MediaLike } from '../audio/media-element-controller.js';
import { pickAudio } from '../audio/pick-audio.js';
import type { Chapter, ChaptersFormat, Segment, TranscriptFormat } from '../core/model.js';
import { dataLength, type Playhead } from '../core/playhead.js';
import { DeepLinkController } from './deep-link-controller.js';
import { EpisodeSources } from './episode-sources.js';
import { printStyles } from './print.styles.js';
import { transcriptDownloadStyles } from './transcript-download.js';
import { renderPlayer } from './player-view.js';
import type { Message } from '../core/message.js';
import { describeMessage } from '../i18n/describe.js';
import { emit, EVENTS, REQUEST, type ErrorSource, type PlayerErrorDetail } from './events.js';
import { LocalizationController } from './localization-controller.js';
import { addTranslation, type TranslationOverrides } from '../i18n/translations.js';
import type { Strings } from '../i18n/strings.js';
import { MediaSessionController, sessionInfo } from './media-session-controller.js';
import { panelHeadStyles } from './panel-head.styles.js';
import { SPEEDS } from './playback-steps.js';
import { playing, register, unregister } from './player-registry.js';
import { PlaybackController } from './playback-controller.js';
import { PlayheadSync } from './playhead-sync.js';
import { handleRequest, type PlayerRequest, type RequestTarget } from './requests.js';
import { ResumeOffer } from './resume-offer.js';
import { ShareController } from './share-controller.js';
import { ChapterAnnouncer } from './chapter-announcer.js';
import { reflectHostState } from './host-state.js';
import type { SeekBar } from './seek-bar.js';
import { ShortcutsController } from './shortcuts-controller.js';
import type { TranscriptView } from './transcript-view/transcript-view.js';
import { playerStyles } from './transcript-player.styles.js';
import { visuallyHidden } from './visually-hidden.styles.js';

/**
 * Plays a podcast episode with its transcript and chapters in step.
 *
 * @attr src - Audio URL.
 * @attr transcript - Transcript file URL (WebVTT, SRT, Podcasting 2.0 JSON, timestamped lines, …).
 * @attr chapters - Chapters file URL (Podcasting 2.0 JSON, Podlove Simple Chapters, WebVTT); `embedded` reads those inside the MP3 now, before the listener shows intent.
 * @attr transcript-type - Forces the transcript format instead of detecting it.
 * @attr chapters-type - Forces the chapters format instead of detecting it.
 * @attr episode - URL of an episode description (JSON: title, show, audio, transcript, chapters, notes, duration).
 * @attr feed - URL of a podcast RSS feed: the episode is read from it (an `episode` wins over it).
 * @attr item - Which episode of the feed: its `<guid>`, its `itunes:episode` number, or `latest` (the default).
 * @attr lang - UI language (`en`, `de`, `fr`, `es`, `it`, `nl`, `pt`, `ja`, or one added with `addTranslation`); without it, the nearest ancestor's, else the page's.
 * @attr theme - `light` or `dark`; without it, the system's.
 * @attr download - Offers a download link for the audio.
 * @attr no-resume - Does not remember the position and speed.
 * @attr for - The id of a media element on the page (`<audio>`, `<video>`, media-chrome's media, …) to follow instead of playing audio of its own.
 * @attr preload - `none` (default: no audio is fetched before the listener shows intent), `metadata` or `auto`.
 * @attr episode-title - The episode title for the lock screen.
 * @attr show-name - The show's name for the lock screen.
 *
 * @prop {number} currentTime - The position in seconds; setting it seeks.
 * @prop {boolean} paused - Whether playback is paused.
 * @prop {number} playbackRate - The speed: 1 is normal; the menu offers 0.75 to 2.
 *
 * @event {Event} timeupdate - The playback position changed (about four times a second while playing, and on every seek).
 * @event {Event} play - Playback started.
 * @event {Event} pause - Playback paused.
 * @event {Event} ended - Playback reached the end.
 * @event {Event} durationchange - The audio's duration became known.
 * @event {CustomEvent<SegmentChangeDetail>} segmentchange - The spoken line changed; `detail.index` (-1 between lines) and `detail.segment`.
 * @event {CustomEvent<ChapterChangeDetail>} chapterchange - The current chapter changed; `detail.index` (-1 outside chapters) and `detail.chapter`.
 * @event {CustomEvent<ReadyDetail>} ready - Transcript and chapters are loaded (or failed); `detail.segments` and `detail.chapters` count them.
 * @event {CustomEvent<PlayerErrorDetail>} error - Something could not be loaded; `detail.source` is `audio`, `transcript`, `chapters`, `episode` or `feed`, `detail.message` says what in the player's language, `detail.code` names it. Does not bubble.
 *
 * @slot start - Before the episode title and the controls (a show logo).
 * @slot end - After the transcript and show notes (a subscribe box).
 *
 * @csspart segment - Each transcript line.
 * @csspart active - Added to the spoken line (`segment`) and the current chapter (`chapter`).
 * @csspart word - A timed word of a line with word times.
 * @csspart active-word - Added to the spoken word.
 * @csspart speaker - The speaker label where the speaker changes.
 * @csspart chapter-heading - A chapter heading inside the transcript.
 * @csspart search-input - The transcript search field.
 * @csspart search-count - The number of search matches (`3 of 17`).
 * @csspart search-previous - Goes to the previous search match.
 * @csspart search-next - Goes to the next search match.
 * @csspart transcript-language - The menu of the transcript's languages (shown when there are two or more).
 * @csspart match - A search match in the text.
 * @csspart current-match - Added to the search match jumped to.
 * @csspart back-to-current - Resumes following the audio.
 * @csspart quote-link - Copies a link to the selected lines.
 * @csspart untimed-note - Above a transcript without times: it is there to read, nothing lights up.
 * @csspart chapter - Each chapter entry (a button).
 * @csspart chapter-title - The title inside a chapter entry.
 * @csspart chapter-link - The link beside a chapter with a URL.
 * @csspart artwork - The playing chapter's or episode's image.
 * @csspart current-chapter - The playing chapter's title above the controls.
 * @csspart episode-title - The episode's title from the episode description.
 * @csspart episode-date - The episode's date from the episode description, in the player's language.
 * @csspart show-name - The show's name from the episode description.
 * @csspart controls - The row of playback controls.
 * @csspart play-button - The play/pause button.
 * @csspart skip-back - Back 15 s.
 * @csspart skip-forward - Forward 30 s.
 * @csspart speed - The playback speed menu.
 * @csspart time - The time display (holds `elapsed` and `duration`).
 * @csspart elapsed - The position in the time display.
 * @csspart duration - The length in the time display.
 * @csspart buffering - "Buffering…" while the audio waits for data.
 * @csspart seek-bar - The seek slider.
 * @csspart chapter-mark - A chapter start mark on the seek bar.
 * @csspart error - An error message.
 * @csspart notice - A note that some entries of a file were skipped.
 * @csspart resume - The offer to resume where the listener left off.
 * @csspart share - Copies a link to this moment.
 * @csspart share-status - What the share button did.
 * @csspart download - The download link.
 * @csspart notes-panel - The collapsible show notes panel.
 * @csspart notes - The show notes.
 * @csspart notes-link - A link in the show notes.
 * @csspart notes-time - A time in the show notes that plays from there.
 * @csspart announcer - The visually hidden live region that speaks chapter changes and search counts.
 * @csspart transcript-download - The transcript panel's "Download transcript" menu (a `details` element).
 * @csspart transcript-download-link - Each file the menu offers (.txt, .vtt, .srt).
 *
 * @cssproperty --tp-accent - Accent colour for highlight, progress, play button and focus.
 * @cssproperty --tp-background - Background colour.
 * @cssproperty --tp-color - Text colour.
 * @cssproperty --tp-muted - Colour of secondary text (times, speakers without a colour, counts).
 * @cssproperty --tp-border - Colour of borders and dividers.
 * @cssproperty --tp-error - Colour of error messages.
 * @cssproperty --tp-font - Font family.
 * @cssproperty --tp-radius - Corner radius.
 * @cssproperty --tp-spacing - Padding.
 * @cssproperty --tp-transcript-height - Height of the transcript and chapter panels.
 * @cssproperty --tp-highlight-background - Background of the spoken line.
 * @cssproperty --tp-highlight-color - Text colour of the spoken line.
 * @cssproperty --tp-match-background - Background of search matches.
 * @cssproperty --tp-focus-color - Focus ring colour (default: the accent).
 * @cssproperty --tp-hover-background - Background of a line or chapter under the pointer.
 * @cssproperty --tp-active-background - Background of the current chapter.
 * @cssproperty --tp-link-color - Colour of links in the show notes (default: the accent).
 * @cssproperty --tp-track-color - Colour of the seek bar's track.
 * @cssproperty --tp-mark-color - Colour of the chapter marks on the seek bar.
 * @cssproperty --tp-speaker-0 - Colour of the first speaker (by order of first appearance).
 * @cssproperty --tp-speaker-1 - Colour of the second speaker.
 * @cssproperty --tp-speaker-2 - Colour of the third speaker.
 * @cssproperty --tp-speaker-3 - Colour of the fourth speaker.
 * @cssproperty --tp-speaker-4 - Colour of the fifth speaker.
 * @cssproperty --tp-speaker-5 - Colour of the sixth speaker.
 */
export class TranscriptPlayer extends LitElement {
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

  /** URL of an episode description (title, audio, transcript, chapters, notes) in one JSON file. */
  @property() episode = '';
  /** URL of a podcast RSS feed to read the episode from (used when there is no `episode`). */
  @property() feed = '';
  /** Which episode of the `feed`: its `<guid>`, its `itunes:episode` number, or `latest` (the default). */
  @property() item = '';
  /** Audio URL: the page's, else the episode description's first source this browser can play. */
  @property()
  get src(): string {
    return this.ownSrc || (this.manifest ? pickAudio(this.manifest.audio) : '');
  }

  set src(url: string | null | undefined) {
    const old = this.src;
    this.ownSrc = url ?? '';
    this.requestUpdate('src', old);
  }

  /** What to fetch before the listener asks: `none` (default: not a byte), `metadata` or `auto`. */
  @property() preload: 'none' | 'metadata' | 'auto' = 'none';
  /**
   * The id of a media element on the page to follow instead of playing audio of its own (an
   * `<audio>`, a `<video>`, or an element with the media element API): then the player shows
   * the transcript and chapters only, in step with that element, and seeks it.
   */
  @property({ attribute: 'for' }) htmlFor?: string;
  /** The media element to follow, as an object (wins over `for`). */
  @property({ attribute: false }) media?: MediaLike;
  /** Transcript file URL. */
  @property() transcript = '';
  /** Chapters file URL, or `embedded`: those inside the MP3, read now. */
  @property() chapters = '';
  /** Forces the transcript format: `json`, `vtt`, `srt`, `lines`, `podlove-json`, `pst`, `html`. */
  @property({ attribute: 'transcript-type' }) transcriptType?: TranscriptFormat;
  /** Forces the chapters format: `json`, `psc-json`, `psc`, `vtt`. */
  @property({ attribute: 'chapters-type' }) chaptersType?: ChaptersFormat;
  /** Transcript as data instead of a URL: file text, parsed JSON, or segments. */
  @property({ attribute: false }) transcriptData?: unknown;
  /** Chapters as data instead of a URL: file text, parsed JSON, or chapters. */
  @property({ attribute: false }) chaptersData?: unknown;
  /** UI language (`en`, `de`, `fr`, `es`, `it`, `nl`, `pt`, `ja`, or one added with `addTranslation`); without it, the page's language. */
  @property({ attribute: 'lang' }) language?: string;
  /** `light` or `dark` forces a theme; without it the player follows the system. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** Offers a download link for the audio file. */
  @property({ type: Boolean }) download = false;
  /** Turns off remembering the position and speed in this browser. */
  @property({ type: Boolean, attribute: 'no-resume' }) noResume = false;
  /** The episode title, for the lock screen (the episode description's, when there is one). */
  @property({ attribute: 'episode-title' }) episodeTitle?: string;
  /** The show's name, for the lock screen (the episode description's, when there is one). */
  @property({ attribute: 'show-name' }) showName?: string;

  private readonly l10n = new LocalizationController(this);
  private readonly sources = new EpisodeSources(this, {
    fail: (source, message) => this.fail(source, message),
    rememberedLanguage: () => this.resume.language,
    rememberLanguage: (language) => this.resume.rememberLanguage(language),
  });
  private readonly playback = new PlaybackController(
    this,
    {
      onTime: (seconds) => this.handleTime(seconds),
      nextChange: (seconds) => this.nextChange(seconds),
      onState: (previous) => this.handleAudioState(previous),
      onPositionChange: () => this.mediaSession.setPosition(this.currentTime, this.duration, this.playbackRate),
    },
    (use) => this.l10n.withStrings(use),
  );
  private readonly playhead = new PlayheadSync({
    onSegment: ({ segment }) => {
      emit(this, EVENTS.segmentchange, { index: segment, segment: this.segments[segment] });
      this.requestUpdate();
    },
    onWord: (word) => this.transcriptView && (this.transcriptView.activeWord = word),
    onChapter: (playhead) => this.handleChapter(playhead),
    onArtwork: () => this.requestUpdate(),
  });
  private readonly request = (request: PlayerRequest): void => handleRequest(this.requestTarget, request);
  private readonly deepLink = new DeepLinkController(this, this.request);
  // Held for its listeners: keys count only while focus is inside this player.
  protected readonly shortcuts = new ShortcutsController(this, this.request);
  private readonly mediaSession = new MediaSessionController(this, this.request);
  private readonly resume = new ResumeOffer(this, (rate) => (this.playbackRate = rate));
  private readonly sharing = new ShareController(this, () => this.l10n.strings);
  private readonly announcer = new ChapterAnnouncer();

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
    return this.playback.duration || this.manifest?.duration || dataLength(this.playhead.episode);
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
    this.mediaSession.setPosition(this.currentTime, this.duration, rate);
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

  /**
   * Until the first render, the episode written in the page under the element stays in view
   * through a slot: the shadow root exists from the moment the element connects, and the
   * first render waits for the markup's reader, which may still be on its way.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (!this.hasUpdated && root instanceof ShadowRoot && !root.firstChild) root.append(this.pageMarkupSlot);
    return root;
  }

  private readonly pageMarkupSlot = globalThis.document?.createElement('slot');

  protected override update(changed: PropertyValues): void {
    if (!this.hasUpdated) this.pageMarkupSlot?.remove();
    super.update(changed);
  }

  override connectedCallback(): void {
    // A server renderer asked to connect elements: nothing here (listeners, observers, the page's hash) exists there.
    if (isServer) return;
    super.connectedCallback();
    this.addEventListener(REQUEST, this.handleRequestEvent as EventListener);
    for (const type of INTENT_EVENTS) this.addEventListener(type, this.handleIntent, { passive: true });
    register(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener(REQUEST, this.handleRequestEvent as EventListener);
    for (const type of INTENT_EVENTS) this.removeEventListener(type, this.handleIntent);
    unregister(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const src = this.src;
    this.playback.bind(this.boundMedia());
    // Bound to the page's media element, whose own player remembers and controls it.
    const external = this.playback.external;
    if (!external) this.loadSource(changed.has('preload'));
    this.resume.setEpisode(src && !this.noResume && !external ? src : undefined);
    this.resume.fitTo(this.playback.duration || this.manifest?.duration);
    const episode = this.sources.episode(this.playback.duration || undefined);
    if (episode !== this.playhead.episode) this.playhead.setEpisode(episode);
  }

  /**
   * Inline data is read by its resource's task, which completes after the update that
   * started it: `updateComplete` waits for the update that shows it, so a page that sets
   * `transcriptData` and awaits `updateComplete` sees the lines (of a transcript of more
   * than a million characters, the first lines: `ready` says when all are read). A
   * language not built into the first bytes is waited for the same way.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    await Promise.all([this.l10n.settled, this.sources.read]);
    while (this.isUpdatePending) settled = await super.getUpdateComplete();
    return settled;
  }

  /** The first render waits for the episode written in the page to be read (hydration needs it there). */
  protected override async scheduleUpdate(): Promise<unknown> {
    await this.sources.inPage.settled;
    return super.scheduleUpdate();
  }

  protected override updated(): void {
    this.reflectState();
    if (!this.sources.settledSinceChange()) return;
    // After this update, so listeners see the rendered lines and chapters.
    void this.updateComplete.then(() => emit(this, EVENTS.ready, { segments: this.segments.length, chapters: this.chapterList.length }));
  }

  /** The state as attributes for page CSS (`transcript-player[playing]`, …). */
  private reflectState(): void {
    const { playback } = this;
    reflectHostState(this, {
      playing: playback.playing,
      paused: !playback.playing && !playback.starting,
      loading: playback.starting,
      buffering: playback.buffering,
      ended: playback.state === 'ended',
      'has-transcript': this.segments.length > 0,
      'has-chapters': this.chapterList.length > 0,
      error: playback.messages.error !== undefined || this.sources.failed,
    });
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

  private get manifest() {
    return this.sources.manifest;
  }

  /** The page's media element this player follows (`media`, else the element `for` names), if any. */
  private boundMedia(): MediaLike | undefined {
    if (this.media) return this.media;
    if (!this.htmlFor || isServer) return undefined;
    const root = this.getRootNode() as Document | ShadowRoot;
    const found = root.getElementById?.(this.htmlFor) ?? document.getElementById(this.htmlFor);
    if (!found) {
      // Named before it is on the page: looked for again once the page is parsed.
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.requestUpdate(), { once: true });
      return undefined;
    }
    return found as unknown as MediaLike;
  }

  private get requestTarget(): RequestTarget {
    return {
      currentTime: this.currentTime,
      paused: this.paused,
      playbackRate: this.playbackRate,
      speeds: SPEEDS,
      chapterStarts: this.chapterList.map((chapter) => chapter.start),
      currentChapter: this.playhead.playhead.chapter,
      play: () => void this.play(),
      pause: () => this.pause(),
      seek: (seconds) => this.seek(seconds),
      setRate: (rate) => (this.playbackRate = rate),
      toggleMute: () => this.audio.toggleMute(),
      share: (start = this.currentTime, end) => void this.sharing.share(start, end),
      setTranscriptLanguage: (language) => this.sources.pickLanguage(language),
      listenerMoved: () => {
        this.announcer.listenerMoved();
        // The listener chose where to be: the transcript follows from there.
        this.transcriptView?.followAgain();
      },
    };
  }

  private readonly handleRequestEvent = (event: CustomEvent<PlayerRequest>): void => {
    // Our own parts ask; the page never sees these requests.
    event.stopPropagation();
    this.request(event.detail);
  };

  /** The listener points at, touches or tabs into the player: time to learn the audio's length. */
  private readonly handleIntent = (): void => this.audio.prepare();

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

  private handleTime(seconds: number): void {
    this.deepLink.timeUpdate(seconds);
    if (this.playback.playing) this.resume.playing(seconds, this.duration, this.playbackRate);
    if (Math.floor(seconds) !== Math.floor(this.playhead.time)) this.requestUpdate();
    this.playhead.moveTo(seconds);
    if (this.seekBar) this.seekBar.currentTime = seconds;
  }

  /** When, playing on from `seconds`, the player next shows something new: a word, line or chapter, a second, a pixel of the seek bar. */
  private nextChange(seconds: number): number {
    const nextSecond = Math.floor(seconds) + 1;
    return Math.min(this.playhead.nextChange(), nextSecond, this.seekBar?.nextChange(seconds) ?? Infinity, this.deepLink.nextChange());
  }

  private handleChapter({ chapter }: Playhead): void {
    const reached = this.chapterList[chapter];
    emit(this, EVENTS.chapterchange, { index: chapter, chapter: reached });
    this.announcer.reached(reached, chapter, this.l10n.strings);
    this.updateMediaSession();
    this.requestUpdate();
  }

  private handleAudioState(previous: AudioState): void {
    const next = this.playback.state;
    // The audio is being fetched now: reading the tag at its start costs the listener nothing more.
    if (next === 'loading') this.sources.audioFetched(this.audio.src);
    if (next === 'playing') {
      this.resume.withdraw();
      playing(this);
      // A page's own media element has the browser's lock screen already.
      if (!this.playback.external) this.mediaSession.claim();
      this.updateMediaSession();
    } else if (next === 'paused' && previous === 'playing') {
      this.resume.flush();
    } else if (next === 'ended') {
      this.resume.ended();
    }
    this.mediaSession.setPlaybackState(next !== 'playing');
  }

  private updateMediaSession(): void {
    const { chapter, artwork } = this.playhead.playhead;
    this.mediaSession.setInfo(
      sessionInfo({
        title: this.episodeName ?? globalThis.document?.title,
        show: this.showName ?? this.manifest?.show,
        artwork: this.manifest?.artwork,
        chapter: this.chapterList[chapter]?.title,
        chapterImage: artwork,
        chapterCount: this.chapterList.length,
      }),
    );
  }

  override render() {
    const { strings } = this.l10n;
    const { playback } = this;
    const duration = this.duration;
    const { error, warning, blocked } = playback.messages;
    return renderPlayer(
      {
        strings,
        shown: this.l10n.shown,
        busy: playback.buffering || playback.starting,
        label: this.getAttribute('aria-label') ?? strings.player,
        manifest: this.manifest,
        loadedManifest: this.sources.loadedManifest,
        baseUrl: this.sources.baseUrl,
        episodeName: this.episodeName,
        playhead: this.playhead.playhead,
        chapters: this.chapterList,
        external: playback.external,
        controls: {
          paused: !playback.playing,
          disabled: !this.src || playback.state === 'error',
          // Never past the end shown (a `#t=` link beyond it, before the audio's length is known).
          currentTime: duration > 0 ? Math.min(this.currentTime, duration) : this.currentTime,
          duration,
          playbackRate: this.playbackRate,
          buffering: playback.buffering,
          starting: playback.starting,
        },
        actions: {
          resumeOffer: this.resume.offer,
          src: this.src || this.audio.src,
          download: this.download,
          shareStatus: this.sharing.status,
        },
        audioMessages: [error, warning, blocked],
        panels: { ...this.sources.panels, segments: this.segments },
        announcement: this.announcer.text,
      },
      { request: this.request, resume: () => this.acceptResume() },
    );
  }
}

const INTENT_EVENTS = ['pointerenter', 'focusin', 'touchstart'] as const;

/** `chapters="embedded"`: the chapters inside the MP3, read at once. */
