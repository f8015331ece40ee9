import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadManifest, type LoadedManifest } from '../data/load-manifest.js';

export interface ManifestHost extends ReactiveControllerHost, HTMLElement {
  /** The `episode` attribute: the URL of an episode description. */
  episode: string;
}

const INLINE = ':scope > script[type="application/json"]';

/**
 * The episode description, from the `episode` URL or from an inline
 * `<script type="application/json">` child (for blogs that cannot host files). The child
 * may be parsed after the element connects (a script tag before it on the page), so the
 * children are watched while connected. The player reads `manifest` and decides what it
 * uses; nothing here writes to the player.
 */
export class ManifestController implements ReactiveController {
  private inlineJson: string | undefined;
  private observer: MutationObserver | undefined;
  private readonly task: Task<readonly [string, string | undefined], LoadedManifest>;

  constructor(
    private readonly host: ManifestHost,
    onLoaded: (loaded: LoadedManifest) => void,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [host.episode, host.episode ? undefined : this.inlineJson] as const,
      task: ([url, inlineJson], { signal }) => {
        if (!url && !inlineJson?.trim()) return initialState;
        return loadManifest({ ...(url ? { url } : {}), ...(inlineJson ? { inlineJson } : {}) }, signal);
      },
      onComplete: onLoaded,
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
