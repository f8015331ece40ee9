import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { Chapter, RawChapter, RawSegment, Segment } from '../core/model.js';
import { normaliseChapters, normaliseSegments } from '../core/normalise.js';
import { readData } from '../data/read-data.js';
import { dataFromModel, type DataKind, type LoadedData } from '../data/usable-data.js';
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

/** How one kind of episode data is made ready to show. */
export interface ResourceKind<Raw, Item> {
  readonly name: DataKind;
  /** Sorted items with every end set; ends may reach `duration` once it is known. */
  normalise(raw: Raw[], duration: number | undefined): Item[];
}

export const TRANSCRIPT: ResourceKind<RawSegment, Segment> = { name: 'transcript', normalise: normaliseSegments };

export const CHAPTERS: ResourceKind<RawChapter, Chapter> = { name: 'chapters', normalise: normaliseChapters };

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
 * the old one. Files are read by a module loaded on first use
 * (`data/read-data.ts`); a long transcript's first lines are shown before the rest is read.
 */
export class EpisodeResource<Raw, Item, F extends string> {
  private readonly task: Task<readonly [ResourceSource<F> | undefined], LoadedData<Raw>>;
  private normalised: { from: LoadedData<Raw> | undefined; duration: number | undefined; items: Item[] } | undefined;
  private inline: { data: unknown; base: string | undefined; result: LoadedData<Raw> | undefined } | undefined;
  /** The first lines of the source being read, shown until the whole is. */
  private preview: { source: ResourceSource<F>; data: LoadedData<Raw> } | undefined;
  /** Data handed over being read: settles once it is read, or its first lines are there to show. */
  private reading: { promise: Promise<void>; done: () => void } | undefined;

  constructor(
    host: ReactiveControllerHost,
    readonly kind: ResourceKind<Raw, Item>,
    private readonly sourceOf: () => ResourceSource<F> | undefined,
    listener: ResourceListener<Raw>,
  ) {
    this.task = new Task(host, {
      args: () => [sourceOf()] as const,
      argsEqual: ([a], [b]) =>
        a?.url === b?.url && a?.data === b?.data && a?.format === b?.format && a?.base === b?.base && a?.read === b?.read,
      task: ([source], { signal }) => {
        listener.onChange();
        this.finishReading();
        const given = this.given(source);
        if (given) return given;
        const inline = source?.data !== undefined && source.data !== null;
        if (!source || (!source.url && !inline)) return initialState;
        const reading = inline ? this.startReading() : undefined;
        const request = {
          kind: kind.name,
          ...(source.url ? { url: source.url } : { value: source.data }),
          format: source.format,
          base: source.base,
        };
        const showFirst = (data: LoadedData<unknown>) => {
          if (signal.aborted) return;
          this.preview = { source, data: data as LoadedData<Raw> };
          reading?.done();
          host.requestUpdate();
        };
        // `reading` is settled by onComplete and onError, which run as the task takes its value.
        return readData(request, signal, { preview: showFirst }) as Promise<LoadedData<Raw>>;
      },
      onComplete: (result) => {
        this.finishReading();
        listener.onLoaded(result);
      },
      onError: () => this.finishReading(),
    });
  }

  /** Settles once data handed over is read, or its first lines can be shown; at once when none is being read. */
  get settled(): Promise<void> {
    return this.reading?.promise ?? Promise.resolve();
  }

  private finishReading(): void {
    this.preview = undefined;
    this.reading?.done();
    this.reading = undefined;
  }

  private startReading(): { promise: Promise<void>; done: () => void } {
    let done = (): void => undefined;
    const promise = new Promise<void>((resolve) => (done = resolve));
    this.reading = { promise, done };
    return this.reading;
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
    if (this.task.status === TaskStatus.PENDING) return this.preview?.data ?? 'loading';
    return this.task.status === TaskStatus.COMPLETE ? this.task.value! : 'none';
  }

  /** The loaded data has no times at all (a plain-text transcript). */
  get untimed(): boolean {
    const state = this.state;
    return state !== 'none' && state !== 'loading' && state.untimed === true;
  }

  /**
   * What is at hand without reading a file: the source's own read data (the page's markup),
   * or items in the player's model (once per data and base). Undefined for anything to read.
   */
  private given(source: ResourceSource<F> | undefined): LoadedData<Raw> | undefined {
    if (source?.read) return source.read as LoadedData<Raw>;
    if (source?.data === undefined || source.data === null) return undefined;
    const inline = this.inline;
    if (inline && inline.data === source.data && inline.base === source.base) return inline.result;
    const result = dataFromModel(this.kind.name, source.data, source.base) as LoadedData<Raw> | undefined;
    this.inline = { data: source.data, base: source.base, result };
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
