import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describeUrl } from '../core/describe-url.js';
import { message } from '../core/message.js';
import type { LoadedManifest, ManifestSource as EpisodeSource } from '../data/load-manifest.js';
import { loadModule } from '../lazy.js';

export interface ManifestHost extends ReactiveControllerHost, HTMLElement {
  /** The `episode` attribute: the URL of an episode description. */
  episode: string;
  /** The `feed` attribute: the URL of a podcast RSS feed. */
  feed: string;
  /** The `item` attribute: which episode of the feed (guid, number or `latest`). */
  item: string;
}

/** Where the episode came from, for the `error` event's `source`. */
export type ManifestSource = 'episode' | 'feed';

type Args = readonly [url: string, inlineJson: string | undefined, feed: string, item: string];

const INLINE = ':scope > script[type="application/json"]';

/**
 * The episode description, from the `episode` URL or from an inline
 * `<script type="application/json">` child (for blogs that cannot host files), else from
 * one episode of the `feed` (the feed reader is loaded only then). The child may be
 * parsed after the element connects (a script tag before it on the page), so the children
 * are watched while connected. The player reads `manifest` and decides what it uses;
 * nothing here writes to the player.
 *
 * An episode description wins over a feed: it is the page's own, local file (often the
 * one the command line wrote from that feed), and the feed is then not fetched at all.
 */
export class ManifestController implements ReactiveController {
  private inlineJson: string | undefined;
  /** The source of the latest load. */
  private from: ManifestSource = 'episode';
  private observer: MutationObserver | undefined;
  private readonly task: Task<Args, LoadedManifest>;

  constructor(
    private readonly host: ManifestHost,
    onLoaded: (loaded: LoadedManifest, source: ManifestSource) => void,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: (): Args => {
        const inlineJson = host.episode ? undefined : this.inlineJson?.trim() ? this.inlineJson : undefined;
        // Attributes removed from the page come back as null.
        const feed = host.episode || inlineJson ? '' : (host.feed ?? '').trim();
        return [host.episode, inlineJson, feed, feed ? (host.item ?? '').trim() : ''];
      },
      task: ([url, inlineJson, feed, item], { signal }) => {
        this.from = feed ? 'feed' : 'episode';
        if (feed) return withNotesReader(loadFromFeed(feed, item, signal));
        if (!url && !inlineJson) return initialState;
        return withNotesReader(loadEpisode({ ...(url ? { url } : {}), ...(inlineJson ? { inlineJson } : {}) }, signal));
      },
      // Only the latest run completes (an earlier one is aborted and ignored), so `from` is its source.
      onComplete: (loaded) => onLoaded(loaded, this.from),
    });
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.readInline());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.readInline();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** The loaded description (or why there is none); undefined while loading or when the player has none. */
  get loaded(): LoadedManifest | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  private readInline(): void {
    const json = this.host.querySelector(INLINE)?.textContent ?? undefined;
    if (json === this.inlineJson) return;
    this.inlineJson = json;
    this.host.requestUpdate();
  }
}

/** Show notes are shown with the episode: their reader is imported before the episode counts as loaded. */
async function withNotesReader(loading: Promise<LoadedManifest>): Promise<LoadedManifest> {
  const loaded = await loading;
  if (loaded.manifest?.notes) await loadModule('notes').catch(() => undefined);
  return loaded;
}

/** An episode description, through its reader loaded on demand. Never throws. */
async function loadEpisode(source: EpisodeSource, signal: AbortSignal): Promise<LoadedManifest> {
  try {
    const { loadManifest } = await loadModule('episode');
    return await loadManifest(source, signal);
  } catch (error) {
    // The reader's file did not load: a script-tag page that copied only the main script.
    return {
      problems: [],
      error: message('load-failed', {
        resource: 'episode',
        ...(source.url ? { file: describeUrl(source.url) } : {}),
        detail: error instanceof Error ? error.message : String(error),
      }),
    };
  }
}

/** One episode of a feed, through the feed reader loaded on demand. Never throws. */
async function loadFromFeed(url: string, item: string, signal: AbortSignal): Promise<LoadedManifest> {
  try {
    const { loadFeedManifest } = await loadModule('feed');
    return await loadFeedManifest(url, { signal, ...(item ? { item } : {}) });
  } catch (error) {
    // The reader's file did not load: a script-tag page that copied only the main script.
    return {
      problems: [],
      error: message('load-failed', {
        resource: 'feed',
        file: describeUrl(url),
        detail: error instanceof Error ? error.message : String(error),
      }),
    };
  }
}
