/**
 * What runs inside every compared page, whichever player it embeds: one small adapter per
 * player (play, pause, seek, position, "are transcript lines shown") through that player's
 * public API, and a watch, started before the page's own scripts, for the moment the first
 * transcript lines are painted. Like `benchKit`, it is serialised into the page as source
 * text, so it must not use anything from this module's scope.
 *
 * Everything that costs main-thread time (the metrics themselves) is read from outside,
 * over the DevTools protocol: the page only answers these few questions.
 */

export interface ShowTiming {
  /** Navigation start until the animation frame after the first one with transcript lines laid out: they have been painted. */
  linesOnScreenMs: number;
  /**
   * The same, for the first frame in which the player also works (a click on a line would
   * play from there). Later than `linesOnScreenMs` only where text is shown before the
   * player's script has run: Hyperaudio Lite's transcript is HTML in the page, painted while
   * the page is still being parsed, and the library starts only once all of it has been.
   */
  readyMs: number;
  /**
   * The page's layout shift until settled (Chromium's `layout-shift` entries, the sum that
   * Cumulative Layout Shift is made of, no input having happened): the top document's, so what
   * moves inside Podlove's frame counts only as far as the frame itself moves.
   */
  layoutShift: number;
  /** How far, in CSS pixels up and down together, the text under the player moved meanwhile. */
  articleMovedPx: number;
}

export function playerKit(player: string) {
  const now = () => performance.now();
  const raf = window.requestAnimationFrame.bind(window);

  interface OurPlayer extends HTMLElement {
    play(): void;
    pause(): void;
    seek(seconds: number): void;
    currentTime: number;
    readonly paused: boolean;
  }
  interface PodloveStore {
    dispatch(action: { type: string; payload?: unknown }): void;
    getState(): { timepiece: { playtime: number }; playstate: string };
  }

  /** A laid-out element: it has a box (reading it lays the page out, which the frame does next anyway). */
  const shown = (element: Element | null | undefined) => !!element && element.getBoundingClientRect().height > 0;

  const ours = () => document.querySelector<OurPlayer>('transcript-player');
  const audio = () => document.querySelector<HTMLAudioElement>('#hyperplayer');
  const podloveDocument = () => document.querySelector('iframe')?.contentDocument;
  let store: PodloveStore | undefined;
  const podlove = () => {
    if (!store) throw new Error('the Podlove store is not there yet');
    return store;
  };

  interface Adapter {
    linesShown(): boolean;
    /** The player has started: its transcript responds to clicks. */
    started(): boolean;
    play(): void;
    pause(): void;
    seek(seconds: number): void;
    time(): number;
  }
  const always = () => true;
  const adapters: Record<string, Adapter> = {
    empty: { linesShown: always, started: always, play() {}, pause() {}, seek() {}, time: () => 0 },
    // No player: an `<audio>` element alone, for what playing the file costs the page by itself.
    audio: {
      linesShown: always,
      started: always,
      play: () => void document.querySelector('audio')!.play(),
      pause: () => document.querySelector('audio')!.pause(),
      seek: (seconds) => (document.querySelector('audio')!.currentTime = seconds),
      time: () => document.querySelector('audio')!.currentTime,
    },
    ours: {
      linesShown: () => shown(ours()?.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot?.querySelector('[part~=segment]')),
      started: always,
      play: () => ours()!.play(),
      pause: () => ours()!.pause(),
      seek: (seconds) => ours()!.seek(seconds),
      time: () => ours()!.currentTime,
    },
    hyperaudio: {
      linesShown: () => shown(document.querySelector('#hypertranscript p')),
      // The page's last script sets it once `new HyperaudioLite(...)` has returned.
      started: () => 'hyperaudio' in window,
      play: () => void audio()!.play(),
      pause: () => audio()!.pause(),
      seek: (seconds) => (audio()!.currentTime = seconds),
      time: () => audio()!.currentTime,
    },
    podlove: {
      // The transcripts tab's entries hold a chapter heading or a speaker's lines (`.transcript`).
      linesShown: () => shown(podloveDocument()?.querySelector('[data-test="tab-transcripts--entry"] .transcript')),
      started: always,
      play: () => podlove().dispatch({ type: 'PLAYER_REQUEST_PLAY' }),
      pause: () => podlove().dispatch({ type: 'PLAYER_REQUEST_PAUSE' }),
      seek: (seconds) => podlove().dispatch({ type: 'PLAYER_REQUEST_PLAYTIME', payload: Math.round(seconds * 1000) }),
      time: () => podlove().getState().timepiece.playtime / 1000,
    },
  };
  const adapter = adapters[player];
  if (!adapter) throw new Error(`no adapter for ${player}`);

  let layoutShift = 0;
  let articleMovedPx = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    })[]) {
      if (entry.hadRecentInput) continue;
      layoutShift += entry.value;
      for (const source of entry.sources ?? [])
        if (source.node instanceof Element && source.node.id === 'article-below')
          articleMovedPx += Math.abs(source.currentRect.y - source.previousRect.y);
    }
  }).observe({ type: 'layout-shift', buffered: true });

  // Watch from the first frame until the lines are painted and the player works, then stop
  // (a pending frame callback makes the browser produce frames, which costs every player the
  // same). What a frame's callback sees is painted by the time the next one runs.
  let linesOnScreenMs: number | undefined;
  let readyMs: number | undefined;
  let sawLines = false;
  let sawReady = false;
  const watch = () => {
    const time = now();
    if (sawLines) linesOnScreenMs ??= time;
    if (sawReady) readyMs ??= time;
    if (readyMs !== undefined) return;
    try {
      sawLines ||= adapter.linesShown();
      sawReady = sawLines && adapter.started();
    } catch {
      // The player's objects are not there yet.
    }
    raf(watch);
  };
  raf(watch);

  return {
    player,
    environment: () => ({ crossOriginIsolated, userAgent: navigator.userAgent }),
    show: (): Pick<ShowTiming, 'linesOnScreenMs' | 'readyMs'> | undefined =>
      linesOnScreenMs === undefined || readyMs === undefined ? undefined : { linesOnScreenMs, readyMs },
    /** Read once the page has settled. */
    shifts: () => ({ layoutShift, articleMovedPx }),
    /** Podlove's embed resolves to its store once the player's frame is up. */
    async connect(): Promise<void> {
      if (player === 'podlove') store = (await (window as unknown as { podloveStore: Promise<PodloveStore> }).podloveStore) ?? undefined;
      if (player === 'podlove' && !store) throw new Error('podlovePlayer() resolved to nothing: the player did not start');
    },
    play: () => adapter.play(),
    pause: () => adapter.pause(),
    seek: (seconds: number) => adapter.seek(seconds),
    time: () => adapter.time(),
    /** Every node of the document, inside shadow roots and same-origin frames too. */
    countNodes(): number {
      const count = (root: Node): number => {
        let total = 0;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
        for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
          total++;
          if (node instanceof Element && node.shadowRoot) total += count(node.shadowRoot);
          if (node instanceof HTMLIFrameElement && node.contentDocument) total += count(node.contentDocument);
        }
        return total;
      };
      return count(document);
    },
  };
}

export type PlayerKit = ReturnType<typeof playerKit>;
