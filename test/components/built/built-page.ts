import { sendMouse } from '@web/test-runner-commands';

/** The built script-tag file, as a page loads it. */
export const BUNDLE = new URL('/dist/transcript-player.iife.js', location.href).href;

/** The player's public API as a page sees it (no types from the sources: this is the built file). */
export interface BuiltPlayer extends HTMLElement {
  updateComplete: Promise<boolean>;
  play(): Promise<void>;
  pause(): void;
  seek(seconds: number): void;
  currentTime: number;
  readonly duration: number;
  readonly paused: boolean;
  playbackRate: number;
  src: string;
  transcriptData: unknown;
  chaptersData: unknown;
  readonly segments: readonly { start: number; end: number; text: string }[];
  readonly chapterList: readonly { start: number; title: string; link?: string; image?: string }[];
}

export interface BuiltPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis;
  document: Document;
  /** The first player on the page (or the one `selector` names). */
  player(selector?: string): BuiltPlayer;
  /** Uncaught errors and unhandled rejections in the page, as text. */
  uncaught: string[];
  close(): void;
}

/**
 * A static page in an iframe with the built bundle and `body`: no module graph, no dev
 * server transforms, as a blog embeds the player. `hash` is the page's fragment (`#t=…`);
 * `bundle` the script's address (the built file by default).
 */
export async function builtPage(body: string, options: { hash?: string; head?: string; bundle?: string } = {}): Promise<BuiltPage> {
  const bundle = options.bundle ?? BUNDLE;
  const head = await fetch(bundle, { method: 'HEAD' });
  if (!head.ok) throw new Error('dist/transcript-player.iife.js is missing: run npm run build');
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 640px; height: 560px; border: 0';
  const uncaught: string[] = [];
  // A page of its own (not srcdoc) so that `#t=` links work: the fragment is part of its address.
  const html = `<!doctype html><html><head><meta charset="utf-8">${options.head ?? ''}</head><body>${body}<script src="${bundle}"></script></body></html>`;
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  frame.src = `${url}${options.hash ?? ''}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  URL.revokeObjectURL(url);
  const win = frame.contentWindow as Window & typeof globalThis;
  win.addEventListener('error', (event) => uncaught.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => uncaught.push(`unhandled rejection: ${String(event.reason)}`));
  await waitFor(() => Boolean(win.customElements.get('transcript-player')), 'the element to be defined');
  const page: BuiltPage = {
    frame,
    window: win,
    document: win.document,
    player: (selector = 'transcript-player') => win.document.querySelector(selector) as BuiltPlayer,
    uncaught,
    close: () => {
      frame.remove();
      openPages.delete(page);
    },
  };
  openPages.add(page);
  return page;
}

const openPages = new Set<BuiltPage>();

/**
 * For `afterEach`: closes every built page the test opened, then fails the test if any of
 * them had an uncaught error or an unhandled rejection (closed first, so a failing test
 * leaves no page behind for the next).
 */
export function closeBuiltPages(): void {
  const pages = [...openPages];
  for (const page of pages) page.close();
  const uncaught = pages.flatMap((page) => page.uncaught);
  if (uncaught.length) throw new Error(`uncaught in the page: ${uncaught.join('; ')}`);
}

/** Polls until `condition` holds. */
export async function waitFor(condition: () => boolean, what: string, timeout = 8000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The fixtures folder, absolute (the page is a blob: URL, so relative addresses would not resolve). */
export const FIXTURES = new URL('../../fixtures/', import.meta.url).href;

/** Every element with the given shadow part, looking through nested shadow roots. */
export function partsIn(root: Element, name: string): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: Element | ShadowRoot): void => {
    for (const element of node.querySelectorAll<HTMLElement>('*')) {
      if (element.part?.contains(name)) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root.shadowRoot ?? root);
  return found;
}

/** Every element in the player's shadow trees (to look for what must never be there). */
export function allIn(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot): void => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root.shadowRoot ?? root);
  return found;
}

/** The next `type` event on `target`, or a rejection after `timeout` ms. */
export function nextEvent<T = unknown>(target: EventTarget, type: string, timeout = 8000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeout} ms`)), timeout);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

export type ErrorDetail = { source: string; message: string; code: string };

/** The `error` events of `player` from now on. */
export function collectErrors(player: EventTarget): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  player.addEventListener('error', (event) => errors.push((event as CustomEvent<ErrorDetail>).detail));
  return errors;
}

/** What the widget shows as errors (`part="error"`, with its role) and notices (`part="notice"`: the summary and each item). */
export function shown(player: Element) {
  return {
    errors: partsIn(player, 'error').map((element) => ({ text: element.textContent?.trim() ?? '', role: element.getAttribute('role') })),
    notices: partsIn(player, 'notice').map((element) => ({
      summary: element.querySelector('summary')?.textContent?.trim() ?? '',
      items: [...element.querySelectorAll('li')].map((item) => item.textContent?.trim() ?? ''),
    })),
  };
}

/**
 * A real click at the centre of `element` (in the iframe), sent through the browser: a user
 * gesture, which Safari needs to play audio and the other engines before the page was touched.
 */
export async function userClick(element: Element): Promise<void> {
  const view = element.ownerDocument.defaultView!;
  element.scrollIntoView({ block: 'center', inline: 'center' });
  await new Promise((resolve) => view.requestAnimationFrame(resolve));
  await new Promise((resolve) => view.requestAnimationFrame(resolve));
  const box = element.getBoundingClientRect();
  const frame = view.frameElement!.getBoundingClientRect();
  const x = Math.round(frame.left + view.frameElement!.clientLeft + box.left + box.width / 2);
  const y = Math.round(frame.top + view.frameElement!.clientTop + box.top + box.height / 2);
  const clicked = new Promise<void>((resolve) => element.addEventListener('click', () => resolve(), { once: true }));
  await sendMouse({ type: 'click', position: [x, y] });
  await Promise.race([
    clicked,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`no click reached ${element.localName}`)), 5000)),
  ]);
}

/**
 * Runs `action` inside the handler of a real click on a button of the page, as a page's own
 * "Listen" button calls the player's API, and returns what it returned.
 */
export async function inGesture<T>(page: BuiltPage, action: () => T): Promise<T> {
  const button = page.document.createElement('button');
  button.textContent = 'Listen';
  button.style.cssText = 'position: fixed; left: 0; top: 0; width: 60px; height: 40px; z-index: 10';
  let outcome: { value: T } | { error: unknown } | undefined;
  button.addEventListener(
    'click',
    () => {
      try {
        outcome = { value: action() };
      } catch (error) {
        outcome = { error };
      }
    },
    { once: true },
  );
  page.document.body.append(button);
  try {
    await userClick(button);
  } finally {
    button.remove();
  }
  if (!outcome) throw new Error('the gesture did not run');
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}

/** How a promise settled: `resolved`, the rejection's name (`AbortError`), or `pending` after `ms`. */
export async function settlement(promise: Promise<unknown>, ms = 8000): Promise<string> {
  return Promise.race([
    promise.then(
      () => 'resolved',
      // The page's DOMException is not this window's: no instanceof across windows.
      (error: unknown) => (typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : String(error)),
    ),
    new Promise<string>((resolve) => setTimeout(() => resolve('pending'), ms)),
  ]);
}
