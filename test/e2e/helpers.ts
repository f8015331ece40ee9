/**
 * What the end-to-end cases share: the case harness types, page instrumentation, and
 * functions that run in the page to look inside the player's shadow roots.
 *
 * Functions passed to `page.evaluate` / `page.waitForFunction` are serialised with
 * `toString()` after tsx (esbuild, keepNames) compiled them, so named inner functions come
 * out wrapped in a `__name(fn, "name")` call: `instrument()` defines `__name` in every page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Baselines } from './pixels.js';

export interface CaseContext {
  /** `http://127.0.0.1:<port>` of the static server (the repository root). */
  origin: string;
  /** The repository root on disk. */
  root: string;
  /** Where screenshots and counts go (.test-results/). */
  resultsDir: string;
  /** A page in a fresh browser context (own storage, own viewport); closed after the case. */
  newPage(options?: PageOptions): Promise<Page>;
  /** A detail line printed under the case's result. */
  note(message: string): void;
  /** The committed screenshots to compare with (or to rewrite, under `--update`). */
  baselines: Baselines;
}

export interface PageOptions {
  width?: number;
  height?: number;
  /** `false`: a reader with JavaScript off. */
  javaScriptEnabled?: boolean;
  locale?: string;
  timezoneId?: string;
  reducedMotion?: boolean;
  colorScheme?: 'light' | 'dark';
}

export interface Case {
  name: string;
  run(context: CaseContext): Promise<void>;
}

/** Thrown by a case that cannot run here; counted as skipped, with the reason. */
export class Skip extends Error {}

/** The player's public API, as far as the cases use it (the page's element, typed loosely). */
export interface PlayerLike extends HTMLElement {
  paused: boolean;
  currentTime: number;
  duration: number;
  segments: readonly { start: number; end: number; text: string }[];
  chapterList: readonly { start: number; title?: string }[];
  seek(seconds: number): void;
  play(): void;
  pause(): void;
}

/** What the instrumentation records in the page. */
export interface PageLog {
  readies: { id: string; segments: number; chapters: number }[];
  errors: { id: string; source: string; message: string }[];
  events: { id: string; type: string; time: number }[];
}

export type E2EWindow = Window & { __e2e: PageLog };

/** index.html, served by the e2e server with the built script-tag file (scripts/e2e/run.ts). */
export const DEMO = '/index.html';
export const BLOG = '/demo/blog.html';
/** Every single wait in the cases is bounded by this or less. */
export const WAIT_MS = 15_000;

/** Sets up a context's pages: `__name` for compiled page functions, and the player event log. */
export async function instrument(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(() => {
    const log: PageLog = { readies: [], errors: [], events: [] };
    (window as unknown as E2EWindow).__e2e = log;
    const idOf = (target: EventTarget | null) => (target instanceof Element ? target.id || '?' : '?');
    document.addEventListener('ready', (event) => {
      const detail = (event as CustomEvent<{ segments: number; chapters: number }>).detail;
      log.readies.push({ id: idOf(event.target), segments: detail.segments, chapters: detail.chapters });
    });
    for (const type of ['play', 'pause', 'ended']) {
      document.addEventListener(type, (event) => {
        const target = event.target;
        if (target instanceof Element && target.localName === 'transcript-player') {
          log.events.push({ id: idOf(target), type, time: (target as PlayerLike).currentTime });
        }
      });
    }
    // `error` does not bubble, but it passes the capture phase on its way to the player.
    window.addEventListener(
      'error',
      (event) => {
        const target = event.target;
        if (!(event instanceof CustomEvent) || !(target instanceof Element) || target.localName !== 'transcript-player') return;
        const detail = event.detail as { source: string; message: string };
        log.errors.push({ id: idOf(target), source: detail.source, message: detail.message });
      },
      true,
    );
  });
}

/** A bounded `waitForFunction` whose failure says what was awaited (and, if asked, what was seen). */
export async function waitFor<A>(
  page: Page,
  what: string,
  fn: (arg: A) => unknown,
  arg: A,
  options: { timeout?: number; seen?: () => Promise<unknown> } = {},
): Promise<void> {
  const timeout = options.timeout ?? WAIT_MS;
  try {
    // The page gets `fn` serialised, and `arg` as JSON: the types match as written by the callers.
    await page.waitForFunction(fn as never, arg, { timeout });
  } catch (error) {
    const seen = options.seen ? await options.seen().catch(() => undefined) : undefined;
    const why = error instanceof Error && !/Timeout/.test(error.message) ? ` (${error.message.split('\n')[0]})` : '';
    throw new Error(`${what}: not within ${timeout / 1000} s${why}${seen === undefined ? '' : `; seen: ${JSON.stringify(seen)}`}`, {
      cause: error,
    });
  }
}

/** Opens a page and waits until `players` players have fired `ready` (transcript and chapters shown). */
export async function open(page: Page, url: string, players = 1): Promise<void> {
  await page.goto(url, { timeout: WAIT_MS, waitUntil: 'load' });
  await waitFor(page, `${players} player(s) to fire ready`, (n) => (window as unknown as E2EWindow).__e2e.readies.length >= n, players, {
    seen: () => page.evaluate(() => (window as unknown as E2EWindow).__e2e),
  });
  const errors = await page.evaluate(() => (window as unknown as E2EWindow).__e2e.errors);
  if (errors.length > 0)
    throw new Error(`the player reported errors: ${errors.map((e) => `${e.id} ${e.source}: ${e.message}`).join(' | ')}`);
}

export interface PlayerState {
  paused: boolean;
  currentTime: number;
  duration: number;
  playLabel: string;
  activeSegment: number;
  activeChapter: number;
  errors: string[];
}

/** The state of the player with this id, read from its API and its shadow DOM. */
export function playerState(page: Page, id = 'player'): Promise<PlayerState> {
  return page.evaluate((playerId) => {
    const player = document.getElementById(playerId) as PlayerLike;
    const root = player.shadowRoot!;
    const view = root.querySelector('tp-transcript-view')?.shadowRoot;
    const chapters = [...(root.querySelector('tp-chapter-list')?.shadowRoot?.querySelectorAll('[part~="chapter"]') ?? [])];
    const active = view?.querySelector<HTMLElement>('[part~="segment"][aria-current="true"]');
    return {
      paused: player.paused,
      currentTime: player.currentTime,
      duration: player.duration,
      playLabel: root.querySelector('[part~="play-button"]')?.getAttribute('aria-label') ?? '',
      activeSegment: active ? Number(active.dataset.index) : -1,
      activeChapter: chapters.findIndex((chapter) => chapter.getAttribute('aria-current') === 'true'),
      errors: [...root.querySelectorAll('[part~="error"]')].map((node) => node.textContent?.trim() ?? ''),
    };
  }, id);
}

/** Waits until the player plays and its position has moved on by `seconds` from where it was. */
export async function waitUntilPlaying(page: Page, id = 'player', seconds = 0.5): Promise<PlayerState> {
  await waitFor(page, `#${id} to play`, (playerId) => !(document.getElementById(playerId) as PlayerLike).paused, id, {
    seen: () => playerState(page, id),
  });
  const from = (await playerState(page, id)).currentTime;
  await waitFor(
    page,
    `#${id}'s currentTime to advance ${seconds} s from ${from.toFixed(2)}`,
    ([playerId, start, by]) => (document.getElementById(playerId) as PlayerLike).currentTime >= start + by,
    [id, from, seconds] as const,
    { seen: () => playerState(page, id) },
  );
  return playerState(page, id);
}

/** The focused element, found through every shadow root, described as a listener meets it. */
export interface Focus {
  /** An id unique per element for the page's life (kept in a WeakMap in the page). */
  key: number;
  /** The shadow hosts on the way down, outermost first (`transcript-player#player`, `tp-seek-bar`, …). */
  hosts: string[];
  tag: string;
  part: string;
  role: string;
  name: string;
  label: string;
  outline: string;
  boxShadow: string;
  focusVisible: boolean;
}

/** Page function: describes the deep active element (see `Focus`). */
export function describeFocus(): Focus | null {
  type Keyed = Window & { __e2eKeys?: WeakMap<Element, number>; __e2eNext?: number };
  const w = window as Keyed;
  const keys = (w.__e2eKeys ??= new WeakMap());
  let element: Element | null = document.activeElement;
  const hosts: string[] = [];
  while (element?.shadowRoot?.activeElement) {
    hosts.push(`${element.localName}${element.id ? `#${element.id}` : ''}`);
    element = element.shadowRoot.activeElement;
  }
  if (!element || element === document.body || element === document.documentElement) return null;
  let key = keys.get(element);
  if (key === undefined) {
    key = w.__e2eNext = (w.__e2eNext ?? 0) + 1;
    keys.set(element, key);
  }
  const implicit: Record<string, string> = { button: 'button', select: 'combobox', a: 'link', textarea: 'textbox', summary: 'button' };
  const inputRoles: Record<string, string> = { range: 'slider', search: 'searchbox', text: 'textbox', checkbox: 'checkbox' };
  const tag = element.localName;
  const role =
    element.getAttribute('role') ??
    (tag === 'input' ? (inputRoles[(element as HTMLInputElement).type] ?? 'input') : (implicit[tag] ?? '(none)'));
  const root = element.getRootNode() as Document | ShadowRoot;
  const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById?.(id)?.textContent ?? '')
    .join(' ');
  const labels =
    'labels' in element ? [...((element as HTMLInputElement).labels ?? [])].map((label) => label.textContent ?? '').join(' ') : '';
  const text = tag === 'select' || tag === 'input' ? '' : (element.textContent ?? '');
  const name =
    [element.getAttribute('aria-label'), labelledBy, labels, text, element.getAttribute('title')]
      .map((value) => (value ?? '').replace(/\s+/g, ' ').trim())
      .find(Boolean) ?? '';
  const style = getComputedStyle(element);
  return {
    key,
    hosts,
    tag,
    part: element.getAttribute('part') ?? '',
    role,
    name,
    label: `${element.getAttribute('part') || tag}${name ? ` "${name.length > 40 ? `${name.slice(0, 40)}…` : name}"` : ''}`,
    outline: style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0 ? 'none' : `${style.outlineWidth} ${style.outlineStyle}`,
    boxShadow: style.boxShadow,
    focusVisible: element.matches(':focus-visible'),
  };
}

/** The deep active element of the page, or null when focus is on the page itself. */
export function focused(page: Page): Promise<Focus | null> {
  return page.evaluate(describeFocus);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
