/**
 * Every state of the player in pixels: screenshots of the built script-tag file in Chromium,
 * compared with test/screenshots/baselines/ (test/e2e/pixels.ts), and the contrast of every
 * player checked in each of those states (test/contrast/contrast-problems.ts).
 *
 *   npm run test:screenshots                 build, then only these cases
 *   npm run test:screenshots:update          ... rewriting the baselines that differ
 *
 * Screenshot names say the state and the theme (`idle-dark`, `play-hover-light`); what each
 * shows is said where it is taken. How the pictures are kept still: screenshot-kit.ts.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { runCli } from '../../src/cli/run-cli.js';
import { waitFor, waitUntilPlaying, type Case, type CaseContext, type E2EWindow, type PlayerLike } from './helpers.js';
import {
  FIXTURES,
  NARROW,
  REST,
  Shots,
  THEMES,
  WIDE,
  aim,
  episodePlayer,
  focusTarget,
  load,
  newShotPage,
  playerTag,
  press,
  release,
  requireFont,
  still,
  targetClip,
  targetPoint,
  writePage,
  type Target,
  type Theme,
} from './screenshot-kit.js';

/** Every case here starts so: `npm run test:screenshots` runs the cases named so. */
export const PIXEL_CASE_PREFIX = 'pixels:';

/** Where the player is held for the playing and paused pictures: inside a long line of Grace's, a chapter with a link. */
const AT = 40;
const AUDIO = '/demo/episode.mp3';

/** Records every media element the page plays, so `holdPlayback` can stop the clock of the audio. */
async function recordMedia(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const played = new Set<HTMLMediaElement>();
    (window as unknown as { __tpMedia: Set<HTMLMediaElement> }).__tpMedia = played;
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      played.add(this);
      return play.call(this);
    };
  });
}

/**
 * Playing, held still: the audio element behind the player is paused at `seconds` behind the
 * player's back, so the player goes on showing that it plays (the pause button, the spoken
 * line and word) at one position in every run. The player carries time forward for at most a
 * quarter of a second between the element's updates, so it comes to rest a little after it.
 */
async function holdPlayback(page: Page, seconds: number): Promise<void> {
  await page.evaluate((at) => {
    for (const media of (window as unknown as { __tpMedia: Set<HTMLMediaElement> }).__tpMedia) {
      media.pause();
      media.currentTime = at;
    }
  }, seconds);
  await page.evaluate(async () => {
    const player = document.getElementById('player') as PlayerLike;
    const seen = () => {
      const root = player.shadowRoot!;
      const view = root.querySelector('tp-transcript-view')?.shadowRoot;
      return [
        root.querySelector('[part~="elapsed"]')?.textContent,
        view?.querySelector('[part~="active-word"]')?.textContent,
        root.querySelector('tp-seek-bar')?.shadowRoot?.querySelector('input')?.value,
      ].join('|');
    };
    await new Promise((resolve) => setTimeout(resolve, 400));
    let last = '';
    let unchanged = 0;
    for (let frames = 0; unchanged < 10 && frames < 300; frames++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = seen();
      unchanged = now === last ? unchanged + 1 : 0;
      last = now;
    }
    if (unchanged < 10) throw new Error(`the player held at a position did not come to rest: ${last}`);
  });
  await still(page);
}

/** Waits until the player shows its duration (the time display at its final width). */
async function durationShown(page: Page, id = 'player'): Promise<void> {
  await waitFor(
    page,
    `#${id} to show its duration`,
    (playerId) => /\d/.test(document.getElementById(playerId)?.shadowRoot?.querySelector('[part~="duration"]')?.textContent ?? ''),
    id,
  );
}

/** The player's own parts by selector, for locators (Playwright's CSS pierces shadow roots). */
const part = (name: string, id = 'player') => `#${id} [part~="${name}"]`;

/** Anything of the player out past its left or right edge, or a page that scrolls sideways. Page function. */
function overflowOf(id: string): string[] {
  const player = document.getElementById(id)!;
  const { left, right } = player.getBoundingClientRect();
  const over: string[] = [];
  const walk = (root: ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && (box.right > right + 0.5 || box.left < left - 0.5)) {
        const partName = element.getAttribute('part');
        const by = box.right > right + 0.5 ? `${Math.round(box.right - right)} px right` : `${Math.round(left - box.left)} px left`;
        over.push(`${element.localName}${partName ? `[part="${partName}"]` : ''} by ${by}`);
      }
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(player.shadowRoot!);
  if (document.documentElement.scrollWidth > innerWidth)
    over.push(`the page (${document.documentElement.scrollWidth} px in ${innerWidth})`);
  return [...new Set(over)];
}

async function noOverflow(page: Page, shots: Shots, label: string, id = 'player'): Promise<void> {
  const over = await page.evaluate(overflowOf, id);
  if (over.length) shots.failures.push(`${label}: past the player's edges: ${over.slice(0, 8).join(', ')}`);
}

/** Seeds the resume offer: a position stored by an earlier visit to the episode. */
async function storeResumePoint(page: Page, origin: string, position = 100): Promise<void> {
  await page.addInitScript(([key, at]) => localStorage.setItem(key, JSON.stringify({ position: at, rate: 1, savedAt: Date.now() })), [
    `transcript-player:${origin}${AUDIO}`,
    position,
  ] as const);
}

/** Turns the mouse wheel over the transcript: following pauses and "Back to current" shows. */
async function scrollTranscript(page: Page, by = 160): Promise<void> {
  if (!(await aim(page, { css: '.panel' }))) throw new Error('no transcript panel');
  await page.mouse.move(...(await targetPoint(page)));
  await page.mouse.wheel(0, by);
  await waitFor(
    page,
    '"Back to current" to show',
    () => {
      const view = document.getElementById('player')?.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot;
      return view?.querySelector<HTMLElement>('[part~="back-to-current"]')?.hidden === false;
    },
    undefined,
  );
  await page.mouse.move(...REST);
  await still(page);
}

/** Types a search query; waits for the current match. */
async function search(page: Page, query: string): Promise<void> {
  await page.locator(part('search-input')).fill(query);
  await waitFor(
    page,
    `matches of "${query}"`,
    () => {
      const view = document.getElementById('player')?.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot;
      return view?.querySelector('[part~="current-match"]') !== null && view?.querySelector('[part~="current-match"]') !== undefined;
    },
    undefined,
  );
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await still(page);
}

/** Screenshots of a region of the player: the element found, grown by a margin. */
async function region(page: Page, shots: Shots, name: string, target: Target, margin = 6): Promise<void> {
  if (!(await aim(page, target))) {
    shots.failures.push(`${name}: no ${JSON.stringify(target)} in the player`);
    return;
  }
  await still(page);
  await shots.shot(page, name, { clip: await targetClip(page, margin) });
}

function playerAtRestAndPlaying(theme: Theme): Case {
  return {
    name: `${PIXEL_CASE_PREFIX} the player at rest, searched, with notes and menus open, in another language, playing (${theme})`,
    async run(context) {
      requireFont();
      const shots = new Shots(context);
      const page = await newShotPage(context);
      await recordMedia(page);
      await load(page, writePage(context, { name: `player-${theme}`, theme, body: episodePlayer(theme) }));
      await durationShown(page);
      // At rest: nothing played, the first line and chapter, the language menu and the download menu closed.
      await shots.shot(page, `idle-${theme}`, page.locator('#player'));

      // Search: every match marked, the current one ringed, "1 of N".
      await search(page, 'the');
      await region(page, shots, `search-matches-${theme}`, { css: 'section.transcript' });
      await page.locator(part('search-input')).fill('');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

      // The show notes open.
      await page.locator('#player details.notes > summary').click();
      await page.mouse.move(...REST);
      await region(page, shots, `notes-open-${theme}`, { css: 'details.notes' });
      await page.locator('#player details.notes > summary').click();
      await page.mouse.move(...REST);

      // The download menu open.
      await page.locator(`${part('transcript-download')} > summary`).click();
      await page.mouse.move(...REST);
      await region(page, shots, `download-menu-open-${theme}`, { css: 'section.transcript' }, 2);
      await page.keyboard.press('Escape');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

      // The other language, chosen in the menu.
      await page.locator(part('transcript-language')).selectOption({ label: 'Deutsch' });
      await waitFor(
        page,
        'the German transcript',
        () => {
          const view = document.getElementById('player')?.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot;
          return view?.querySelector('[part~="segment"]')?.textContent?.includes('täglicher') ?? false;
        },
        undefined,
      );
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await region(page, shots, `language-german-${theme}`, { css: 'section.transcript' });
      await page.locator(part('transcript-language')).selectOption({ label: 'English' });
      await waitFor(
        page,
        'the English transcript again',
        () => {
          const view = document.getElementById('player')?.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot;
          return view?.querySelector('[part~="segment"]')?.textContent?.includes('daily') ?? false;
        },
        undefined,
      );
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

      // Playing (a fresh page: the search above paused following), held at one position: the
      // pause button, the spoken line and word lit, the chapter current.
      await page.context().close();
      const playing = await newShotPage(context);
      await recordMedia(playing);
      await load(playing, writePage(context, { name: `player-${theme}`, theme, body: episodePlayer(theme) }));
      await durationShown(playing);
      await playing.evaluate((at) => (document.getElementById('player') as PlayerLike).seek(at), AT);
      await playing.locator(part('play-button')).click();
      await waitUntilPlaying(playing, 'player', 0.2);
      await playing.mouse.move(...REST);
      await holdPlayback(playing, AT);
      await shots.shot(playing, `playing-${theme}`, playing.locator('#player'));
      await region(playing, shots, `word-highlight-${theme}`, { part: 'segment', pick: 'current' }, 4);

      // The reader scrolled away: "Back to current".
      await scrollTranscript(playing);
      await region(playing, shots, `back-to-current-${theme}`, { css: 'section.transcript' });
      shots.finish(`${theme} player`);
    },
  };
}

/** A control in the player, how to find it, and the states it has. */
interface Control extends Target {
  name: string;
  /** Pressed: not for a native menu or slider, which the engine draws while the button is down. */
  pressable?: false;
}

const CONTROLS: Control[] = [
  { name: 'play', part: 'play-button' },
  { name: 'skip-back', part: 'skip-back' },
  { name: 'skip-forward', part: 'skip-forward' },
  { name: 'speed', part: 'speed', pressable: false },
  { name: 'seek-bar', part: 'seek-bar', pressable: false },
  { name: 'resume', part: 'resume' },
  { name: 'share', part: 'share' },
  { name: 'download', part: 'download' },
  { name: 'chapter', part: 'chapter', pick: 'other' },
  { name: 'chapter-current', part: 'chapter', pick: 'current' },
  { name: 'chapter-link', part: 'chapter-link' },
  { name: 'language-menu', part: 'transcript-language', pressable: false },
  { name: 'download-menu', part: 'transcript-download', inner: 'summary' },
  { name: 'search-field', part: 'search-input' },
  { name: 'search-previous', part: 'search-previous' },
  { name: 'search-next', part: 'search-next' },
  { name: 'line', part: 'segment', pick: 'other' },
  { name: 'line-current', part: 'segment', pick: 'current' },
  { name: 'back-to-current', part: 'back-to-current' },
  { name: 'notes-summary', part: 'notes-panel', inner: 'summary' },
  { name: 'notes-time', part: 'notes-time' },
  { name: 'notes-link', part: 'notes-link' },
];

/** Hovered, pressed and focused from the keyboard: a screenshot of each, around the control. */
async function controlStates(page: Page, shots: Shots, controls: Control[], theme: Theme): Promise<void> {
  const missing = async (control: Control) => {
    if (await aim(page, control)) return false;
    shots.failures.push(`${control.name}: not found in the player (${JSON.stringify(control)})`);
    return true;
  };
  for (const control of controls) {
    if (await missing(control)) continue;
    await page.mouse.move(...(await targetPoint(page)));
    await still(page);
    await shots.shot(page, `${control.name}-hover-${theme}`, { clip: await targetClip(page) });
    if (control.pressable !== false) {
      await press(page);
      await still(page);
      await shots.shot(page, `${control.name}-pressed-${theme}`, { clip: await targetClip(page) });
      await release(page);
    } else await page.mouse.move(...REST);
  }
  // Keyboard focus: a Tab (so focus shows), then each control focused in turn.
  await page.keyboard.press('Tab');
  for (const control of controls) {
    if (await missing(control)) continue;
    await focusTarget(page);
    await still(page);
    await shots.shot(page, `${control.name}-focus-${theme}`, { clip: await targetClip(page) });
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

function everyControl(theme: Theme): Case {
  return {
    name: `${PIXEL_CASE_PREFIX} every control hovered, pressed and focused from the keyboard (${theme})`,
    async run(context) {
      requireFont();
      const shots = new Shots(context);
      const page = await newShotPage(context, WIDE, 1300);
      await storeResumePoint(page, context.origin);
      await load(page, writePage(context, { name: `controls-${theme}`, theme, body: episodePlayer(theme) }));
      await durationShown(page);
      // Every control there at once: the resume offer, a spoken line and chapter (paused at AT),
      // search matches (so its buttons work), "Back to current", the notes open.
      await page.evaluate((at) => (document.getElementById('player') as PlayerLike).seek(at), AT);
      await search(page, 'the');
      await scrollTranscript(page);
      await page.evaluate(() => {
        document.getElementById('player')!.shadowRoot!.querySelector<HTMLDetailsElement>('details.notes')!.open = true;
      });
      await still(page);
      await region(page, shots, `resume-offer-${theme}`, { part: 'resume', parent: true }, 2);
      await controlStates(page, shots, CONTROLS, theme);

      // "Copy link to this quote", once the reader has selected lines with the mouse: from the
      // start of the first line in full view to the end of the next. The panel is scrolled first
      // to a place of its own (the spoken line 8 px below its top): where the states above left
      // it depends on which line took focus last.
      await page.evaluate(() => {
        const view = document.getElementById('player')!.shadowRoot!.querySelector('tp-transcript-view')!.shadowRoot!;
        const panel = view.querySelector<HTMLElement>('.panel')!;
        const line = view.querySelector('[part~="segment"][aria-current="true"]') ?? view.querySelector('[part~="segment"]')!;
        panel.scrollTop = Math.round(panel.scrollTop + line.getBoundingClientRect().top - panel.getBoundingClientRect().top - 8);
      });
      await still(page);
      const drag = await page.evaluate(() => {
        const view = document.getElementById('player')!.shadowRoot!.querySelector('tp-transcript-view')!.shadowRoot!;
        const panel = view.querySelector('.panel')!.getBoundingClientRect();
        const [first, second] = [...view.querySelectorAll('[part~="segment"]')].filter((line) => {
          const box = line.getBoundingClientRect();
          return box.top >= panel.top && box.bottom <= panel.bottom;
        });
        if (!first || !second) return undefined;
        const start = first.querySelector('.text')!.getClientRects()[0]!;
        const ends = second.querySelector('.text')!.getClientRects();
        const end = ends[ends.length - 1]!;
        return {
          from: [start.left + 2, start.top + start.height / 2],
          to: [end.right - 2, end.top + end.height / 2],
        } as const;
      });
      if (!drag) throw new Error('no two lines in full view in the transcript panel to select');
      // A drag that ends near the panel's edge scrolls it by a few pixels, more or less from one
      // run to the next: the panel is put back where it was before the picture.
      const scrolledTo = await page.evaluate(
        () =>
          document.getElementById('player')!.shadowRoot!.querySelector('tp-transcript-view')!.shadowRoot!.querySelector('.panel')!
            .scrollTop,
      );
      await page.mouse.move(...drag.from);
      await page.mouse.down();
      await page.mouse.move(...drag.to, { steps: 4 });
      await page.mouse.up();
      await page.mouse.move(...REST);
      await waitFor(
        page,
        'the quote link',
        () => {
          const view = document.getElementById('player')?.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot;
          return view?.querySelector('[part~="quote-link"]') !== null;
        },
        undefined,
      );
      await page.evaluate((top) => {
        document.getElementById('player')!.shadowRoot!.querySelector('tp-transcript-view')!.shadowRoot!.querySelector('.panel')!.scrollTop =
          top;
      }, scrolledTo);
      // Where a drag ends is a matter of timing on a busy machine (the panel may scroll under
      // the pointer, taking the next line's time into the selection): the offer is the drag's,
      // the selection pictured is set to what the drag's two points select in an unmoved panel.
      await page.evaluate(
        ([from, to]) => {
          const view = document.getElementById('player')!.shadowRoot!.querySelector('tp-transcript-view')!.shadowRoot!;
          const at = ([x, y]: readonly [number, number]) => document.caretPositionFromPoint(x, y, { shadowRoots: [view] })!;
          const start = at(from);
          const end = at(to);
          getSelection()!.setBaseAndExtent(start.offsetNode, start.offset, end.offsetNode, end.offset);
        },
        [drag.from, drag.to] as const,
      );
      await still(page);
      await region(page, shots, `quote-link-${theme}`, { css: 'section.transcript' });
      await controlStates(page, shots, [{ name: 'quote-link', part: 'quote-link' }], theme);

      // The download menu's entries, with the menu open.
      await page.evaluate(() => {
        const view = document.getElementById('player')!.shadowRoot!;
        view.querySelector<HTMLDetailsElement>('[part~="transcript-download"]')!.open = true;
      });
      await controlStates(page, shots, [{ name: 'download-menu-entry', part: 'transcript-download-link' }], theme);
      shots.finish(`${theme} controls`);
    },
  };
}

const narrowAndLong: Case = {
  name: `${PIXEL_CASE_PREFIX} ${NARROW} px wide, and long titles of episode, show and chapters wrapping without overflow`,
  async run(context) {
    requireFont();
    const shots = new Shots(context);
    for (const theme of THEMES) {
      const page = await newShotPage(context, NARROW, 1000);
      await load(page, writePage(context, { name: `narrow-${theme}`, theme, body: episodePlayer(theme) }));
      await durationShown(page);
      await noOverflow(page, shots, `narrow-${theme}`);
      await shots.shot(page, `narrow-${theme}`, page.locator('#player'));
      // The download menu open where "Download transcript" has wrapped to the start of its row.
      await page.locator(`${part('transcript-download')} > summary`).click();
      await page.mouse.move(...REST);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await noOverflow(page, shots, `narrow-download-menu-open-${theme}`);
      await region(page, shots, `narrow-download-menu-open-${theme}`, { css: 'section.transcript' }, 2);
      await page.context().close();
    }
    for (const width of [WIDE, NARROW]) {
      const page = await newShotPage(context, width, 1000);
      const body = playerTag({ id: 'player', theme: 'light', preload: 'metadata', episode: `${FIXTURES}/long-titles.json` });
      await load(page, writePage(context, { name: `long-titles-${width}`, body }));
      await durationShown(page);
      // The longest chapter title is the current chapter's, above the controls too.
      await page.evaluate(() => (document.getElementById('player') as PlayerLike).seek(1));
      await still(page);
      await noOverflow(page, shots, `long-titles-${width}`);
      await shots.shot(page, `long-titles-${width}`, page.locator('#player'));
      await page.context().close();
    }
    shots.finish('narrow and long');
  },
};

function errorsAndNotices(theme: Theme): Case {
  return {
    name: `${PIXEL_CASE_PREFIX} errors (audio, transcript, episode file) and a notice of skipped entries (${theme})`,
    async run(context) {
      requireFont();
      const shots = new Shots(context);
      const page = await newShotPage(context, WIDE, 1800);
      const common = { theme, preload: 'metadata' } as const;
      const body = [
        playerTag({ id: 'audio-error', ...common, src: '/demo/formats/not-audio.mp3', transcript: '/demo/formats/interview.vtt' }),
        playerTag({
          id: 'transcript-error',
          ...common,
          src: AUDIO,
          transcript: `${FIXTURES}/missing.vtt`,
          chapters: '/demo/episode.chapters.json',
        }),
        playerTag({ id: 'episode-error', ...common, episode: `${FIXTURES}/missing.json` }),
        playerTag({ id: 'player', ...common, src: AUDIO, transcript: '/demo/formats/broken.vtt' }),
      ].join('\n');
      await load(page, writePage(context, { name: `errors-${theme}`, theme, body }), { readies: 2, errors: 3 });
      await waitFor(
        page,
        'every error said in its player',
        () =>
          ['audio-error', 'transcript-error', 'episode-error'].every((id) =>
            document.getElementById(id)?.shadowRoot?.querySelector('[part~="error"]'),
          ),
        undefined,
      );
      await still(page);
      const sources = await page.evaluate(() => (window as unknown as E2EWindow).__e2e.errors.map((e) => `${e.id}:${e.source}`).sort());
      context.note(`errors: ${sources.join(', ')}`);
      for (const id of ['audio-error', 'transcript-error', 'episode-error'])
        await shots.shot(page, `${id}-${theme}`, page.locator(`#${id}`));
      // Entries skipped: a discreet notice, opening to say which and where.
      await shots.shot(page, `notice-${theme}`, page.locator('#player'));
      await controlStates(page, shots, [{ name: 'notice-summary', part: 'notice', inner: 'summary' }], theme);
      await page.locator(`${part('notice')} > summary`).click();
      await page.mouse.move(...REST);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await region(page, shots, `notice-open-${theme}`, { part: 'notice' });
      shots.finish(`${theme} errors and notices`);
    },
  };
}

/** The busy play button, frozen at an eighth of a turn (or still, under reduced motion). */
async function busy(context: CaseContext, shots: Shots, theme: Theme, reducedMotion: boolean): Promise<void> {
  const page = await newShotPage(context, WIDE, 1000, reducedMotion);
  const body = playerTag({ id: 'player', theme, src: `/test-routes/slow/30000${AUDIO}`, transcript: '/demo/formats/interview.vtt' });
  await load(page, writePage(context, { name: `busy-${theme}`, theme, body }));
  await page.locator(part('play-button')).click();
  await page.mouse.move(...REST);
  await waitFor(
    page,
    'the play button to be busy',
    () => document.getElementById('player')?.shadowRoot?.querySelector('[part~="play-button"]')?.getAttribute('aria-busy') === 'true',
    undefined,
  );
  const turning = await page.evaluate(() => {
    const icon = document.getElementById('player')!.shadowRoot!.querySelector('[part~="play-button"] svg')!;
    const animations = icon.getAnimations();
    for (const animation of animations) {
      animation.pause();
      animation.currentTime = 125; // of a 1 s turn: an eighth
    }
    return animations.length;
  });
  if (reducedMotion && turning > 0)
    shots.failures.push(`busy-reduced-motion: the busy icon turns (${turning} animations) under reduced motion`);
  if (!reducedMotion && turning === 0) shots.failures.push(`busy-${theme}: the busy icon does not turn`);
  await still(page);
  await region(page, shots, reducedMotion ? 'busy-reduced-motion' : `busy-${theme}`, { part: 'controls' }, 4);
  // The whole of a shot is compared, so the frozen turn is what is pictured.
  await page.context().close();
}

/** Transcript and chapters on their way: each panel says so in the room it will take, and the current chapter's line is kept above the controls. */
async function loadingPanels(context: CaseContext, shots: Shots, theme: Theme, width: number): Promise<void> {
  const page = await newShotPage(context, width, 1000);
  const body = playerTag({
    id: 'player',
    theme,
    preload: 'none',
    src: AUDIO,
    transcript: '/test-routes/slow/30000/demo/formats/interview.vtt',
    chapters: '/test-routes/slow/30000/demo/episode.chapters.json',
  });
  await load(page, writePage(context, { name: `loading-${theme}-${width}`, theme, body }), { readies: 0 });
  await waitFor(
    page,
    'both panels to say they load',
    () => document.getElementById('player')?.shadowRoot?.querySelectorAll('.status.loading').length === 2,
    undefined,
  );
  await still(page);
  await shots.shot(page, `loading-${theme}-${width}`, page.locator('#player'));
  await page.context().close();
}

function playbackStates(theme: Theme): Case {
  return {
    name: `${PIXEL_CASE_PREFIX} busy while slow audio arrives, files on their way, an untimed transcript, a page's <audio> (${theme})`,
    async run(context) {
      requireFont();
      const shots = new Shots(context);
      await busy(context, shots, theme, false);
      if (theme === 'light') await busy(context, shots, theme, true);
      await loadingPanels(context, shots, theme, WIDE);
      if (theme === 'light') await loadingPanels(context, shots, theme, NARROW);

      const untimed = await newShotPage(context);
      const untimedBody = playerTag({ id: 'player', theme, preload: 'metadata', src: AUDIO, transcript: `${FIXTURES}/untimed.txt` });
      await load(untimed, writePage(context, { name: `untimed-${theme}`, theme, body: untimedBody }));
      await durationShown(untimed);
      await shots.shot(untimed, `untimed-${theme}`, untimed.locator('#player'));
      await untimed.context().close();

      // for="…": the page's own <audio> plays; the player shows its transcript and chapters, at its position.
      const bound = await newShotPage(context);
      const boundBody = [
        `<audio id="episode-audio" controls preload="metadata" src="${AUDIO}"></audio>`,
        playerTag({
          id: 'player',
          theme,
          for: 'episode-audio',
          transcript: '/demo/formats/interview.vtt',
          chapters: '/demo/episode.chapters.json',
        }),
      ].join('\n');
      await load(bound, writePage(context, { name: `bound-audio-${theme}`, theme, body: boundBody }));
      await bound.evaluate(async (at) => {
        const audio = document.getElementById('episode-audio') as HTMLAudioElement;
        if (audio.readyState < 1) await new Promise((resolve) => audio.addEventListener('loadedmetadata', resolve, { once: true }));
        audio.currentTime = at;
      }, AT);
      await waitFor(
        bound,
        'the player to follow the page audio to its position',
        (at) => (document.getElementById('player') as PlayerLike).currentTime === at,
        AT,
      );
      await still(bound);
      await shots.shot(bound, `bound-audio-${theme}`, bound.locator('#player'));
      shots.finish(`${theme} playback states`);
    },
  };
}

/** An element of the page the blog theme styles, to tell that its stylesheet is in force. */
const THEME_PROBE = '<p id="theme-probe" hidden>probe</p>';

async function themeInForce(page: Page, hostile: boolean): Promise<void> {
  const margin = await page.evaluate(() => getComputedStyle(document.getElementById('theme-probe')!).marginTop);
  if ((margin === '48px') !== hostile)
    throw new Error(`the blog theme is ${hostile ? 'not ' : ''}in force on this page (a <p>'s margin is ${margin})`);
}

/** The same player on a plain page and on a page whose theme styles everything, in several states: the same pixels. */
const hostileTheme: Case = {
  name: `${PIXEL_CASE_PREFIX} a blog theme that styles everything (with !important) leaves the player as it is`,
  async run(context) {
    requireFont();
    const shots = new Shots(context);
    const differences: string[] = [];
    const pictures = new Map<string, Buffer>();
    const states = async (page: Page, label: string) => {
      const take = async (state: string) => {
        await still(page);
        // With a margin: what the page draws around the element (an outline) counts too.
        await aim(page, { css: 'section.player' });
        const clip = await targetClip(page, 28);
        pictures.set(`${state}.${label}`, await page.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css', clip }));
        await shots.checkContrast(page, `blog theme, ${label}, ${state}`);
      };
      await take('idle');
      await page.locator(part('play-button')).hover();
      await take('play-hovered');
      await page.mouse.move(...REST);
      await page.keyboard.press('Tab');
      await take('play-focused');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.evaluate(() => {
        const root = document.getElementById('player')!.shadowRoot!;
        root.querySelector<HTMLDetailsElement>('details.notes')!.open = true;
        root.querySelector<HTMLDetailsElement>('[part~="transcript-download"]')!.open = true;
      });
      await take('menus-open');
    };
    for (const hostile of [false, true]) {
      const page = await newShotPage(context, WIDE, 1300);
      const label = hostile ? 'blog-theme' : 'plain';
      await load(page, writePage(context, { name: `theme-${label}`, hostile, body: `${episodePlayer('light')}\n${THEME_PROBE}` }));
      await durationShown(page);
      await themeInForce(page, hostile);
      await states(page, label);
      await page.context().close();
    }
    for (const state of ['idle', 'play-hovered', 'play-focused', 'menus-open']) {
      const result = context.baselines.comparePair(
        `blog-theme-${state}`,
        { label: 'plain', png: pictures.get(`${state}.plain`)! },
        { label: 'blog-theme', png: pictures.get(`${state}.blog-theme`)! },
      );
      if (!result.same) differences.push(`${state}: ${result.detail}`);
      else context.note(`${state}: ${result.detail}`);
    }

    // The episode as HTML under the element (`render`), on the same theme: hidden once upgraded.
    let markup = '';
    const code = await runCli(['render', 'demo/episode.json', '--base', `${context.origin}/demo/episode.json`], {
      stdout: (text) => void (markup += text),
      stderr: () => undefined,
      readFile: (path) => readFile(path, 'utf8'),
    });
    if (code !== 0) throw new Error(`render failed (${code})`);
    const upgraded: Buffer[] = [];
    for (const hostile of [false, true]) {
      const page = await newShotPage(context, WIDE, 1300);
      const label = hostile ? 'blog-theme' : 'plain';
      const body = markup.replace('<transcript-player', '<transcript-player id="player" theme="light" preload="metadata"');
      await load(page, writePage(context, { name: `markup-${label}`, hostile, body: `${body}\n${THEME_PROBE}` }));
      await durationShown(page);
      await themeInForce(page, hostile);
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('transcript-player *')]
          .filter((element) => element.getClientRects().length > 0)
          .map((element) => element.localName),
      );
      if (shown.length)
        differences.push(`markup, ${label}: the light-DOM episode shows beside the upgraded player: ${[...new Set(shown)].join(', ')}`);
      upgraded.push(await page.locator('#player').screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' }));
      await page.context().close();
    }
    const result = context.baselines.comparePair(
      'blog-theme-markup',
      { label: 'plain', png: upgraded[0]! },
      { label: 'blog-theme', png: upgraded[1]! },
    );
    if (!result.same) differences.push(`upgraded markup: ${result.detail}`);
    shots.failures.push(...differences);
    shots.finish('blog theme');
  },
};

/**
 * Two players on one page, neither told its theme, on a system that prefers dark: both dark
 * (the first idle one draws what `theme="dark"` draws: the `idle-dark` baseline), and one
 * playing leaves the other as it was: its own button, time, line and chapter.
 */
const twoPlayersSystemDark: Case = {
  name: `${PIXEL_CASE_PREFIX} two players on one page, dark from the system (prefers-color-scheme), one playing and the other at rest`,
  async run(context) {
    requireFont();
    const shots = new Shots(context);
    const page = await newShotPage(context, WIDE, 1900, false, 'dark');
    await recordMedia(page);
    const body = [
      playerTag({ id: 'player', preload: 'metadata', episode: `${FIXTURES}/episode.json`, download: true }),
      playerTag({
        id: 'second',
        preload: 'metadata',
        src: AUDIO,
        transcript: '/demo/formats/interview.vtt',
        chapters: '/demo/episode.chapters.json',
      }),
    ].join('\n');
    await load(page, writePage(context, { name: 'two-players-system-dark', theme: 'dark', body }), { readies: 2 });
    await durationShown(page);
    await durationShown(page, 'second');
    const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    if (!dark) throw new Error('the page does not prefer a dark scheme: the case pictures nothing it means to');

    const idle = await page.locator('#player').screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
    const themed = readFileSync(join(context.root, 'test', 'screenshots', 'baselines', 'idle-dark.png'));
    const same = context.baselines.comparePair(
      'system-dark-idle',
      { label: 'theme-attribute', png: themed },
      { label: 'system', png: idle },
    );
    if (!same.same) shots.failures.push(`dark from the system is not the dark of theme="dark": ${same.detail}`);
    else context.note(`idle, dark from the system: ${same.detail}`);

    await page.evaluate((at) => (document.getElementById('player') as PlayerLike).seek(at), AT);
    await page.locator(part('play-button')).click();
    await waitUntilPlaying(page, 'player', 0.2);
    await page.mouse.move(...REST);
    await holdPlayback(page, AT);
    const second = await page.evaluate(() => {
      const other = document.getElementById('second') as PlayerLike;
      return { paused: other.paused, currentTime: other.currentTime };
    });
    if (!second.paused || second.currentTime !== 0)
      shots.failures.push(`the second player moved while the first played: ${JSON.stringify(second)}`);
    await shots.shot(page, 'two-players-first-playing-system-dark', page.locator('#player'));
    await shots.shot(page, 'two-players-second-idle-system-dark', page.locator('#second'));
    // Keyboard focus in the second player while the first plays: one ring, in the second.
    await aim(page, { part: 'play-button', player: 'second' });
    await page.keyboard.press('Tab');
    await focusTarget(page);
    await still(page);
    await shots.shot(page, 'two-players-second-play-focus-system-dark', { clip: await targetClip(page) });
    shots.finish('two players, dark from the system');
  },
};

export const screenshotCases: Case[] = [
  ...THEMES.map(playerAtRestAndPlaying),
  ...THEMES.map(everyControl),
  narrowAndLong,
  ...THEMES.map(errorsAndNotices),
  ...THEMES.map(playbackStates),
  hostileTheme,
  twoPlayersSystemDark,
];
