import type { ReactiveControllerHost } from 'lit';
import type { EpisodeManifest } from '../core/episode-manifest.js';
import type { Message } from '../core/message.js';
import type { Chapter, ChaptersFormat, RawChapter, RawSegment, Segment, TranscriptFormat } from '../core/model.js';
import { timedEpisode, type TimedEpisode } from '../core/playhead.js';
import type { LoadedManifest } from '../data/load-manifest.js';
import { EmbeddedChaptersController } from './embedded-chapters.js';
import type { PanelsState } from './episode-panels.js';
import { CHAPTERS, EpisodeResource, pickSource, TRANSCRIPT, type ResourceSource } from './episode-resource.js';
import type { ErrorSource } from './events.js';
import { ManifestController } from './manifest-controller.js';
import { MarkupController } from './markup-controller.js';
import { TranscriptLanguages } from './transcript-languages.js';

/** `chapters="embedded"`: the chapters inside the MP3, read up front. */
export const EMBEDDED = 'embedded';

/** What the player's attributes say about where its episode comes from. */
export interface SourcesHost extends ReactiveControllerHost, HTMLElement {
  episode: string;
  feed: string;
  item: string;
  transcript: string;
  transcriptData?: unknown;
  transcriptType?: TranscriptFormat | undefined;
  chapters: string;
  chaptersData?: unknown;
  chaptersType?: ChaptersFormat | undefined;
  language?: string | undefined;
  /** The audio in use (for the chapters inside it). */
  readonly src: string;
}

export interface SourcesListener {
  /** Something could not be loaded: said in the widget by the parts, and fired as `error` by the player. */
  fail(source: ErrorSource, message: Message): void;
  /** The transcript language the listener picked last time, and remembering a new pick. */
  rememberedLanguage(): string | undefined;
  rememberLanguage(language: string): void;
}

/**
 * Where the episode's data comes from, and the data: the page's own attributes and
 * properties first, then the transcript and chapters written as HTML under the element,
 * then the episode description (`episode`, inline JSON, or one episode of a `feed`), with
 * the chapters inside the MP3 when nothing else names chapters. Each source is read on
 * every update, so a new episode never keeps the last one's data. Owns the `ready` that
 * is owed after every change once everything has settled.
 */
export class EpisodeSources {
  private readonly manifestLoader: ManifestController;
  private readonly languages: TranscriptLanguages;
  /** The transcript and chapters written as HTML under the element. */
  readonly inPage: MarkupController;
  private readonly transcript: EpisodeResource<RawSegment, Segment, TranscriptFormat>;
  private readonly embedded: EmbeddedChaptersController;
  private readonly chapters: EpisodeResource<RawChapter, Chapter, ChaptersFormat>;
  /** Data changed since the last `ready`: one is owed once everything has settled. */
  private readyOwed = false;
  private timed: TimedEpisode = timedEpisode([], []);
  /** The chapters `timed` was made from (it holds them indexed, not as the array). */
  private timedChapters: readonly Chapter[] = [];

  constructor(
    private readonly host: SourcesHost,
    listener: SourcesListener,
  ) {
    this.manifestLoader = new ManifestController(host, (loaded, source) => loaded.error && listener.fail(source, loaded.error));
    this.languages = new TranscriptLanguages(host, { remembered: listener.rememberedLanguage, remember: listener.rememberLanguage });
    this.inPage = new MarkupController(host);
    const changed = (source: ErrorSource, retry = (): boolean => false) => ({
      onChange: () => (this.readyOwed = true),
      // `retry`: another of several transcripts is tried after a failure, so nothing is said yet.
      onLoaded: (result: { error?: Message }) => result.error && !retry() && listener.fail(source, result.error),
    });
    this.transcript = new EpisodeResource(
      host,
      TRANSCRIPT,
      () => pickSource(this.ownTranscript, this.languages.source(this.manifest), this.baseUrl, this.inPage.transcript),
      changed('transcript', () => !hasOwn(this.ownTranscript) && this.languages.retry()),
    );
    this.embedded = new EmbeddedChaptersController(host, () => ({
      src: host.src,
      type: this.manifest?.audio.find((source) => source.src === host.src)?.type,
      wanted: this.chaptersInAudio,
      upFront: host.chapters === EMBEDDED,
    }));
    this.chapters = new EpisodeResource(
      host,
      CHAPTERS,
      () =>
        this.chaptersInAudio
          ? this.embedded.source
          : pickSource(this.ownChapters, this.manifest?.chapters, this.baseUrl, this.inPage.chapters),
      changed('chapters'),
    );
  }

  /** The episode description, once loaded and usable. */
  get manifest(): EpisodeManifest | undefined {
    return this.manifestLoader.loaded?.manifest;
  }

  /** The description as loaded (or why it could not be), for the widget. */
  get loadedManifest(): LoadedManifest | undefined {
    return this.manifestLoader.loaded;
  }

  /** What the description's relative addresses resolve against. */
  get baseUrl(): string | undefined {
    return this.manifestLoader.loaded?.baseUrl;
  }

  /** The episode's title as the description or the markup under the element gives it. */
  get title(): string | undefined {
    return this.manifest?.title ?? this.inPage.episode.title;
  }

  /** Lines and chapters, normalised against the audio's length, with their indexes: the same object until either changes. */
  episode(duration: number | undefined): TimedEpisode {
    this.languages.update(this.manifest);
    const segments = this.transcript.items(duration);
    const chapters = this.chapters.items(duration);
    const untimed = this.transcript.untimed;
    if (segments !== this.timed.segments || chapters !== this.timedChapters || untimed !== this.timed.untimed) {
      const before = this.timed;
      const sameLines = segments === before.segments && untimed === before.untimed;
      this.timed = timedEpisode(segments, chapters, untimed, {
        ...(sameLines ? { lines: before.lines } : {}),
        ...(chapters === this.timedChapters ? { chapters: before.chapters } : {}),
      });
      this.timedChapters = chapters;
    }
    return this.timed;
  }

  /** Once the transcript and chapters in hand are read (files still on their way are not waited for). */
  get read(): Promise<unknown> {
    return Promise.all([this.transcript.settled, this.chapters.settled]);
  }

  /** True once after each change of data, when everything has settled: the player fires `ready` then. */
  settledSinceChange(): boolean {
    const loading = this.manifestLoader.loading || this.transcript.loading || this.chapters.loading || this.embedded.loading;
    if (!this.readyOwed || loading) return false;
    this.readyOwed = false;
    return true;
  }

  /** The widget shows an error about the episode's data. */
  get failed(): boolean {
    const failed = (state: 'none' | 'loading' | { error?: unknown }) =>
      state !== 'none' && state !== 'loading' && state.error !== undefined;
    return this.manifestLoader.loaded?.error !== undefined || failed(this.transcript.state) || failed(this.chapters.state);
  }

  /** What the panels show of the data: states, notices, and the language menu. */
  get panels(): Pick<
    PanelsState,
    'transcript' | 'chaptersState' | 'chaptersNotice' | 'chaptersProblems' | 'languages' | 'language' | 'pageMarkup'
  > {
    return {
      transcript: this.transcript.state,
      pageMarkup: this.inPage.unread,
      chaptersState: this.chapters.state,
      chaptersNotice: this.embedded.notice,
      chaptersProblems: this.embedded.problems,
      ...(hasOwn(this.ownTranscript) ? {} : this.languages.menu),
    };
  }

  /** The listener picked a transcript language in the menu. */
  pickLanguage(language: string): void {
    this.languages.pick(language);
  }

  /** The audio is being fetched now: reading the ID3 tag at its start costs the listener nothing more. */
  audioFetched(src: string): void {
    this.embedded.audioFetched(src);
  }

  private get ownTranscript(): ResourceSource<TranscriptFormat> {
    return { url: this.host.transcript, data: this.host.transcriptData, format: this.host.transcriptType };
  }

  private get ownChapters(): ResourceSource<ChaptersFormat> {
    const { chapters } = this.host;
    return { url: chapters === EMBEDDED ? '' : chapters, data: this.host.chaptersData, format: this.host.chaptersType };
  }

  /** The chapters inside the MP3: asked for, or nothing else names chapters. */
  private get chaptersInAudio(): boolean {
    return this.host.chapters === EMBEDDED || (!hasOwn(this.ownChapters) && !this.manifest?.chapters && !this.inPage.chapters);
  }
}

const hasOwn = (source: ResourceSource<string>): boolean => Boolean(source.url) || (source.data !== undefined && source.data !== null);
