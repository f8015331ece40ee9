/**
 * End-to-end cases: the built script-tag file (dist/transcript-player.iife.js) in real
 * pages, driven by real key presses and mouse clicks as a listener would. Run by
 * scripts/e2e/run.ts; each case gets fresh browser contexts and its own waits, all bounded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  BLOG,
  DEMO,
  Skip,
  WAIT_MS,
  focused,
  open,
  playerState,
  waitFor,
  waitUntilPlaying,
  type Case,
  type E2EWindow,
  type Focus,
  type PlayerLike,
} from './helpers.js';
import { screenshotCases } from './screenshot-cases.js';
import { staticCases } from './static-cases.js';

const play = (id = 'player') => `#${id} [part~="play-button"]`;

/** Presses Tab until the deep active element matches, at most `limit` times; returns the presses. */
async function tabUntil(
  page: Page,
  matches: (focus: Focus | null) => boolean,
  limit: number,
): Promise<{ presses: number; seen: string[] }> {
  const seen: string[] = [];
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    const focus = await focused(page);
    seen.push(focus ? focus.label : '(page)');
    if (matches(focus)) return { presses, seen };
  }
  throw new Error(`not reached within ${limit} Tab presses; focus went: ${seen.join(' → ')}`);
}

const keyboardPlay: Case = {
  name: 'keyboard: Tab to the play button, Enter plays, Space pauses',
  async run({ origin, newPage, note }) {
    const page = await newPage();
    await open(page, origin + DEMO);
    const { presses } = await tabUntil(page, (focus) => focus?.part.split(' ').includes('play-button') ?? false, 30);
    note(`play button reached with ${presses} Tab presses (after the page's ${presses - 1} nav links)`);
    const before = await playerState(page);
    if (!before.paused) throw new Error('the player was already playing before Enter');
    await page.keyboard.press('Enter');
    const after = await waitUntilPlaying(page, 'player', 1);
    if (after.playLabel !== 'Pause') throw new Error(`while playing, the play button is labelled "${after.playLabel}", not "Pause"`);
    note(`playing: currentTime ${after.currentTime.toFixed(2)} s, button "${after.playLabel}"`);
    // Space on the focused button pauses: once, not a pause and a play again.
    await page.keyboard.press('Space');
    await waitFor(page, 'Space on the play button to pause', () => (document.getElementById('player') as PlayerLike).paused, undefined, {
      timeout: 5000,
      seen: () => playerState(page),
    });
    await page.waitForTimeout(400);
    const paused = await playerState(page);
    if (!paused.paused || paused.playLabel !== 'Play')
      throw new Error(`after Space: paused ${paused.paused}, button "${paused.playLabel}"`);
  },
};

const highlightMoves: Case = {
  name: 'playing moves the highlighted line',
  async run({ origin, newPage, note }) {
    const page = await newPage();
    await open(page, origin + DEMO);
    await page.locator(play()).click({ timeout: WAIT_MS });
    const playing = await waitUntilPlaying(page, 'player', 0.2);
    const from = playing.activeSegment;
    await waitFor(
      page,
      `the highlighted line to move on from ${from}`,
      (start) => {
        const view = document.getElementById('player')?.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot;
        const line = view?.querySelector<HTMLElement>('[part~="segment"][aria-current="true"]');
        return line !== null && line !== undefined && Number(line.dataset.index) !== start && line.part.contains('active');
      },
      from,
      { seen: () => playerState(page) },
    );
    const check = await page.evaluate(() => {
      const player = document.getElementById('player') as PlayerLike;
      const view = player.shadowRoot!.querySelector('tp-transcript-view')!.shadowRoot!;
      const marked = [...view.querySelectorAll<HTMLElement>('[aria-current="true"]')];
      const index = Number(marked[0]?.dataset.index);
      const segment = player.segments[index];
      return { marked: marked.length, index, start: segment?.start ?? NaN, end: segment?.end ?? NaN, time: player.currentTime };
    });
    if (check.marked !== 1) throw new Error(`${check.marked} lines are marked aria-current="true", not 1`);
    // The marked line is the spoken one (allowing for a frame or two since it was marked).
    if (!(check.time >= check.start - 0.05 && check.time < check.end + 0.5)) {
      throw new Error(`line ${check.index} (${check.start}–${check.end} s) is marked at ${check.time.toFixed(2)} s`);
    }
    note(`line ${from} → ${check.index} at ${check.time.toFixed(2)} s`);
  },
};

const chapterClick: Case = {
  name: 'clicking the 3rd chapter plays from its start and marks it current',
  async run({ origin, newPage, note }) {
    const page = await newPage();
    await open(page, origin + DEMO);
    const chapter = await page.evaluate(() => (document.getElementById('player') as PlayerLike).chapterList[2]);
    if (!chapter) throw new Error('the demo has fewer than 3 chapters');
    const button = page.locator('#player [part~="chapter"]').nth(2);
    await button.click({ timeout: WAIT_MS });
    await waitFor(
      page,
      'the 3rd chapter to become aria-current="true"',
      () => {
        const list = document.getElementById('player')?.shadowRoot?.querySelector('tp-chapter-list')?.shadowRoot;
        return list?.querySelectorAll('[part~="chapter"]')[2]?.getAttribute('aria-current') === 'true';
      },
      undefined,
      { seen: () => playerState(page) },
    );
    const state = await playerState(page);
    if (Math.abs(state.currentTime - chapter.start) >= 1) {
      throw new Error(`currentTime ${state.currentTime.toFixed(2)} s is not within 1 s of the chapter's start ${chapter.start} s`);
    }
    const marked = await page.evaluate(() => {
      const list = document.getElementById('player')!.shadowRoot!.querySelector('tp-chapter-list')!.shadowRoot!;
      return [...list.querySelectorAll('[part~="chapter"]')].map((item) => item.getAttribute('aria-current') === 'true');
    });
    if (marked.filter(Boolean).length !== 1) throw new Error(`${marked.filter(Boolean).length} chapters are marked current`);
    // A click on a chapter plays from there (README: "a click on any line or chapter plays from there").
    const playing = await waitUntilPlaying(page, 'player', 0.3);
    if (playing.currentTime < chapter.start || playing.currentTime > chapter.start + 5) {
      throw new Error(`playing at ${playing.currentTime.toFixed(2)} s, not from the chapter's start ${chapter.start} s`);
    }
    note(
      `"${chapter.title}" at ${chapter.start} s: currentTime ${state.currentTime.toFixed(2)} s, then playing at ${playing.currentTime.toFixed(2)} s`,
    );
  },
};

const SEARCH_WORD = 'Helion';

const searchAndJump: Case = {
  name: `search: type "${SEARCH_WORD}", Enter jumps to a match, Escape clears`,
  async run({ origin, newPage, note }) {
    const page = await newPage();
    await open(page, origin + DEMO);
    const expected = await page.evaluate(
      (word) =>
        (document.getElementById('player') as PlayerLike).segments.reduce(
          (n, segment) => n + (segment.text.toLowerCase().split(word.toLowerCase()).length - 1),
          0,
        ),
      SEARCH_WORD,
    );
    if (expected === 0) throw new Error(`"${SEARCH_WORD}" is not in the demo transcript any more: pick another late word`);
    await page.locator('#player [part~="search-input"]').click({ timeout: WAIT_MS });
    await page.keyboard.type(SEARCH_WORD, { delay: 40 });
    await page.keyboard.press('Enter');
    const countText = () =>
      page.evaluate(() =>
        document
          .getElementById('player')!
          .shadowRoot!.querySelector('tp-transcript-view')!
          .shadowRoot!.querySelector('[part~="search-count"]')!
          .textContent.trim(),
      );
    await waitFor(
      page,
      'the match count "n of m"',
      () =>
        /^\d+ of \d+$/.test(
          document
            .getElementById('player')
            ?.shadowRoot?.querySelector('tp-transcript-view')
            ?.shadowRoot?.querySelector('[part~="search-count"]')
            ?.textContent?.trim() ?? '',
        ),
      undefined,
      { seen: countText },
    );
    const count = await countText();
    const [, n, m] = /^(\d+) of (\d+)$/.exec(count)!.map(Number);
    if (m !== expected || !(n! >= 1 && n! <= m)) throw new Error(`count says "${count}"; the transcript has ${expected} matches`);
    // The current match is scrolled into the panel (a short glide may take a moment).
    const visible = () =>
      page.evaluate(() => {
        const view = document.getElementById('player')!.shadowRoot!.querySelector('tp-transcript-view')!.shadowRoot!;
        const mark = view.querySelector('[part~="current-match"]');
        const panel = view.querySelector('.panel');
        if (!mark || !panel) return { found: false, inside: false, text: '' };
        const box = mark.getBoundingClientRect();
        const frame = panel.getBoundingClientRect();
        const inside = box.width > 0 && box.height > 0 && box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1;
        return {
          found: true,
          inside,
          text: mark.textContent ?? '',
          top: Math.round(box.top - frame.top),
          height: Math.round(frame.height),
        };
      });
    await waitFor(
      page,
      'the current match to be visible inside the transcript panel',
      () => {
        const view = document.getElementById('player')?.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot;
        const mark = view?.querySelector('[part~="current-match"]');
        const panel = view?.querySelector('.panel');
        if (!mark || !panel) return false;
        const box = mark.getBoundingClientRect();
        const frame = panel.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1;
      },
      undefined,
      { timeout: 5000, seen: visible },
    );
    const shown = await visible();
    if (shown.text.toLowerCase() !== SEARCH_WORD.toLowerCase()) throw new Error(`the current match marks "${shown.text}"`);
    note(`"${count}", current match visible ${'top' in shown ? shown.top : '?'} px into the panel`);
    await page.keyboard.press('Escape');
    await waitFor(
      page,
      'Escape to clear the matches',
      () => {
        const view = document.getElementById('player')?.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot;
        return (
          view?.querySelectorAll('[part~="match"]').length === 0 &&
          view.querySelector('[part~="search-count"]')?.textContent?.trim() === '' &&
          view.querySelector<HTMLInputElement>('[part~="search-input"]')?.value === ''
        );
      },
      undefined,
      { timeout: 5000, seen: countText },
    );
  },
};

const deepLinks: Case = {
  name: 'deep links: #t=131 and #t=2:11 start the player there, play plays from there',
  async run({ origin, newPage, note }) {
    const problems: string[] = [];
    for (const hash of ['#t=131', '#t=2:11']) {
      const page = await newPage();
      await open(page, `${origin}${DEMO}${hash}`);
      const before = await playerState(page);
      if (Math.abs(before.currentTime - 131) > 0.01 || !before.paused) {
        problems.push(`${hash}: before play, currentTime is ${before.currentTime} s (paused: ${before.paused}), not 131 s`);
        continue;
      }
      // Every position the player reports from the click on, to catch a start from 0.
      await page.evaluate(() => {
        const player = document.getElementById('player') as PlayerLike;
        const seen: number[] = [];
        (window as unknown as { __seen: number[] }).__seen = seen;
        player.addEventListener('timeupdate', () => seen.push(player.currentTime));
      });
      await page.locator(play()).click({ timeout: WAIT_MS });
      await waitFor(page, `${hash}: the player to play`, () => !(document.getElementById('player') as PlayerLike).paused, undefined, {
        seen: () => playerState(page),
      });
      // About a second and a half of playback (timeupdate comes about four times a second).
      await waitFor(
        page,
        `${hash}: six timeupdate events while playing`,
        () => (window as unknown as { __seen: number[] }).__seen.length >= 6,
        undefined,
        {
          seen: () => playerState(page),
        },
      );
      const playing = await playerState(page);
      const seen = await page.evaluate(() => (window as unknown as { __seen: number[] }).__seen);
      const lowest = Math.min(...seen);
      const summary = `131 s before play; after the click playing at ${playing.currentTime.toFixed(2)} s, positions reported from ${seen[0]?.toFixed(2)} s (lowest ${lowest.toFixed(2)} s)`;
      if (lowest < 130.5 || playing.currentTime < 131 || playing.currentTime > 131 + 10 || playing.paused)
        problems.push(`${hash}: ${summary}`);
      else note(`${hash}: ${summary}`);
      await page.context().close();
    }
    if (problems.length) throw new Error(problems.join('; '));
  },
};

/** The order the controls come in; each stop is filed under the first of these its part names. */
const ORDER = ['play-button', 'skip-back', 'skip-forward', 'speed', 'seek-bar', 'chapter', 'search-input', 'segment'];

const tabThrough: Case = {
  name: 'Tab through the whole player: every control once, in order, named, with a focus ring',
  async run({ origin, newPage, note }) {
    const page = await newPage();
    await open(page, origin + DEMO);
    const inPlayer = (focus: Focus | null) => focus?.hosts[0] === 'transcript-player#player';
    const stops: Focus[] = [];
    let entered = false;
    for (let presses = 0; presses < 80; presses++) {
      await page.keyboard.press('Tab');
      const focus = await focused(page);
      if (inPlayer(focus)) {
        entered = true;
        stops.push(focus!);
      } else if (entered) break;
    }
    if (!entered) throw new Error('Tab never reached the player');
    if (inPlayer(await focused(page)))
      throw new Error(`focus did not leave the player within 80 Tab presses: ${stops.map((s) => s.label).join(' → ')}`);
    note(`${stops.length} stops: ${stops.map((stop) => stop.label).join(' → ')}`);

    // Every focusable control in the player's shadow trees, in the keys the Tab walk gave them.
    const controls = await page.evaluate(() => {
      type Keyed = Window & { __e2eKeys?: WeakMap<Element, number>; __e2eNext?: number };
      const w = window as Keyed;
      const keys = (w.__e2eKeys ??= new WeakMap());
      const found: { key: number; label: string }[] = [];
      const walk = (root: ShadowRoot) => {
        for (const element of root.querySelectorAll('*')) {
          const focusable =
            element.matches('a[href], button, input, select, textarea, summary, [tabindex]') &&
            (element as HTMLElement).tabIndex >= 0 &&
            !element.matches(':disabled') &&
            element.getClientRects().length > 0 &&
            getComputedStyle(element).visibility !== 'hidden' &&
            !element.closest('[inert]') &&
            // The content of a closed <details> (a menu) is not there to tab to.
            !element.closest('details:not([open]) > :not(summary)');
          if (focusable) {
            let key = keys.get(element);
            if (key === undefined) {
              key = w.__e2eNext = (w.__e2eNext ?? 0) + 1;
              keys.set(element, key);
            }
            found.push({
              key,
              label: `${element.getAttribute('part') || element.localName} ${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? ''}`,
            });
          }
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document.getElementById('player')!.shadowRoot!);
      return found;
    });

    const problems: string[] = [];
    const keys = stops.map((stop) => stop.key);
    const twice = stops.filter((stop, i) => keys.indexOf(stop.key) !== i);
    if (twice.length) problems.push(`reached more than once: ${twice.map((s) => s.label).join(', ')}`);
    const missed = controls.filter((control) => !keys.includes(control.key));
    if (missed.length) problems.push(`never reached: ${missed.map((c) => c.label).join(', ')}`);
    const extra = stops.filter((stop) => !controls.some((control) => control.key === stop.key));
    if (extra.length)
      problems.push(`tab stops that are not controls: ${extra.map((s) => `${s.tag}${s.part ? `[part=${s.part}]` : ''}`).join(', ')}`);

    // Sensible order: play, skip back, skip forward, speed, …, seek bar, chapters, search, one transcript line.
    const kind = (stop: Focus) => ORDER.find((name) => stop.part.split(' ').includes(name)) ?? stop.part;
    const kinds = stops.map(kind);
    for (const [i, name] of ORDER.entries()) {
      if (!kinds.includes(name)) problems.push(`no ${name} in the tab order`);
      const next = ORDER[i + 1];
      if (next && kinds.includes(name) && kinds.includes(next) && kinds.lastIndexOf(name) > kinds.indexOf(next)) {
        problems.push(`${name} comes after ${next}`);
      }
    }
    if (kinds.slice(0, 4).join() !== ORDER.slice(0, 4).join()) problems.push(`the first four stops are ${kinds.slice(0, 4).join(', ')}`);
    const lines = kinds.filter((k) => k === 'segment').length;
    if (lines !== 1) problems.push(`the transcript has ${lines} tab stops, not 1`);
    // The chapters are either one tab stop each, or one tab stop for the list (a roving
    // tabindex) whose arrow keys move between them: then the arrows must reach every chapter.
    const titles = await page.evaluate(() =>
      (document.getElementById('player') as PlayerLike).chapterList.map((chapter) => chapter.title ?? ''),
    );
    const chapterStops = stops.filter((stop) => kind(stop) === 'chapter');
    const titlesOf = (list: Focus[]) => list.map((stop) => titles.findIndex((title) => title && stop.name.endsWith(title)));
    if (chapterStops.length === titles.length && titles.length > 1) {
      const order = titlesOf(chapterStops);
      if (order.join() !== titles.map((_, i) => i).join()) problems.push(`the chapters come in the order ${order.join(', ')}`);
    } else if (chapterStops.length === 1 && titles.length > 1) {
      problems.push(...(await rovingChapters(page, titles)));
      if (!problems.length) note(`chapters: one tab stop; ↓, ↑, End and Home move between all ${titles.length}, Tab leaves the list`);
    } else problems.push(`${chapterStops.length} chapter tab stops for ${titles.length} chapters`);

    for (const stop of stops) {
      if (!stop.name) problems.push(`${stop.tag}[part=${stop.part}] has no accessible name`);
      if (stop.outline === 'none' && (stop.boxShadow === 'none' || stop.boxShadow === '')) {
        problems.push(`${stop.label} shows no focus ring (outline none, no box-shadow${stop.focusVisible ? '' : ', not :focus-visible'})`);
      }
    }
    const rings = [...new Set(stops.map((stop) => (stop.outline === 'none' ? `box-shadow ${stop.boxShadow}` : `outline ${stop.outline}`)))];
    note(`focus rings: ${rings.join(', ')}`);
    if (problems.length) throw new Error(problems.join('; '));
  },
};

/**
 * The chapter list as one tab stop: Tab to it, then ↓ through every chapter, End, Home, ↑,
 * and one Tab out. Returns what went wrong.
 */
async function rovingChapters(page: Page, titles: string[]): Promise<string[]> {
  const problems: string[] = [];
  const isChapter = (focus: Focus | null) => focus?.part.split(' ').includes('chapter') ?? false;
  const chapterIndex = (focus: Focus | null) => (isChapter(focus) ? titles.findIndex((title) => title && focus!.name.endsWith(title)) : -1);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await tabUntil(page, isChapter, 40);
  const start = chapterIndex(await focused(page));
  const path = [start];
  for (let i = start + 1; i < titles.length; i++) {
    await page.keyboard.press('ArrowDown');
    path.push(chapterIndex(await focused(page)));
  }
  if (
    path.join() !==
    titles
      .map((_, i) => i)
      .slice(start)
      .join()
  )
    problems.push(`↓ from chapter ${start} went through chapters ${path.join(', ')}`);
  await page.keyboard.press('Home');
  const home = chapterIndex(await focused(page));
  if (home !== 0) problems.push(`Home in the chapter list went to ${home}`);
  await page.keyboard.press('End');
  const end = chapterIndex(await focused(page));
  if (end !== titles.length - 1) problems.push(`End in the chapter list went to ${end}`);
  await page.keyboard.press('ArrowUp');
  const up = chapterIndex(await focused(page));
  if (up !== titles.length - 2) problems.push(`↑ from the last chapter went to ${up}`);
  await page.keyboard.press('Tab');
  const after = await focused(page);
  if (isChapter(after)) problems.push(`Tab from a chapter went to another chapter (${after!.label}), not out of the list`);
  return problems;
}

const WIDTHS = [320, 768, 1280];

const layouts: Case = {
  name: `screenshots at ${WIDTHS.join(', ')} px: nothing overflows sideways`,
  async run({ origin, resultsDir, newPage, note }) {
    const problems: string[] = [];
    for (const width of WIDTHS) {
      const page = await newPage({ width, height: 900 });
      await open(page, origin + DEMO);
      // Laid out with the audio's duration known (the time display at its final width).
      await waitFor(
        page,
        'the duration to show',
        () => {
          const text = document.getElementById('player')?.shadowRoot?.querySelector('[part~="duration"]')?.textContent ?? '';
          return /\d/.test(text);
        },
        undefined,
      );
      await page.evaluate(() =>
        document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))),
      );
      await page.screenshot({ path: join(resultsDir, `e2e-${width}.png`), fullPage: true, timeout: WAIT_MS });
      const result = await page.evaluate(() => {
        const player = document.getElementById('player')!;
        const right = player.getBoundingClientRect().right;
        const over: string[] = [];
        const describe = (element: Element) => {
          const hosts: string[] = [];
          let root = element.getRootNode();
          while (root instanceof ShadowRoot) {
            hosts.unshift(root.host.localName);
            root = root.host.getRootNode();
          }
          const part = element.getAttribute('part');
          return `${hosts.slice(1).join(' > ')}${hosts.length > 1 ? ' > ' : ''}${element.localName}${part ? `[part=${part}]` : element.className ? `.${String(element.className).split(' ')[0]}` : ''}`;
        };
        const walk = (root: ShadowRoot) => {
          for (const element of root.querySelectorAll('*')) {
            const box = element.getBoundingClientRect();
            if (box.width > 0 && box.height > 0 && box.right > right + 1)
              over.push(`${describe(element)} (${Math.round(box.right - right)} px)`);
            if (element.shadowRoot) walk(element.shadowRoot);
          }
        };
        walk(player.shadowRoot!);
        return {
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth,
          over,
          playerWidth: Math.round(player.getBoundingClientRect().width),
        };
      });
      if (result.scrollWidth > result.innerWidth)
        problems.push(`${width} px: the page is ${result.scrollWidth} px wide (scrolls sideways)`);
      if (result.over.length)
        problems.push(
          `${width} px: past the player's right edge: ${[...new Set(result.over)].slice(0, 6).join(', ')}${result.over.length > 6 ? ` and ${result.over.length - 6} more` : ''}`,
        );
      note(`${width} px: page ${result.scrollWidth} px, player ${result.playerWidth} px, e2e-${width}.png`);
      await page.context().close();
    }
    if (problems.length) throw new Error(problems.join('; '));
  },
};

const blogPage: Case = {
  name: 'blog page: the players render their transcripts; playing the second pauses the first',
  async run({ origin, root, newPage, note }) {
    const file = join(root, BLOG);
    if (!existsSync(file)) throw new Skip('demo/blog.html does not exist (yet)');
    if (!/<script[^>]+src="[^"]*dist\/transcript-player\.iife\.js"/.test(readFileSync(file, 'utf8'))) {
      throw new Skip('demo/blog.html does not load dist/transcript-player.iife.js with a script tag');
    }
    const page = await newPage();
    await page.goto(origin + BLOG, { timeout: WAIT_MS });
    const ids = await page.evaluate(() => [...document.querySelectorAll('transcript-player')].map((player) => player.id));
    if (ids.length < 2) throw new Error(`the blog page has ${ids.length} player(s)`);
    if (ids.some((id) => !id)) throw new Error('a player on the blog page has no id');
    await waitFor(
      page,
      `all ${ids.length} players to fire ready`,
      (all) => all.every((id) => (window as unknown as E2EWindow).__e2e.readies.some((ready) => ready.id === id)),
      ids,
      { seen: () => page.evaluate(() => (window as unknown as E2EWindow).__e2e) },
    );
    const rendered = await page.evaluate(
      (all) =>
        all.map((id) => {
          const player = document.getElementById(id) as PlayerLike;
          const view = player.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot;
          return { id, segments: player.segments.length, shown: view?.querySelectorAll('[part~="segment"]').length ?? 0 };
        }),
      ids,
    );
    for (const player of rendered) {
      if (player.segments === 0 || player.shown === 0)
        throw new Error(`#${player.id} shows ${player.shown} transcript lines (${player.segments} loaded)`);
    }
    note(rendered.map((player) => `#${player.id}: ${player.shown} of ${player.segments} lines rendered`).join(', '));
    const [first, second] = ids as [string, string];
    await page.locator(play(first)).click({ timeout: WAIT_MS });
    await waitUntilPlaying(page, first, 0.3);
    await page.locator(play(second)).click({ timeout: WAIT_MS });
    await waitUntilPlaying(page, second, 0.3);
    await waitFor(page, `#${first} to pause when #${second} plays`, (id) => (document.getElementById(id) as PlayerLike).paused, first, {
      timeout: 5000,
      seen: () => playerState(page, first),
    });
    const [a, b] = [await playerState(page, first), await playerState(page, second)];
    if (!a.paused || b.paused) throw new Error(`afterwards #${first} paused: ${a.paused}, #${second} paused: ${b.paused}`);
    if (a.playLabel !== 'Play') throw new Error(`#${first}'s button says "${a.playLabel}" after it was paused`);
    const errors = await page.evaluate(() => (window as unknown as E2EWindow).__e2e.errors);
    if (errors.length) throw new Error(`errors: ${errors.map((e) => `${e.id} ${e.source}: ${e.message}`).join(' | ')}`);
    note(`#${first} paused at ${a.currentTime.toFixed(2)} s, #${second} playing at ${b.currentTime.toFixed(2)} s`);
  },
};

interface ScrollTrace {
  /** panel.scrollTop before the seek, then at each animation frame after it. */
  tops: number[];
  /** Where the target line sits in the panel (its top minus the panel's), on the same frames; null while not rendered. */
  lineYs: (number | null)[];
  active: number;
  visible: boolean;
}

/**
 * Seeks (player.seek) to the middle of line `line` and records, every animation frame for
 * `ms`, the panel's scrollTop and where that line sits in the panel. Page function.
 */
function traceSeek([line, ms]: readonly [number, number]): Promise<ScrollTrace> {
  const player = document.getElementById('player') as PlayerLike;
  const view = player.shadowRoot!.querySelector('tp-transcript-view')!.shadowRoot!;
  const panel = view.querySelector<HTMLElement>('.panel')!;
  const segment = player.segments[line]!;
  const end = Number.isFinite(segment.end) ? segment.end : segment.start + 1;
  const lineY = () => {
    const element = view.querySelector(`[part~="segment"][data-index="${line}"]`);
    return element ? element.getBoundingClientRect().top - panel.getBoundingClientRect().top : null;
  };
  const tops = [panel.scrollTop];
  const lineYs = [lineY()];
  return new Promise((resolve) => {
    const started = performance.now();
    const frame = () => {
      tops.push(panel.scrollTop);
      lineYs.push(lineY());
      if (performance.now() - started < ms) {
        requestAnimationFrame(frame);
        return;
      }
      const active = view.querySelector<HTMLElement>('[part~="segment"][aria-current="true"]');
      const box = active?.getBoundingClientRect();
      const frameBox = panel.getBoundingClientRect();
      resolve({
        tops,
        lineYs,
        active: active ? Number(active.dataset.index) : -1,
        visible: !!box && box.top >= frameBox.top - 1 && box.bottom <= frameBox.bottom + 1,
      });
    };
    player.seek((segment.start + end) / 2);
    requestAnimationFrame(frame);
  });
}

/** A line whose top is 1.2–1.8 panel heights below the panel's top: a jump that glides unless reduced motion. Page function. */
function nearLine(): number {
  const view = document.getElementById('player')!.shadowRoot!.querySelector('tp-transcript-view')!.shadowRoot!;
  const panel = view.querySelector<HTMLElement>('.panel')!;
  const frame = panel.getBoundingClientRect();
  for (const line of view.querySelectorAll<HTMLElement>('[part~="segment"]')) {
    const top = line.getBoundingClientRect().top - frame.top;
    if (top >= frame.height * 1.2 && top <= frame.height * 1.8) return Number(line.dataset.index);
  }
  return -1;
}

/**
 * How a recorded value moved: from where, to where, the first frame from which it stayed at
 * its final value, and how many frames showed it somewhere in between (an animation).
 */
function motion(values: (number | null)[]) {
  const px = (value: number | null | undefined) => (value == null ? String(value) : String(Math.round(value * 10) / 10));
  const final = values.at(-1) ?? null;
  const same = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1);
  const settled = values.findIndex((_, i) => values.slice(i).every((later) => same(later, final)));
  const between = values.slice(1).filter((value) => value !== null && !same(value, values[0]!) && !same(value, final)).length;
  return {
    from: values[0],
    final,
    settled,
    between,
    text: `${px(values[0])} → ${px(final)} px, final at frame ${settled}, ${between} frames in between`,
  };
}

const reducedMotion: Case = {
  name: 'prefers-reduced-motion: the transcript jumps to the spoken line without gliding',
  async run({ origin, newPage, note }) {
    const problems: string[] = [];
    // First without the preference, to show that the short jump below does glide there:
    // otherwise the reduced-motion check would prove nothing.
    let glides = false;
    for (const reduce of [false, true]) {
      const page = await newPage();
      await page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
      await open(page, origin + DEMO);
      const matches = await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches);
      if (matches !== reduce) throw new Error(`emulateMedia did not take: prefers-reduced-motion: reduce matches ${matches}`);
      const lines = await page.evaluate(() => (document.getElementById('player') as PlayerLike).segments.length);
      const label = reduce ? 'reduce' : 'no-preference';
      // What a reader sees is where the spoken line sits in the panel. scrollTop alone can
      // change once more a frame later without anything moving on screen: the blocks around
      // the line jumped to are rendered then, and scroll anchoring makes up for the difference
      // between their estimated and real heights. It does so to the whole pixel, so the line
      // can settle by a fraction of one: positions are compared unrounded, and only a change of
      // a pixel or more counts as a move.
      const check = (what: string, trace: ScrollTrace, line: number) => {
        const seen = motion(trace.lineYs);
        const tops = motion(trace.tops);
        if (trace.active !== line) problems.push(`${label}: ${what} seek marked line ${trace.active}, not ${line}`);
        if (!trace.visible) problems.push(`${label}: after the ${what} seek the spoken line is not in the panel`);
        if (tops.final === tops.from) problems.push(`${label}: the ${what} seek did not scroll the panel`);
        if (reduce && (seen.settled > 1 || seen.between > 0)) {
          problems.push(`${label}: the ${what} seek moved the spoken line ${seen.text} (scrollTop ${tops.text}): it glides`);
        }
        note(`${label}, ${what} seek to line ${line}: line in panel ${seen.text}; scrollTop ${tops.text}`);
        return seen;
      };
      // Far: from the top to three quarters through the episode.
      const far = Math.floor(lines * 0.75);
      check('far', await page.evaluate(traceSeek, [far, 700] as const), far);
      // Near: a line 1.2–1.8 panel heights further down, which the product glides to unless reduced motion.
      const near = await page.evaluate(nearLine);
      if (near < 0) {
        problems.push(`${label}: no line 1.2–1.8 panel heights below the top to seek to`);
        continue;
      }
      const seen = check('near', await page.evaluate(traceSeek, [near, 900] as const), near);
      if (!reduce) glides = seen.between > 0;
      await page.context().close();
    }
    if (!glides) problems.push('control: without reduced motion the short jump did not glide, so this check cannot tell the difference');
    if (problems.length) throw new Error(problems.join('; '));
  },
};

export const cases: Case[] = [
  keyboardPlay,
  highlightMoves,
  chapterClick,
  searchAndJump,
  deepLinks,
  tabThrough,
  layouts,
  blogPage,
  reducedMotion,
  ...staticCases,
  ...screenshotCases,
];
