/**
 * What runs inside the benchmark page. `benchKit` is serialised into the page as source
 * text (see run.ts), so it must not use anything from this module's scope: every helper
 * lives inside it. It only drives and times the built player from outside, through its
 * public API and the standard Lit lifecycle methods of its elements.
 */

export interface FirstRender {
  /** Transcript lines (the player's segments). */
  lines: number;
  /** Of those, lines in the DOM when first painted (a view may render only what is near). */
  domLines: number;
  /** Setting `transcriptData` until the lines are in the DOM (player, seek bar and transcript view updated). */
  domMs: number;
  /** The style recalculation and layout that the new DOM needs, forced right after. */
  layoutMs: number;
  /** Until the second animation frame after that: the lines have been painted. */
  paintMs: number;
  totalMs: number;
  /** Inside `domMs`: the player's `willUpdate` (parses, normalises, indexes the transcript). */
  dataMs: number;
  /** Inside `domMs`: the rest of the player's update (its own template). */
  playerRenderMs: number;
  /** Inside `domMs`: the transcript view's `update` (template of its lines, DOM creation). */
  viewRenderMs: number;
  /** Inside `domMs`: the transcript view's `updated` (line state reset, active line marked). */
  viewUpdatedMs: number;
  /** Longest `longtask` entry (≥ 50 ms) from setting the data until 300 ms after the paint; 0 if none. */
  longestTaskMs: number;
}

export interface FrameSample {
  /**
   * JS main-thread time of the player's elements attributed to this frame: the timed span
   * (from the seek or the player's frame callback until the updates it caused are done)
   * plus `laterMs`.
   */
  ms: number;
  /**
   * Inside `ms`: updates of the player's elements that ran after the span, before the next
   * frame's span (lines rendered when an IntersectionObserver reports them near, say).
   */
  laterMs: number;
  /** Style and layout forced right after the span (seek-driven frames only, else 0); not in `ms`. */
  layoutMs: number;
  /** Inside `ms`: the transcript view's `update` (its render and commit). */
  viewRenderMs: number;
  /** Inside `ms`: the transcript view's `updated`. */
  viewUpdatedMs: number;
  /** The spoken line changed in this frame. */
  lineChanged: boolean;
  /**
   * Seeks only (else equal to `ms`): the part of `ms` that ran in the seek's own animation
   * frame, i.e. the span and the updates before the next frame begins.
   */
  frameMs: number;
  /**
   * Seeks only (else 0): the costliest later animation frame until the next seek, its
   * updates of the player's elements and the style and layout forced after each.
   */
  laterFrameMaxMs: number;
  /**
   * Seeks only (else 0): the costliest animation frame this seek's work fell in, with all
   * the work of the player's elements in that frame, other seeks' included. Seeking one a
   * frame, a frame holds what the last seek left for its next frame and the next seek's own
   * span; the fields above split them by seek.
   */
  sharedFrameMaxMs: number;
}

export function benchKit() {
  interface LitLike extends HTMLElement {
    updateComplete: Promise<boolean>;
  }
  interface Player extends LitLike {
    transcriptData: unknown;
    currentTime: number;
    readonly duration: number;
    readonly segments: readonly unknown[];
    seek(seconds: number): void;
    play(): void;
    pause(): void;
  }
  type Method = (...args: unknown[]) => unknown;

  const now = () => performance.now();
  const raf = window.requestAnimationFrame.bind(window);
  const frame = () => new Promise<number>((resolve) => raf(resolve));
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

  async function until(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
    const end = now() + timeoutMs;
    while (!condition()) {
      if (now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await sleep(10);
    }
  }

  function nextEvent(target: EventTarget, type: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeoutMs} ms`)), timeoutMs);
      target.addEventListener(type, () => (clearTimeout(timer), resolve()), { once: true });
    });
  }

  let current: Player | undefined;
  function player(): Player {
    if (!current) throw new Error('setupPlayer() has not run on this page');
    return current;
  }
  const part = (selector: string) => player().shadowRoot?.querySelector<LitLike>(selector) ?? undefined;
  const lineCount = () => part('tp-transcript-view')?.shadowRoot?.querySelectorAll('[part~=segment]').length ?? 0;

  /** Waits for the player and then its parts, which it updates during its own update. */
  async function settled(): Promise<void> {
    await player().updateComplete;
    await part('tp-seek-bar')?.updateComplete;
    await part('tp-transcript-view')?.updateComplete;
  }

  function forceLayout(): void {
    void document.body.offsetHeight;
    void part('tp-transcript-view')?.scrollHeight;
  }

  /** Reports every call's duration of `name` on `tag`'s prototype until the returned function undoes it. */
  function wrapMethod(tag: string, name: string, onTime: (ms: number) => void): () => void {
    const prototype = customElements.get(tag)?.prototype as Record<string, Method> | undefined;
    const original = prototype?.[name];
    if (!prototype || typeof original !== 'function') throw new Error(`<${tag}> has no ${name}()`);
    const own = Object.hasOwn(prototype, name);
    prototype[name] = function (this: unknown, ...args: unknown[]) {
      const start = now();
      try {
        return original.apply(this, args);
      } finally {
        onTime(now() - start);
      }
    };
    return () => {
      if (own) prototype[name] = original;
      else delete prototype[name];
    };
  }

  async function heapAfterGc(): Promise<number> {
    const gc = (window as unknown as { gc?: () => void }).gc;
    if (!gc) throw new Error('gc() is not exposed: Chromium needs --js-flags=--expose-gc');
    for (let i = 0; i < 3; i++) {
      gc();
      await sleep(20);
    }
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
  }

  /** Every node of the document, shadow roots and what is inside them included. */
  function countNodes(): number {
    const count = (root: Node): number => {
      let total = 0;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
        total++;
        if (node instanceof Element && node.shadowRoot) total += count(node.shadowRoot);
      }
      return total;
    };
    return count(document);
  }

  /** A player with the audio's metadata loaded and no transcript yet. Returns the audio duration. */
  async function setupPlayer(audioUrl: string): Promise<number> {
    if (!customElements.get('transcript-player')) throw new Error('<transcript-player> is not defined: did the IIFE load?');
    current = document.createElement('transcript-player') as Player;
    // The player fetches no audio before intent by default; the bench needs the duration now.
    current.setAttribute('preload', 'metadata');
    current.setAttribute('src', audioUrl);
    document.body.append(current);
    await until(() => player().duration > 0, 'the audio duration', 15_000);
    await settled();
    return player().duration;
  }

  async function loadTranscript(url: string): Promise<FirstRender> {
    const p = player();
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    let text: string | undefined = await response.text();
    await frame();
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration)));
    observer.observe({ type: 'longtask' });
    const steps = { data: 0, player: 0, viewRender: 0, viewUpdated: 0 };
    const restore = [
      wrapMethod('transcript-player', 'willUpdate', (ms) => (steps.data += ms)),
      wrapMethod('transcript-player', 'performUpdate', (ms) => (steps.player += ms)),
      wrapMethod('tp-transcript-view', 'update', (ms) => (steps.viewRender += ms)),
      wrapMethod('tp-transcript-view', 'updated', (ms) => (steps.viewUpdated += ms)),
    ];
    let times: number[];
    let domLines: number;
    // A long file's first lines come before the rest is read: what follows the first render
    // (the heap, playing, seeking) waits for all of it, as `ready` tells.
    const allRead = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${url}: not read whole within 60 s`)), 60_000);
      p.addEventListener('ready', () => (clearTimeout(timer), resolve()), { once: true });
    });
    try {
      const t0 = now();
      p.transcriptData = text;
      text = undefined; // only the player keeps the text, as it would in a real page
      await settled();
      const t1 = now();
      domLines = lineCount();
      forceLayout();
      const t2 = now();
      await frame();
      await frame();
      times = [t0, t1, t2, now()];
    } finally {
      for (const undo of restore) undo();
    }
    await sleep(300); // work the view leaves for later, and long task entries, which arrive after their task
    tasks.push(...observer.takeRecords().map((entry) => entry.duration));
    observer.disconnect();
    await allRead;
    const [t0, t1, t2, t3] = times as [number, number, number, number];
    if (domLines === 0) throw new Error(`no line in the DOM after setting ${p.segments.length} segments`);
    return {
      lines: p.segments.length,
      domLines,
      domMs: t1 - t0,
      layoutMs: t2 - t1,
      paintMs: t3 - t2,
      totalMs: t3 - t0,
      dataMs: steps.data,
      playerRenderMs: steps.player - steps.data,
      viewRenderMs: steps.viewRender,
      viewUpdatedMs: steps.viewUpdated,
      longestTaskMs: Math.max(0, ...tasks),
    };
  }

  /**
   * Collects one sample per frame. `begin()` and `end()` bracket the frame's timed span; the
   * frame stays open until the next `begin()` (or `close()`), and updates of the player's
   * elements that run meanwhile, outside any span, are added to it.
   */
  function watchFrames({ byFrame = false } = {}) {
    const samples: FrameSample[] = [];
    let open: FrameSample | undefined;
    let watching = false;
    let inSpan = false;
    let lineChanged = false;
    let later = 0;
    let viewRender = 0;
    let viewUpdated = 0;
    // With `byFrame`: animation frames counted from `begin()`, and the later work of each.
    let frameNumber = 0;
    let ticking = 0;
    let sameFrame = 0;
    const laterFrames = new Map<number, number>();
    const tick = () => {
      frameNumber++;
      ticking = requestAnimationFrame(tick);
    };
    // With `byFrame`: every animation frame since watching began, and the work in each, whichever seek caused it.
    let globalFrame = 0;
    let globalTicking = 0;
    const frameTotals = new Map<number, number>();
    let framesTouched = new Set<number>();
    const addToFrame = (ms: number) => {
      frameTotals.set(globalFrame, (frameTotals.get(globalFrame) ?? 0) + ms);
      framesTouched.add(globalFrame);
    };
    const globalTick = () => {
      // Registered first in every frame: it runs before the callbacks the frame before registered.
      globalTicking = requestAnimationFrame(globalTick);
      globalFrame++;
    };
    if (byFrame) globalTicking = requestAnimationFrame(globalTick);
    const touched: Set<number>[] = [];
    const onLineChange = () => (lineChanged = true);
    player().addEventListener('segmentchange', onLineChange);
    const tags = ['transcript-player', 'tp-seek-bar', 'tp-transcript-view', 'tp-chapter-list'].filter((tag) => customElements.get(tag));
    const restore = [
      wrapMethod('tp-transcript-view', 'update', (ms) => (viewRender += ms)),
      wrapMethod('tp-transcript-view', 'updated', (ms) => (viewUpdated += ms)),
      ...tags.map((tag) =>
        wrapMethod(tag, 'performUpdate', (ms) => {
          if (!watching || inSpan) return;
          later += ms;
          if (!byFrame) return;
          if (frameNumber === 0) {
            sameFrame += ms;
            addToFrame(ms);
          } else {
            const start = now();
            forceLayout();
            laterFrames.set(frameNumber, (laterFrames.get(frameNumber) ?? 0) + ms + now() - start);
            addToFrame(ms + now() - start);
          }
        }),
      ),
    ];
    function close(): void {
      cancelAnimationFrame(ticking);
      if (open) {
        samples.push({
          ...open,
          ms: open.ms + later,
          laterMs: later,
          viewRenderMs: viewRender,
          viewUpdatedMs: viewUpdated,
          frameMs: byFrame ? open.ms + sameFrame : open.ms + later,
          laterFrameMaxMs: Math.max(0, ...laterFrames.values()),
          sharedFrameMaxMs: 0, // once every frame's total is known (`stop`)
        });
        touched.push(framesTouched);
      }
      framesTouched = new Set();
      open = undefined;
      watching = false;
    }
    return {
      samples,
      /** Frames collected, the open one included. */
      count: () => samples.length + (open ? 1 : 0),
      begin(): void {
        close();
        watching = inSpan = true;
        lineChanged = false;
        later = viewRender = viewUpdated = sameFrame = frameNumber = 0;
        laterFrames.clear();
        // Called in an animation frame's callbacks: the first tick is the next frame.
        if (byFrame) ticking = requestAnimationFrame(tick);
      },
      end(ms: number, layoutMs = 0): void {
        inSpan = false;
        if (byFrame) addToFrame(ms + layoutMs);
        open = {
          ms,
          laterMs: 0,
          layoutMs,
          viewRenderMs: 0,
          viewUpdatedMs: 0,
          lineChanged,
          frameMs: ms,
          laterFrameMaxMs: 0,
          sharedFrameMaxMs: 0,
        };
      },
      close,
      stop(): FrameSample[] {
        close();
        cancelAnimationFrame(globalTicking);
        if (byFrame)
          samples.forEach(
            (sample, i) => (sample.sharedFrameMaxMs = Math.max(0, ...[...touched[i]!].map((id) => frameTotals.get(id) ?? 0))),
          );
        player().removeEventListener('segmentchange', onLineChange);
        for (const undo of restore) undo();
        return samples;
      },
    };
  }

  /**
   * One seek per animation frame, as a listener scrubbing or clicking around would cause
   * (with `restMs`, each seek followed by that long at rest, as after a click).
   * Each sample is split by animation frame: the seek's own, and the costliest of those after
   * it (lines drawn when an observer reports them near, words made spans when idle).
   */
  async function measureSeeks(times: number[], budgetMs: number, restMs = 0): Promise<FrameSample[]> {
    const p = player();
    const frames = watchFrames({ byFrame: true });
    const deadline = now() + budgetMs;
    try {
      for (const time of times) {
        if (now() > deadline) break;
        await frame();
        frames.begin();
        const t0 = now();
        p.currentTime = time;
        await settled();
        const t1 = now();
        forceLayout();
        frames.end(t1 - t0, now() - t1);
        // At rest: what the seek leaves for later frames (lines drawn as they come near, words made spans) is its own.
        if (restMs) await sleep(restMs);
      }
      // What the last seek leaves for later.
      await frame();
      await frame();
      await sleep(50);
    } finally {
      frames.stop();
    }
    return frames.samples;
  }

  /**
   * Real playback from each start: the player's own animation-frame callback (it reads the
   * audio time, finds the line and word, updates) is wrapped, and timed until the updates
   * it caused in the player, seek bar and transcript view are done.
   */
  async function measurePlayback(starts: number[], framesEach: number, budgetMs: number): Promise<FrameSample[]> {
    const p = player();
    const frames = watchFrames();
    const original = window.requestAnimationFrame;
    const originalTimeout = window.setTimeout;
    let recording = false;
    const timed =
      <A extends unknown[]>(callback: (...args: A) => void) =>
      (...args: A) => {
        if (!recording) return callback(...args);
        frames.begin();
        const t0 = now();
        callback(...args);
        void settled().then(() => frames.end(now() - t0));
      };
    window.requestAnimationFrame = (callback) => raf(timed(callback));
    // While playing, the player wakes on a timer set for its next visible change (the frame
    // clock), not at every frame: each wake is a sample.
    window.setTimeout = ((callback: unknown, delay?: number, ...rest: unknown[]) =>
      originalTimeout(
        typeof callback === 'function' ? timed(callback as () => void) : (callback as string),
        delay,
        ...rest,
      )) as typeof setTimeout;
    const deadline = now() + budgetMs;
    try {
      for (const start of starts) {
        if (now() > deadline) break;
        const playing = nextEvent(p, 'play', 5000);
        p.play();
        await playing;
        // Seek once playing: a seek() before the first play() is lost once the audio has loaded.
        p.seek(start);
        await until(() => p.currentTime > start + 0.25 && p.currentTime < start + 5, `the playback to advance from ${start} s`, 5000);
        const target = frames.count() + framesEach;
        recording = true;
        while (frames.count() < target && now() < deadline) await frame();
        recording = false;
        frames.close();
        const paused = nextEvent(p, 'pause', 5000);
        p.pause();
        await paused;
      }
    } finally {
      recording = false;
      window.requestAnimationFrame = original;
      window.setTimeout = originalTimeout;
      frames.stop();
      p.pause();
    }
    return frames.samples;
  }

  return {
    environment: () => ({ crossOriginIsolated, userAgent: navigator.userAgent }),
    heapAfterGc,
    countNodes,
    setupPlayer,
    loadTranscript,
    measureSeeks,
    measurePlayback,
  };
}

export type BenchKit = ReturnType<typeof benchKit>;
