/**
 * What the screenshot cases share: their pages, waiting for a still picture, and taking a
 * screenshot that is compared with its baseline and checked for contrast in the same state.
 *
 * Deterministic pictures: a fixed viewport at device scale factor 1, one font (the page sets
 * `font-family: 'DejaVu Sans'` on the player: test/screenshots/page.css), the locale and time
 * zone fixed, no caret (`caret-color: transparent` in the page's CSS, not the player's), times
 * frozen where they show (a position sought, or playback held at one, see `holdPlayback`), every
 * scrolling panel at rest, and CSS animations and transitions stopped by the screenshot
 * (`animations: 'disabled'`) except where the state is the animation (the busy play button).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { contrastProblems, type ContrastReport } from '../contrast/contrast-problems.js';
import { Skip, WAIT_MS, waitFor, type CaseContext, type E2EWindow, type PlayerLike } from './helpers.js';

export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];

/** The one font of every screenshot: Debian's default (fonts-dejavu-core), which fontconfig needs anyway. */
export const FONT = 'DejaVu Sans';
export const BUNDLE = '/dist/transcript-player.iife.js';
export const FIXTURES = '/test/screenshots/fixtures';
/** Width of the pages: the player is 24 px narrower (the body's padding). */
export const WIDE = 760;
export const NARROW = 320;

/** Skips (saying why) where the font of the baselines is not installed: every glyph would differ. */
export function requireFont(): void {
  let families: string;
  try {
    families = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  } catch {
    throw new Skip(`cannot list the fonts (no fc-list); the screenshots are made with ${FONT} on Linux`);
  }
  if (!families.split('\n').some((line) => line.split(',').includes(FONT)))
    throw new Skip(`the font ${FONT} is not installed (Debian/Ubuntu: sudo apt-get install fonts-dejavu-core)`);
}

export interface PageSpec {
  /** File name under .test-results/screenshots/pages/. */
  name: string;
  body: string;
  theme?: Theme;
  /** test/screenshots/hostile-theme.css after the page's own. */
  hostile?: boolean;
}

/** Writes a page that loads the built script and returns its address. */
export function writePage(context: CaseContext, spec: PageSpec): string {
  const dir = join(context.resultsDir, 'screenshot-pages');
  mkdirSync(dir, { recursive: true });
  const sheets = ['page.css', ...(spec.hostile ? ['hostile-theme.css'] : [])]
    .map((sheet) => `<link rel="stylesheet" href="/test/screenshots/${sheet}">`)
    .join('\n');
  writeFileSync(
    join(dir, `${spec.name}.html`),
    `<!doctype html>
<html lang="en" class="${spec.theme ?? 'light'}">
<head>
<meta charset="utf-8">
<title>${spec.name}</title>
${sheets}
<script src="${BUNDLE}"></script>
</head>
<body>
<main id="post">
${spec.body}
</main>
</body>
</html>
`,
  );
  return `${context.origin}/.test-results/screenshot-pages/${spec.name}.html`;
}

/** A `<transcript-player>` tag. */
export function playerTag(attributes: Record<string, string | true>, inner = ''): string {
  const list = Object.entries(attributes).map(([name, value]) => (value === true ? name : `${name}="${value.replace(/"/g, '&quot;')}"`));
  return `<transcript-player ${list.join(' ')}>${inner}</transcript-player>`;
}

/** The screenshot pages' player: the episode file with two transcript languages, chapters (one with a link) and notes. */
export function episodePlayer(theme: Theme, extra: Record<string, string | true> = {}): string {
  return playerTag({ id: 'player', theme, preload: 'metadata', episode: `${FIXTURES}/episode.json`, download: true, ...extra });
}

/** A page of a fresh context with the screenshot settings. */
export function newShotPage(
  context: CaseContext,
  width = WIDE,
  height = 1000,
  reducedMotion = false,
  colorScheme: Theme = 'light',
): Promise<Page> {
  return context.newPage({ width, height, locale: 'en-US', timezoneId: 'UTC', reducedMotion, colorScheme });
}

/** Loads the page and waits for `readies` players' `ready` and `errors` `error` events, then for a still picture. */
export async function load(page: Page, url: string, expect: { readies?: number; errors?: number } = {}): Promise<void> {
  await page.goto(url, { timeout: WAIT_MS, waitUntil: 'load' });
  const readies = expect.readies ?? 1;
  const errors = expect.errors ?? 0;
  await waitFor(
    page,
    `${readies} ready and ${errors} error event(s)`,
    ([r, e]) => {
      const log = (window as unknown as E2EWindow).__e2e;
      return log.readies.length >= r && log.errors.length >= e;
    },
    [readies, errors] as const,
    { seen: () => page.evaluate(() => (window as unknown as E2EWindow).__e2e) },
  );
  const log = await page.evaluate(() => (window as unknown as E2EWindow).__e2e.errors);
  if (log.length > errors) throw new Error(`the player reported errors: ${log.map((e) => `${e.source}: ${e.message}`).join(' | ')}`);
  await still(page);
}

/**
 * Waits for a still picture: fonts loaded, no "Loading…" left, and every scrolling box in
 * the page and the players' shadow trees unmoved for five frames (a glide to the spoken
 * line, a list scrolled to its current chapter).
 */
export async function still(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const scrollers = () => {
      const found: Element[] = [document.scrollingElement!];
      const walk = (root: Document | ShadowRoot) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.scrollHeight > element.clientHeight || element.scrollWidth > element.clientWidth) found.push(element);
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      return found.map((element) => `${element.scrollTop},${element.scrollLeft}`).join(' ');
    };
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = '';
    let unchanged = 0;
    for (let frames = 0; frames < 300 && unchanged < 5; frames++) {
      await frame();
      const now = scrollers();
      unchanged = now === last ? unchanged + 1 : 0;
      last = now;
    }
  });
}

/** A deep element of the player, made the target of later calls. */
export interface Target {
  /** An element with this part... */
  part?: string;
  /** ...or matching this selector, in any of the player's shadow roots. */
  css?: string;
  /** `current`: the one marked aria-current; `other`: the one after it (or the first that is not). */
  pick?: 'current' | 'other';
  /** A selector inside the element found (the `summary` of a `details`). */
  inner?: string;
  /** The element's parent instead (the row a button sits in). */
  parent?: boolean;
  /** Which of several (default the first). */
  index?: number;
  player?: string;
}

type TargetWindow = Window & { __tpTarget?: HTMLElement | undefined };

/** Finds the target in the page, scrolls it into view, and keeps it as `window.__tpTarget`; false when there is none. */
export function aim(page: Page, target: Target): Promise<boolean> {
  return page.evaluate(({ part, css, pick, inner, parent, index, player }) => {
    const found: HTMLElement[] = [];
    const walk = (root: ShadowRoot) => {
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        if ((part !== undefined && element.part?.contains(part)) || (css !== undefined && element.matches(css))) found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    const host = document.getElementById(player ?? 'player');
    if (host?.shadowRoot) walk(host.shadowRoot);
    const current = found.findIndex((element) => element.getAttribute('aria-current') === 'true');
    let element =
      pick === 'current'
        ? found[current]
        : pick === 'other'
          ? (found[current + 1] ?? found.find((_, i) => i !== current))
          : found[index ?? 0];
    if (element && inner) element = element.querySelector<HTMLElement>(inner) ?? undefined;
    if (element && parent) element = element.parentElement ?? undefined;
    (window as TargetWindow).__tpTarget = element;
    if (!element) return false;
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    return true;
  }, target);
}

/** The target's box, grown by `margin` on every side and kept inside the viewport (page coordinates). */
export async function targetClip(page: Page, margin = 10): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate((grow) => {
    const target = (window as TargetWindow).__tpTarget!;
    const box = target.getBoundingClientRect();
    const left = Math.max(0, Math.floor(box.left - grow));
    const top = Math.max(0, Math.floor(box.top - grow));
    const right = Math.min(innerWidth, Math.ceil(box.right + grow));
    const bottom = Math.min(innerHeight, Math.ceil(box.bottom + grow));
    return { x: left + scrollX, y: top + scrollY, width: right - left, height: bottom - top };
  }, margin);
}

/** The centre of the target (or a point near its start, for wide rows), in viewport coordinates for the mouse. */
export function targetPoint(page: Page): Promise<[number, number]> {
  return page.evaluate(() => {
    const box = (window as TargetWindow).__tpTarget!.getBoundingClientRect();
    return [Math.round(box.left + Math.min(box.width / 2, 40)), Math.round(box.top + box.height / 2)] as [number, number];
  });
}

/** A spot of the page outside every player, where the mouse rests between states. */
export const REST: [number, number] = [2, 2];

/** Presses the mouse on the target and keeps it pressed (`:active`); `release` lets go without a click reaching the player. */
export async function press(page: Page): Promise<void> {
  const [x, y] = await targetPoint(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
}

export async function release(page: Page): Promise<void> {
  // The click that would follow is stopped before it reaches the player (no seek, no play, no
  // link followed): what is pictured is the press, not what it does.
  await page.evaluate(() => {
    const swallow = (event: Event) => {
      event.stopImmediatePropagation();
      event.preventDefault();
    };
    window.addEventListener('click', swallow, { capture: true, once: true });
    setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 500);
  });
  await page.mouse.up();
  await page.mouse.move(...REST);
  await page.evaluate(() => {
    let active = document.activeElement as HTMLElement | null;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
    active?.blur();
    getSelection()?.removeAllRanges();
  });
}

/** Moves keyboard focus to the target, as after a Tab: `:focus-visible` holds (or this throws). */
export async function focusTarget(page: Page): Promise<void> {
  const visible = await page.evaluate(() => {
    const target = (window as TargetWindow).__tpTarget!;
    target.focus();
    return target.matches(':focus-visible');
  });
  if (!visible) throw new Error('the control took focus without :focus-visible (keyboard focus was expected)');
}

/** Holds everything of a state together: the screenshots taken, what differed, what lacked contrast. */
export class Shots {
  /** Screenshots that differ from their baselines. */
  readonly problems: string[] = [];
  /** Anything else the case found wrong (an overflow, a state not reached). */
  readonly failures: string[] = [];
  readonly contrast: string[] = [];
  taken = 0;

  constructor(private readonly context: CaseContext) {}

  /**
   * Screenshots `what` (the player, another element, or a clip of the page) as `name` and
   * compares it with its baseline; then checks the contrast of every player in the page in
   * that same state.
   */
  async shot(
    page: Page,
    name: string,
    what: Locator | { clip: { x: number; y: number; width: number; height: number } },
    animations: 'disabled' | 'allow' = 'disabled',
  ): Promise<void> {
    const options = { animations, caret: 'hide', scale: 'css', timeout: WAIT_MS } as const;
    const png = 'clip' in what ? await page.screenshot({ ...options, clip: what.clip }) : await what.screenshot(options);
    const comparison = this.context.baselines.check(name, png);
    this.taken++;
    if (comparison.status === 'different' && this.context.baselines.otherBrowser())
      this.context.note(`${name}: ${comparison.detail} (not a failure: ${this.context.baselines.otherBrowser()})`);
    else if (comparison.status === 'different' || comparison.status === 'new') this.problems.push(`${name}: ${comparison.detail}`);
    else if (comparison.status === 'updated' || comparison.status === 'written') this.context.note(`${name}: ${comparison.detail}`);
    await this.checkContrast(page, name);
  }

  /** WCAG contrast of every player in the page as it is now. */
  async checkContrast(page: Page, label: string): Promise<ContrastReport[]> {
    const reports: ContrastReport[] = [];
    for (const player of await page.locator('transcript-player').all()) {
      const report = await player.evaluate(contrastProblems, { label });
      if (report.checked.text === 0) this.contrast.push(`${label}: no text was found to check in a player`);
      this.contrast.push(...report.problems);
      reports.push(report);
    }
    return reports;
  }

  /** Notes what went wrong and fails the case, or notes how many were taken. */
  finish(what: string): void {
    for (const line of [...this.failures, ...this.problems, ...this.contrast]) this.context.note(line);
    const failures: string[] = [];
    if (this.failures.length)
      failures.push(this.failures.length === 1 ? this.failures[0]! : `${this.failures.length} problems (listed below)`);
    if (this.problems.length)
      failures.push(
        `${this.problems.length} of ${this.taken} screenshots differ from their baselines (listed below; if meant: npm run test:screenshots:update)`,
      );
    if (this.contrast.length) failures.push(`${this.contrast.length} contrast shortfalls (listed below)`);
    if (failures.length) throw new Error(failures.join('; '));
    const verb = this.context.baselines.update ? 'taken' : 'match their baselines';
    this.context.note(`${what}: ${this.taken} screenshots ${verb}; contrast checked in each state`);
  }
}

/** The player's state as the page has it (for waits). */
export function playerTime(page: Page, id = 'player'): Promise<number> {
  return page.evaluate((playerId) => (document.getElementById(playerId) as PlayerLike).currentTime, id);
}
