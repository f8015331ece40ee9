import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { Chapter, ChaptersFormat, RawChapter, RawSegment, Segment, TranscriptFormat } from '../core/model.js';
import { normaliseChapters, normaliseSegments } from '../core/normalise.js';
import { dataFromUrl, dataFromValue, type LoadedData } from '../data/load-data.js';
import type { ManifestResource } from '../core/episode-manifest.js';

/** Where a resource comes from: a URL to fetch, or the data itself (file text, parsed JSON or items), with an optional format. */
export interface ResourceSource<F extends string> {
  url?: string | undefined;
  data?: unknown;
  format?: F | undefined;
  /** What relative addresses in `data` resolve against (the episode file's address); else the page's. */
  base?: string | undefined;
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

  constructor(
    host: ReactiveControllerHost,
    readonly kind: ResourceKind<Raw, Item, F>,
    sourceOf: () => ResourceSource<F> | undefined,
    listener: ResourceListener<Raw>,
  ) {
    this.task = new Task(host, {
      args: () => [sourceOf()] as const,
      argsEqual: ([a], [b]) => a?.url === b?.url && a?.data === b?.data && a?.format === b?.format && a?.base === b?.base,
      task: ([source], { signal }) => {
        listener.onChange();
        if (source?.data !== undefined && source.data !== null) return kind.fromValue(source.data, source.format, source.base);
        if (!source?.url) return initialState;
        return kind.fromUrl(source.url, source.format, signal);
      },
      onComplete: (result) => listener.onLoaded(result),
    });
  }

  /** Nothing asked for, on its way, or the outcome. */
  get state(): 'none' | 'loading' | LoadedData<Raw> {
    if (this.task.status === TaskStatus.PENDING) return 'loading';
    return this.task.status === TaskStatus.COMPLETE ? this.task.value! : 'none';
  }

  /** The loaded data has no times at all (a plain-text transcript). */
  get untimed(): boolean {
    return this.task.status === TaskStatus.COMPLETE && this.task.value?.untimed === true;
  }

  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** The items to show, normalised; the same array until the data or the duration changes. */
  items(duration: number | undefined): Item[] {
    const from = this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
    let normalised = this.normalised;
    if (!normalised || normalised.from !== from || normalised.duration !== duration) {
      normalised = { from, duration, items: this.kind.normalise(from?.items ?? [], duration) };
      this.normalised = normalised;
    }
    return normalised.items;
  }
}

/** The page's own URL or data wins; else the episode description's; else none (a new episode never keeps the old one's). */
export function pickSource<F extends string>(
  own: ResourceSource<F>,
  described: ManifestResource<F> | undefined,
  /** The episode file's address, for relative addresses in its inline data. */
  describedBase?: string,
): ResourceSource<F> | undefined {
  if (own.url || (own.data !== undefined && own.data !== null)) return own;
  if (!described) return undefined;
  return 'url' in described
    ? { url: described.url, format: described.type }
    : describedBase
      ? { data: described.data, base: describedBase }
      : { data: described.data };
}
