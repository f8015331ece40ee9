import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadManifest, type LoadedManifest } from '../data/load-manifest.js';

export interface ManifestHost extends ReactiveControllerHost, HTMLElement {
  /** The `episode` attribute: the URL of an episode description. */
  episode: string;
  applyManifest(loaded: LoadedManifest): void;
}

const INLINE = ':scope > script[type="application/json"]';

/**
 * Loads the episode description from the `episode` URL or from an inline
 * `<script type="application/json">` child, for blogs that cannot host files. The child
 * may be parsed after the element connects (a script tag before it on the page), so the
 * children are watched until one arrives.
 */
export class ManifestController implements ReactiveController {
  private load: AbortController | undefined;
  private observer: MutationObserver | undefined;
  private lastSource = '';

  constructor(private readonly host: ManifestHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.refresh());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.refresh();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.load?.abort();
    this.lastSource = '';
  }

  /** Loads again when the URL or the inline JSON changed; called on updates and mutations. */
  refresh(): void {
    const url = this.host.episode;
    const inlineJson = url ? undefined : (this.host.querySelector(INLINE)?.textContent ?? undefined);
    const source = url ? `url:${url}` : inlineJson?.trim() ? `inline:${inlineJson}` : '';
    if (source === this.lastSource) return;
    this.lastSource = source;
    this.load?.abort();
    if (!source) return;
    const controller = new AbortController();
    this.load = controller;
    void loadManifest({ ...(url ? { url } : {}), ...(inlineJson ? { inlineJson } : {}) }, controller.signal).then((loaded) => {
      if (!controller.signal.aborted) this.host.applyManifest(loaded);
    });
  }
}
