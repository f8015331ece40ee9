/**
 * The episode as HTML in the page (`npx podcast-transcript-player render`), on the built files:
 * read with JavaScript off, upgraded by the script (no second download, no jump), printed,
 * and rendered on a server with @lit-labs/ssr then hydrated. Pages are written into
 * .test-results/static/ and served by the e2e server with everything else.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { runCli } from '../../src/cli/run-cli.js';
import { STATIC_CSS } from '../../src/cli/static-css.js';
import { WAIT_MS, waitFor, waitUntilPlaying, type Case, type CaseContext, type E2EWindow, type PlayerLike } from './helpers.js';

const BUNDLE = '/dist/transcript-player.iife.js';
/** Lines and chapters of the demo episode (demo/episode.transcript.txt, demo/episode.chapters.json). */
const DEMO_LINES = 218;
const DEMO_CHAPTERS = 12;

/** `render` of the demo episode, with the demo's addresses made absolute on the test server. */
async function renderDemo(origin: string, ...args: string[]): Promise<string> {
  let html = '';
  let errors = '';
  const { readFile } = await import('node:fs/promises');
  const code = await runCli(['render', 'demo/episode.json', '--base', `${origin}/demo/episode.json`, ...args], {
    stdout: (text) => void (html += text),
    stderr: (text) => void (errors += text),
    readFile: (path) => readFile(path, 'utf8'),
  });
  if (code !== 0 || errors) throw new Error(`render failed (${code}): ${errors}`);
  return html;
}

/** Writes a page under .test-results/static/ and returns its address. */
function writePage(context: CaseContext, name: string, body: string, head = ''): string {
  const dir = join(context.resultsDir, 'static');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'transcript-player.static.css'), STATIC_CSS);
  writeFileSync(
    join(dir, name),
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Blog post</title>\n${head}</head>\n<body>\n<h1>A post with an episode</h1>\n${body}\n<p id="after">The paragraph after the player.</p>\n</body>\n</html>\n`,
  );
  return `${context.origin}/.test-results/static/${name}`;
}

/** Page function: what of the light-DOM episode has a box on screen. */
function lightDomShown() {
  const player = document.querySelector('transcript-player')!;
  const shown = (selector: string) =>
    [...player.querySelectorAll(selector)].filter((element) => element.getClientRects().length > 0).length;
  return { lines: shown('[data-transcript] li'), chapters: shown('[data-chapters] li'), headings: shown('[data-transcript] h4') };
}

const noJavaScript: Case = {
  name: 'static markup, JavaScript off: every line and chapter shows, and #t= links are plain links that land on their line',
  async run(context) {
    const url = writePage(
      context,
      'no-js.html',
      await renderDemo(context.origin, '--stylesheet', 'transcript-player.static.css'),
      `<script src="${BUNDLE}" defer></script>\n`,
    );
    const page = await context.newPage({ javaScriptEnabled: false, height: 700 });
    await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
    const shown = await page.evaluate(lightDomShown);
    if (shown.lines !== DEMO_LINES || shown.chapters !== DEMO_CHAPTERS) throw new Error(`shown: ${JSON.stringify(shown)}`);
    if (await page.evaluate(() => document.querySelector('transcript-player')!.shadowRoot !== null)) throw new Error('the script ran');
    // Chapter 8 of the chapters list: a plain link to #t=517, landing on its heading in the transcript.
    await page.locator('[data-chapters] li').nth(7).locator('a').click();
    const landed = await page.evaluate(() => {
      const target = document.querySelector(':target');
      const box = target?.getBoundingClientRect();
      return { hash: location.hash, target: target?.textContent ?? null, top: box?.top ?? NaN, height: innerHeight };
    });
    if (
      landed.hash !== '#t=517' ||
      landed.target !== 'Musk loses the Twitter fraud trial' ||
      !(landed.top >= -1 && landed.top < landed.height)
    )
      throw new Error(`chapter link: ${JSON.stringify(landed)}`);
    // A line's own time link.
    await page.locator('[data-transcript] li').nth(100).locator('a').click();
    const line = await page.evaluate(() => ({ hash: location.hash, target: document.querySelector(':target')?.localName }));
    if (!/^#t=\d+(\.\d+)?$/.test(line.hash) || line.target !== 'li') throw new Error(`line link: ${JSON.stringify(line)}`);
    context.note(
      `${shown.lines} lines, ${shown.chapters} chapters, ${shown.headings} chapter headings shown; links land on ${landed.hash} and ${line.hash}`,
    );
  },
};

/** Holds the script back until `release()`, so the page can be measured as it is before the upgrade. */
async function holdScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**${BUNDLE}`, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Page function: the top of the paragraph after the player, in page coordinates. */
const afterTop = () => document.getElementById('after')!.getBoundingClientRect().top + scrollY;

async function upgradeJump(page: Page, url: string) {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const release = await holdScript(page);
  // A deferred script holds DOMContentLoaded back: the page is parsed and painted without it.
  await page.goto(url, { waitUntil: 'commit', timeout: WAIT_MS });
  await page.waitForSelector('#after', { state: 'attached', timeout: WAIT_MS });
  await page.waitForTimeout(300);
  const before = await page.evaluate(afterTop);
  // Every frame from the element's definition until the player shows its lines: in each,
  // either the markup's lines or the player's are shown, never neither (a flash) nor both.
  await page.evaluate(() => {
    const w = window as unknown as { __frames?: { shadowLines: number; lightLines: number }[] };
    w.__frames = [];
    void customElements.whenDefined('transcript-player').then(() => {
      const sample = () => {
        const player = document.querySelector('transcript-player') as PlayerLike;
        const view = player.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot;
        const light = [...player.querySelectorAll('[data-transcript] li')].filter((element) => element.getClientRects().length > 0).length;
        const frame = { shadowLines: view?.querySelectorAll('[part~="segment"]').length ?? 0, lightLines: light };
        w.__frames!.push(frame);
        if (frame.shadowLines === 0 && w.__frames!.length < 600) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
  });
  release();
  await waitFor(page, 'the player to fire ready', () => (window as unknown as E2EWindow).__e2e.readies.length >= 1, undefined);
  await page.waitForTimeout(300);
  const after = await page.evaluate(afterTop);
  const frames = await page.evaluate(
    () => (window as unknown as { __frames?: { shadowLines: number; lightLines: number }[] }).__frames ?? [],
  );
  const state = await page.evaluate(() => {
    const player = document.querySelector('transcript-player') as PlayerLike;
    return {
      segments: player.segments.length,
      chapters: player.chapterList.length,
      title: player.shadowRoot?.querySelector('[part~="episode-title"]')?.textContent,
    };
  });
  return { before, after, jump: Math.round(Math.abs(after - before)), frames, state, requests };
}

const upgrade: Case = {
  name: 'static markup, JavaScript on: the player upgrades from it without fetching the transcript or chapters, without a flash or a jump',
  async run(context) {
    const fragment = await renderDemo(context.origin, '--stylesheet', 'transcript-player.static.css');
    const url = writePage(context, 'upgrade.html', fragment, `<script src="${BUNDLE}" defer></script>\n`);
    const without = writePage(
      context,
      'upgrade-no-css.html',
      fragment.replace(/^<link[^>]*>\n/, ''),
      `<script src="${BUNDLE}" defer></script>\n`,
    );
    const problems: string[] = [];
    for (const width of [1280, 768, 375]) {
      const styled = await upgradeJump(await context.newPage({ width }), url);
      const bare = await upgradeJump(await context.newPage({ width }), without);
      context.note(
        `${width} px: content after the player moves ${bare.jump} px without the stylesheet (${Math.round(bare.before)} → ${Math.round(bare.after)}), ${styled.jump} px with it (${Math.round(styled.before)} → ${Math.round(styled.after)})`,
      );
      const fetched = styled.requests.filter((path) => /\.transcript\.|\.chapters\.|\/formats\/|episode\.json/.test(path));
      if (fetched.length) problems.push(`${width}: fetched ${fetched.join(', ')}`);
      if (styled.state.segments !== DEMO_LINES || styled.state.chapters !== DEMO_CHAPTERS)
        problems.push(`${width}: player has ${JSON.stringify(styled.state)}`);
      const flashes = styled.frames.filter((frame) => (frame.lightLines === 0) === (frame.shadowLines === 0));
      if (styled.frames.length === 0 || styled.frames.at(-1)!.shadowLines === 0 || flashes.length)
        problems.push(`${width}: frames from the definition until the player's lines: ${JSON.stringify(styled.frames)}`);
      if (styled.jump > 24) problems.push(`${width}: content after the player moved ${styled.jump} px`);
    }
    if (problems.length) throw new Error(problems.join('; '));
  },
};

const print: Case = {
  name: 'print: the whole transcript with times, speakers and chapter headings, and no controls',
  async run(context) {
    const url = writePage(
      context,
      'print.html',
      `<transcript-player id="player" src="/demo/episode.mp3" transcript="/demo/formats/interview.vtt" chapters="/demo/episode.chapters.json"></transcript-player>
<transcript-player id="long" src="/demo/episode.mp3" transcript="/demo/episode.transcript.txt" chapters="/demo/episode.chapters.json"></transcript-player>`,
      `<script src="${BUNDLE}"></script>\n`,
    );
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
    await waitFor(page, 'both players ready', () => (window as unknown as E2EWindow).__e2e.readies.length >= 2, undefined);
    const count = (id: string) =>
      page.evaluate((playerId) => {
        const player = document.getElementById(playerId) as PlayerLike;
        const view = player.shadowRoot!.querySelector('tp-transcript-view')!.shadowRoot!;
        const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
        const lines = [...view.querySelectorAll('[part~="segment"]')].filter(visible);
        const panel = view.querySelector<HTMLElement>('.panel')!;
        return {
          lines: lines.length,
          segments: player.segments.length,
          timed: lines.filter((line) => /\d:\d\d/.test(line.querySelector('time')?.textContent ?? '')).length,
          speakers: [...view.querySelectorAll('[part~="speaker"]')].filter(visible).length,
          headings: [...view.querySelectorAll('[part~="chapter-heading"]')].filter(visible).length,
          controls: [
            ...player.shadowRoot!.querySelectorAll(
              '[part~="play-button"], [part~="seek-bar"], [part~="search-input"], [part~="chapter"], [part~="transcript-download"]',
            ),
          ].filter(visible).length,
          clipped: panel.scrollHeight > panel.clientHeight + 1,
        };
      }, id);
    const screen = await count('long');
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(300);
    const printed = await count('long');
    const interview = await count('player');
    context.note(
      `screen: ${screen.lines} of ${screen.segments} lines drawn; print: ${printed.lines} lines, ${printed.headings} chapter headings, ${printed.controls} controls; interview: ${interview.speakers} speaker labels`,
    );
    const problems: string[] = [];
    if (printed.lines !== printed.segments || printed.timed !== printed.lines) problems.push(`long: ${JSON.stringify(printed)}`);
    if (printed.headings !== DEMO_CHAPTERS) problems.push(`long: ${printed.headings} chapter headings`);
    if (printed.controls !== 0 || interview.controls !== 0) problems.push(`controls printed: ${printed.controls}, ${interview.controls}`);
    if (printed.clipped) problems.push('the transcript panel still scrolls in print');
    if (interview.lines !== interview.segments || interview.speakers === 0) problems.push(`interview: ${JSON.stringify(interview)}`);
    await page.emulateMedia({ media: 'screen' });
    await page.waitForTimeout(300);
    const back = await count('long');
    if (back.controls === 0) problems.push('controls did not come back after print');
    if (problems.length) throw new Error(problems.join('; '));
  },
};

const serverRendered: Case = {
  name: 'server rendering: @lit-labs/ssr output has the lines in declarative shadow DOM, and the player hydrates and plays',
  async run(context) {
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html } = await import('lit');
    const { unsafeHTML } = await import('lit/directives/unsafe-html.js');
    await import(join(context.root, 'dist/transcript-player.js'));
    const { readChapters, readTranscript } = await import('../../src/core/formats/index.js');
    const { readFileSync } = await import('node:fs');
    // Parsed before rendering, as README says: a server renders data in the player's own model
    // (files and raw JSON are read by a module the browser loads on use).
    const segments = readTranscript(readFileSync(join(context.root, 'demo/episode.transcript.txt'), 'utf8')).items;
    const chapters = readChapters(readFileSync(join(context.root, 'demo/episode.chapters.json'), 'utf8')).items;
    // The markup of `render` as the light DOM, the element's shadow root from the same data.
    const fragment = await renderDemo(context.origin);
    const children = fragment.replace(/^<transcript-player[^>]*>\n/, '').replace(/<\/transcript-player>\n$/, '');
    const ssr = await collectResult(
      render(
        html`<transcript-player id="player" src="/demo/episode.mp3" .transcriptData=${segments} .chaptersData=${chapters}
          >${unsafeHTML(children)}</transcript-player
        >`,
      ),
    );
    const lines = (ssr.match(/part="segment"/g) ?? []).length;
    if (!ssr.includes('<template shadowroot="open" shadowrootmode="open">') || lines < 40) throw new Error(`SSR output: ${lines} lines`);
    // The client: Lit's hydration support before the elements, bundled from the package as a site would.
    const dir = join(context.resultsDir, 'static');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'hydrate-entry.js'),
      `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport '../../dist/transcript-player.js';\n`,
    );
    const { build } = await import('vite');
    await build({
      configFile: false,
      root: context.root,
      // The chunks the package imports on use (readers, languages) load from beside hydrate.js.
      base: './',
      logLevel: 'silent',
      build: {
        outDir: dir,
        emptyOutDir: false,
        minify: false,
        rollupOptions: { input: join(dir, 'hydrate-entry.js'), output: { entryFileNames: 'hydrate.js', format: 'es' } },
      },
    });
    const url = writePage(context, 'ssr.html', ssr, '<script type="module" src="hydrate.js"></script>\n');
    const page = await context.newPage();
    // The script held back: the page as it arrives from the server, before any JavaScript.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/hydrate.js', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(url, { waitUntil: 'commit', timeout: WAIT_MS });
    await page.waitForSelector('#after', { state: 'attached', timeout: WAIT_MS });
    const before = await page.evaluate(() => {
      const player = document.getElementById('player')!;
      const view = player.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot;
      return {
        defined: customElements.get('transcript-player') !== undefined,
        lines: view?.querySelectorAll('[part~="segment"]').length ?? 0,
        after: document.getElementById('after')!.getBoundingClientRect().top,
      };
    });
    if (before.defined || before.lines < 40) throw new Error(`before the script: ${JSON.stringify(before)}`);
    release();
    await waitFor(
      page,
      'the player to hydrate',
      () => {
        const player = document.getElementById('player') as PlayerLike & { hasUpdated?: boolean };
        return customElements.get('transcript-player') !== undefined && player.hasUpdated === true && player.segments.length > 0;
      },
      undefined,
    );
    await page.waitForTimeout(300);
    const hydrated = await page.evaluate(() => {
      const player = document.getElementById('player') as PlayerLike;
      const view = player.shadowRoot!.querySelector('tp-transcript-view')!;
      return {
        segments: player.segments.length,
        chapters: player.chapterList.length,
        deferred: document.querySelectorAll('[defer-hydration]').length,
        viewLines: view.shadowRoot!.querySelectorAll('[part~="segment"]').length,
        after: document.getElementById('after')!.getBoundingClientRect().top,
      };
    });
    if (hydrated.segments !== DEMO_LINES || hydrated.chapters !== DEMO_CHAPTERS || hydrated.deferred !== 0)
      throw new Error(`hydrated: ${JSON.stringify(hydrated)}`);
    await page.locator('#player [part~="play-button"]').click({ timeout: WAIT_MS });
    const playing = await waitUntilPlaying(page, 'player', 0.5);
    context.note(
      `SSR: ${ssr.length} characters, ${lines} lines in the declarative shadow root; hydrated with ${hydrated.segments} lines, ${hydrated.chapters} chapters; played to ${playing.currentTime.toFixed(2)} s; content after the player moved ${Math.round(Math.abs(hydrated.after - before.after))} px`,
    );
  },
};

const downloadUnderStrictPolicy: Case = {
  name: 'download: the transcript as .vtt and .srt from the menu, by keyboard, on a page with a strict Content-Security-Policy',
  async run(context) {
    const url = writePage(
      context,
      'download.html',
      await renderDemo(context.origin, '--id', 'player'),
      `<script src="${BUNDLE}"></script>\n`,
    );
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => /Content.Security.Policy/i.test(message.text()) && violations.push(message.text()));
    // The page as a strict site sends it: nothing inline, nothing from elsewhere.
    await page.route(url, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" },
      });
    });
    await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
    // The script runs before the parser reaches the markup under the element: a first `ready`
    // may come with no lines, and the next once the markup is read.
    await waitFor(
      page,
      'the player to be ready with the lines of its markup',
      () =>
        (window as unknown as E2EWindow).__e2e.readies.length >= 1 && (document.getElementById('player') as PlayerLike).segments.length > 0,
      undefined,
    );
    const { readTranscript } = await import('../../src/core/formats/index.js');
    const { readFile } = await import('node:fs/promises');
    const lines = await page.evaluate(() => (document.getElementById('player') as PlayerLike).segments.length);
    const got: string[] = [];
    for (const [index, extension] of [
      [1, 'vtt'],
      [2, 'srt'],
    ] as const) {
      await page.locator('#player [part~="transcript-download"] summary').focus();
      await page.keyboard.press('Enter');
      const link = page.locator('#player [part~="transcript-download-link"]').nth(index);
      await link.focus();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: WAIT_MS }), page.keyboard.press('Enter')]);
      const name = download.suggestedFilename();
      const text = await readFile(await download.path(), 'utf8');
      const read = readTranscript(text);
      if (name !== `Soras-Exit-Spotifys-SongDNA.${extension}` || read.format !== extension || read.items.length !== lines)
        throw new Error(`${extension}: ${name}, read as ${read.format} with ${read.items.length} of ${lines} lines`);
      got.push(`${name} (${text.length} characters, ${read.items.length} lines)`);
    }
    if (violations.length) throw new Error(`violations: ${violations.join(' | ')}`);
    // The policy was in force: an inline style is refused on this page.
    const probe = await page.evaluate(() => {
      const element = document.createElement('p');
      element.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(element);
      return getComputedStyle(element).color;
    });
    if (probe === 'rgb(255, 0, 0)') throw new Error('the page was not under the policy');
    context.note(`downloaded ${got.join(', ')} with no violation`);
  },
};

export const staticCases: Case[] = [noJavaScript, upgrade, print, serverRendered, downloadUnderStrictPolicy];
