import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { MarkupNode } from '../core/markup-tree.js';
import type { EpisodeMarkup } from '../core/read-episode-markup.js';
import { message } from '../core/message.js';
import type { LoadedData } from '../data/load-data.js';
import { loadedModule, loadModule } from '../lazy.js';
import { markupOf } from './markup-children.js';

/**
 * The episode written as HTML under the element (by `npx podcast-transcript-player render`, or by
 * hand: `<ol data-transcript>` …): its transcript and chapters, read from the light-DOM
 * children when the element connects and again when they change (a page still being parsed
 * adds them after the element). The player uses them where the page gives no
 * `transcript`/`chapters` of its own, so a transcript already in the page is not fetched
 * again. Nothing runs during server rendering: controllers are only connected in a browser.
 *
 * Once the player has rendered, the children are not shown: before the script, they are the
 * page's content; after it, the player's view is. The one exception is a reader that could
 * not load (`unread`): then the player shows them, as the page has them, in its transcript
 * panel.
 *
 * The reader is imported only when there are children to read (`settled` until it has
 * arrived and read them): the element waits for it before it renders, so that its first
 * render shows the episode, as a server-rendered one does and hydration needs.
 */
export class MarkupController implements ReactiveController {
  /** What the children hold; empty before the element connects and when they hold no episode. */
  episode: EpisodeMarkup = {};

  /** The transcript read from the children, when they have one with lines; or why they could not be read. */
  get transcript(): LoadedData<unknown> | undefined {
    if (this.failure) return this.failure;
    return this.episode.transcript?.items.length ? this.episode.transcript : undefined;
  }

  /**
   * The children could not be read: the reader's file did not load (a script-tag page that
   * copied only the main script). The player then shows the page's own markup as it is,
   * under the transcript's error, rather than hiding it behind a player with no lines.
   */
  get unread(): boolean {
    return this.failure !== undefined;
  }

  /** The chapters read from the children, when they have some. */
  get chapters(): EpisodeMarkup['chapters'] {
    return this.episode.chapters?.items.length ? this.episode.chapters : undefined;
  }
  private observer: MutationObserver | undefined;
  private text: string | undefined;
  private failure: LoadedData<unknown> | undefined;
  private reading: Promise<void> | undefined;

  /** Settles once children that were there to read have been read. */
  get settled(): Promise<void> {
    return this.reading ?? Promise.resolve();
  }

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // A server renderer that connects elements has no DOM to watch (and no children to read).
    if (isServer) return;
    this.observer = new MutationObserver(() => this.read());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.read();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private read(): void {
    // A change may leave the episode as it was (a script adding an element elsewhere): compare first.
    const nodes = markupOf(this.host);
    const text = JSON.stringify(nodes);
    if (text === this.text) return;
    this.text = text;
    const reader = loadedModule('markup');
    if (reader || !nodes.some(isElement)) {
      this.failure = undefined;
      this.episode = reader ? reader.readEpisodeMarkup(nodes, { baseUrl: this.host.baseURI }) : {};
      this.host.requestUpdate();
      return;
    }
    const reading: Promise<void> = loadModule('markup')
      .then(
        ({ readEpisodeMarkup }) => {
          if (this.text !== text) return; // changed again meanwhile: read by then
          this.failure = undefined;
          this.episode = readEpisodeMarkup(nodes, { baseUrl: this.host.baseURI });
          this.host.requestUpdate();
        },
        (error: unknown) => {
          if (this.text !== text) return;
          const detail = error instanceof Error ? error.message : String(error);
          // One object while it lasts: the transcript resource reads again when its source changes.
          this.failure = { items: [], problems: [], error: message('load-failed', { resource: 'transcript', detail }) };
          this.host.requestUpdate();
        },
      )
      .finally(() => {
        if (this.reading === reading) this.reading = undefined;
      });
    this.reading = reading;
  }
}

const isElement = (node: MarkupNode): boolean => 'tag' in node;
