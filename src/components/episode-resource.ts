import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { Chapter, ChaptersFormat, RawChapter, RawSegment, Segment, TranscriptFormat } from '../core/model.js';
import { normaliseChapters, normaliseSegments } from '../core/normalise.js';
import { dataFromUrl, dataFromValue, type LoadedData } from '../data/load-data.js';
import type { ManifestResource } from '../core/episode-manifest.js';

/**
 * Where a resource comes from: a URL to fetch, the data itself (file text, parsed JSON or
 * items) with an optional format, or what was already read (from the page's own markup).
 */
export interface ResourceSource<F extends string> {
  url?: string | undefined;
  data?: unknown;
  format?: F | undefined;
  /** What relative addresses in `data` resolve against (the episode file's address); else the page's. */
  base?: string | undefined;
  /** Already read (the transcript written in the page under the element). */
  read?: LoadedData<unknown> | undefined;
}

/** How one kind of episode data is read and made ready to show. */
export interface ResourceKind<Raw, Item, F extends string> {
  readonly name: 'transcript' | 'chapters';
  fromValue(value: unknown, format: F | undefined, base?: string): LoadedData<Raw>;
  fromUrl(url: string, format: F | undefined, signal: AbortSignal): Promise<LoadedData<Raw>>;
  /** Sorted items with every end set; ends may reach `duration` once it is known. */
  normalise(raw: Raw[], duration: number | undefined): Item[];
}

export const TRANSCRIPT: ResourceKind<RawSegment, Segment, TranscriptFormat> = {
  name: 'transcript',
  fromValue: (value, format, base) => dataFromValue('transcript', value, format, base),
  fromUrl: (url, format, signal) => dataFromUrl('transcript', url, format, signal),
  normalise: normaliseSegments,
};

export const CHAPTERS: ResourceKind<RawChapter, Chapter, ChaptersFormat> = {
  name: 'chapters',
  fromValue: (value, format, base) => dataFromValue('chapters', value, format, base),
  fromUrl: (url, format, signal) => dataFromUrl('chapters', url, format, signal),
  normalise: normaliseChapters,
};

export interface ResourceListener<Raw> {
  /** The source changed (to nothing, too): a `ready` is owed once everything has settled. */
  onChange(): void;
  /** Loaded, with what was skipped, or failed (`error`). */
  onLoaded(result: LoadedData<Raw>): void;
}

/**
 * One piece of episode data — the transcript, or the chapters — from its source to the
 * items the views show: fetch (aborted when the source changes), parse, report, and
 * normalise against the audio's duration once it is known. The source is read from the
 * host on every update (`sourceOf`), so a new episode that names no transcript clears
 * the old one.
 */
export class EpisodeResource<Raw, Item, F extends string> {
  private readonly task: Task<readonly [ResourceSource<F> | undefined], LoadedData<Raw>>;
  private normalised: { from: LoadedData<Raw> | undefined; duration: number | undefined; items: Item[] } | undefined;
  private inline: { data: unknown; format: F | undefined; base: string | undefined; result: LoadedData<Raw> } | undefined;

  constructor(
    host: ReactiveControllerHost,
    readonly kind: ResourceKind<Raw, Item, F>,
    private readonly sourceOf: () => ResourceSource<F> | undefined,
    listener: ResourceListener<Raw>,
  ) {
    this.task = new Task(host, {
      args: () => [sourceOf()] as const,
      argsEqual: ([a], [b]) =>
        a?.url === b?.url && a?.data === b?.data && a?.format === b?.format && a?.base === b?.base && a?.read === b?.read,
      task: ([source], { signal }) => {
        listener.onChange();
        const given = this.given(source);
        if (given) return given;
        if (!source?.url) return initialState;
        return kind.fromUrl(source.url, source.format, signal);
      },
      onComplete: (result) => listener.onLoaded(result),
    });
  }

  /**
   * Nothing asked for, on its way, or the outcome. Data given inline (a property, the
   * page's markup) is read at once, in the same update, rather than a task's microtask
   * later: the first render already shows it, which a server-rendered player needs to
   * hydrate, and a player upgrading from its markup needs to show no empty state.
   */
  get state(): 'none' | 'loading' | LoadedData<Raw> {
    const given = this.given(this.sourceOf());
    if (given) return given;
    if (this.task.status === TaskStatus.PENDING) return 'loading';
    return this.task.status === TaskStatus.COMPLETE ? this.task.value! : 'none';
  }

  /** The loaded data has no times at all (a plain-text transcript). */
  get untimed(): boolean {
    const state = this.state;
    return state !== 'none' && state !== 'loading' && state.untimed === true;
  }

  /** The source's data, read (once per data, format and base); undefined for a URL or nothing. */
  private given(source: ResourceSource<F> | undefined): LoadedData<Raw> | undefined {
    if (source?.read) return source.read as LoadedData<Raw>;
    if (source?.data === undefined || source.data === null) return undefined;
    const inline = this.inline;
    if (inline && inline.data === source.data && inline.format === source.format && inline.base === source.base) return inline.result;
    const result = this.kind.fromValue(source.data, source.format, source.base);
    this.inline = { data: source.data, format: source.format, base: source.base, result };
    return result;
  }

  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** The items to show, normalised; the same array until the data or the duration changes. */
  items(duration: number | undefined): Item[] {
    const state = this.state;
    const from = state === 'none' || state === 'loading' ? undefined : state;
    let normalised = this.normalised;
    if (!normalised || normalised.from !== from || normalised.duration !== duration) {
      normalised = { from, duration, items: this.kind.normalise(from?.items ?? [], duration) };
      this.normalised = normalised;
    }
    return normalised.items;
  }
}

/** The page's own URL or data wins; else the markup under the element; else the episode description's; else none (a new episode never keeps the old one's). */
export function pickSource<F extends string>(
  own: ResourceSource<F>,
  described: ManifestResource<F> | undefined,
  /** The episode file's address, for relative addresses in its inline data. */
  describedBase?: string,
  /** The transcript or chapters written in the page under the element, already read. */
  inPage?: LoadedData<unknown>,
): ResourceSource<F> | undefined {
  if (own.url || (own.data !== undefined && own.data !== null)) return own;
  // The page's own markup (the transcript written under the element) before the episode description's.
  if (inPage) return { read: inPage };
  if (!described) return undefined;
  return 'url' in described
    ? { url: described.url, format: described.type }
    : describedBase
      ? { data: described.data, base: describedBase }
      : { data: described.data };
}
