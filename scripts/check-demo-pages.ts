/**
 * Checks the demo pages in a real browser:
 *
 *   npx tsx scripts/check-demo-pages.ts [--screenshots DIR]
 *
 * Starts its own Vite dev server on a free port, loads demo/formats.html and goes through
 * every option of both selects, checking from each `ready` event that the player shows as
 * many lines and chapters as the chosen files hold (counted here with the project's own
 * parser) and that no `error` event fired. Then loads demo/errors.html and checks that each
 * player fires exactly the error its card expects (data-expect-* attributes). Both pages
 * must fit 320 px without scrolling sideways. Screenshots go to DIR (default /tmp).
 * Exits non-zero when anything fails; the server and the browser are always stopped.
 *
 * The server runs with appType "mpa", as a static host behaves: Vite's default
 * single-page-app fallback answers a missing file with index.html and HTTP 200, which
 * would turn the 404 cases of the errors page into "this is a web page".
 */
import { readFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { parseChapters, parseTranscript } from '../src/core/formats/index.js';
import { normaliseChapters, normaliseSegments } from '../src/core/normalise.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const demo = join(root, 'demo');
const shotsArg = process.argv.indexOf('--screenshots');
const shots = shotsArg > 0 ? process.argv[shotsArg + 1]! : '/tmp';
const TIMEOUT = 20_000;

const failures: string[] = [];
const fail = (message: string) => {
  failures.push(message);
  console.log(`  FAIL ${message}`);
};

interface ReadyRecord {
  id: string;
  segments: number;
  chapters: number;
}
interface ErrorRecord {
  id: string;
  source: string;
  message: string;
}
declare global {
  interface Window {
    __readies: ReadyRecord[];
    __errors: ErrorRecord[];
  }
}

/** What a file holds, counted as the player counts it: normalised lines, listed chapters. */
function expectedCount(kind: 'transcript' | 'chapters', url: string): number {
  const text = readFileSync(join(demo, url), 'utf8');
  if (kind === 'transcript') return normaliseSegments(parseTranscript(text, { url }).items).length;
  return normaliseChapters(parseChapters(text, { url }).items).filter((chapter) => chapter.toc).length;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Records every player's `ready` and `error` events from the start of the page. */
async function instrument(page: Page): Promise<void> {
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in a
  // `__name(fn, "name")` helper call; functions sent to the page need it defined there too.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.addInitScript(() => {
    window.__readies = [];
    window.__errors = [];
    const idOf = (target: EventTarget | null) => (target instanceof Element ? target.id || target.closest('[id]')?.id || '?' : '?');
    document.addEventListener('ready', (event) => {
      const detail = (event as CustomEvent<{ segments: number; chapters: number }>).detail;
      window.__readies.push({ id: idOf(event.target), ...detail });
    });
    // `error` does not bubble, but it does pass the capture phase on its way to the player.
    window.addEventListener(
      'error',
      (event) => {
        const target = event.target;
        if (!(event instanceof CustomEvent) || !(target instanceof Element) || target.localName !== 'transcript-player') return;
        const detail = event.detail as { source: string; message: string };
        window.__errors.push({ id: idOf(target), source: detail.source, message: detail.message });
      },
      true,
    );
  });
}

const readies = (page: Page) => page.evaluate(() => window.__readies.slice());
const errors = (page: Page) => page.evaluate(() => window.__errors.slice());

async function waitForReadies(page: Page, count: number, what: string): Promise<ReadyRecord[] | undefined> {
  try {
    await page.waitForFunction((n) => window.__readies.length >= n, count, { timeout: TIMEOUT });
    return await readies(page);
  } catch {
    fail(`${what}: no ready event within ${TIMEOUT / 1000} s`);
    return undefined;
  }
}

/** Everything the page must get right at 320 px: no sideways scrolling. */
async function checkNarrow(page: Page, url: string, name: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto(url);
  await page.waitForFunction(() => window.__readies.length > 0, undefined, { timeout: TIMEOUT });
  await page.waitForTimeout(800);
  const {
    width,
    page: pageParts,
    players,
  } = await page.evaluate(() => {
    const tooWide = (el: Element) => el.getBoundingClientRect().right > 320.5;
    // The page's own elements (outside the players) that reach past the viewport...
    const pageParts = [...document.body.querySelectorAll('*')]
      .filter((el) => !el.closest('transcript-player') && tooWide(el) && el.getBoundingClientRect().width > 0)
      .map((el) => `${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`);
    // ...and the players whose own content is wider than the player.
    const players = [...document.querySelectorAll('transcript-player')]
      .map((player) => {
        const inner = player.shadowRoot?.querySelector<HTMLElement>('.player');
        return inner && inner.scrollWidth > inner.clientWidth + 1
          ? `${player.closest('[id]')?.id ?? 'player'} (content ${inner.scrollWidth} px in ${inner.clientWidth} px)`
          : '';
      })
      .filter(Boolean);
    return { width: document.documentElement.scrollWidth, page: pageParts, players };
  });
  const line = `${name} at 320 px: page width ${width} px`;
  if (width > 320 || pageParts.length > 0 || players.length > 0) {
    const why = [
      pageParts.length ? `page elements too wide: ${[...new Set(pageParts)].slice(0, 5).join(', ')}` : '',
      players.length
        ? `player content wider than the player: ${players.slice(0, 3).join(', ')}${players.length > 3 ? ` and ${players.length - 3} more` : ''}`
        : '',
    ].filter(Boolean);
    fail(`${line} (scrolls sideways): ${why.join('; ')}`);
  } else console.log(`  ok   ${line}`);
  await page.screenshot({ path: join(shots, `demo-${name}-320.png`), fullPage: true });
}

async function checkFormats(page: Page, base: string): Promise<void> {
  console.log('\ndemo/formats.html');
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`${base}/demo/formats.html`);
  const first = await waitForReadies(page, 1, 'first load');
  if (!first) return;

  const options = await page.evaluate(() =>
    Object.fromEntries(
      ['transcript', 'chapters'].map((kind) => [
        kind,
        [...document.querySelectorAll<HTMLOptionElement>(`#${kind}-format option`)].map((option) => ({
          value: option.value,
          label: option.textContent.trim(),
        })),
      ]),
    ),
  );
  const defaults = { transcript: options['transcript']![0]!.value, chapters: options['chapters']![0]!.value };
  const expected = (kind: 'transcript' | 'chapters', url: string) => (url ? expectedCount(kind, url) : 0);
  const sourceLines = expectedCount('transcript', defaults.transcript);

  for (const kind of ['transcript', 'chapters'] as const) {
    const other = kind === 'transcript' ? 'chapters' : 'transcript';
    // Start each pass from the defaults, so the other file is the known one.
    await page.selectOption(`#${other}-format`, defaults[other]);
    // The first option is already chosen: go through the others, then back to it.
    const list = options[kind]!;
    for (const { value, label } of [...list.slice(1), list[0]!]) {
      const before = (await readies(page)).length;
      const errorsBefore = (await errors(page)).length;
      const loggedBefore = await page.locator('#error-log li').count();
      await page.selectOption(`#${kind}-format`, value);
      const want = {
        transcript: expected('transcript', kind === 'transcript' ? value : defaults.transcript),
        chapters: expected('chapters', kind === 'chapters' ? value : defaults.chapters),
      };
      let got: { segments: number; chapters: number; via: string } | undefined;
      if (value === '') {
        // Clearing a URL loads nothing, so no `ready` follows: read what the player holds.
        const held = await page.evaluate(async () => {
          const player = document.querySelector('transcript-player')!;
          await player.updateComplete;
          return { segments: player.segments.length, chapters: player.chapterList.length };
        });
        const fired = (await readies(page)).length > before;
        got = { ...held, via: fired ? 'properties (and a ready event)' : 'properties: no file to load, no ready event' };
      } else {
        const all = await waitForReadies(page, before + 1, `${kind} = ${label}`);
        const last = all?.at(-1);
        if (last) got = { segments: last.segments, chapters: last.chapters, via: 'ready' };
      }
      const wantStatus = `${want.transcript} line${want.transcript === 1 ? '' : 's'}, ${want.chapters} chapter${want.chapters === 1 ? '' : 's'}`;
      await page
        .waitForFunction((text) => document.querySelector('#status')!.textContent === text, wantStatus, { timeout: 3000 })
        .catch(() => undefined);
      await page.waitForTimeout(300);
      const newErrors = (await errors(page)).slice(errorsBefore);
      const status = (await page.textContent('#status'))?.trim() ?? '';
      const logged = (await page.locator('#error-log li').count()) - loggedBefore;
      const speakers = await page.evaluate(
        () =>
          document
            .querySelector('transcript-player')!
            .shadowRoot!.querySelector('tp-transcript-view')
            ?.shadowRoot?.querySelectorAll('[part~="speaker"]').length ?? 0,
      );
      const row = `${kind.padEnd(10)} ${label.padEnd(40)} ${got ? `${got.segments} lines, ${got.chapters} chapters` : '–'} (expected ${want.transcript}, ${want.chapters}; via ${got?.via ?? '–'})`;
      const problems: string[] = [];
      if (!got || got.segments !== want.transcript || got.chapters !== want.chapters) problems.push('wrong counts');
      if (newErrors.length > 0) problems.push(`error events: ${newErrors.map((error) => `${error.source}: ${error.message}`).join(' | ')}`);
      if (logged > 0) problems.push(`the page's error log has ${logged} new entries`);
      if (status !== wantStatus) problems.push(`status says "${status}"`);
      if (value === 'formats/interview.vtt' && speakers === 0) problems.push('no speaker labels shown');
      if (problems.length > 0) fail(`${row}: ${problems.join('; ')}`);
      else console.log(`  ok   ${row}${speakers > 0 ? `, ${speakers} speaker labels` : ''}`);
    }
  }
  // The sentence-level formats must hold exactly the source's lines.
  for (const { value, label } of options['transcript']!) {
    if (/words|interview/.test(value)) continue;
    const count = expectedCount('transcript', value);
    if (count !== sourceLines) fail(`${label}: ${count} lines, the source has ${sourceLines}`);
  }

  await page.selectOption('#transcript-format', 'formats/interview.vtt');
  await page.selectOption('#chapters-format', 'formats/chapters.psc.xml');
  await page.waitForFunction(() => /^40 lines/.test(document.querySelector('#status')!.textContent ?? ''), undefined, { timeout: TIMEOUT });
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(shots, 'demo-formats.png'), fullPage: true });
  await checkNarrow(page, `${base}/demo/formats.html?transcript=formats/episode.vtt&chapters=formats/chapters.vtt`, 'formats');
}

interface Case {
  id: string;
  title: string;
  errors: { source: string; message: string }[];
  lines: number;
  chapters: number;
  notice?: string;
}

async function checkErrors(page: Page, base: string): Promise<void> {
  console.log('\ndemo/errors.html');
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`${base}/demo/errors.html`);
  const cases: Case[] = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.case')].map((card) => ({
      id: card.id,
      title: card.querySelector('h2')!.textContent.trim(),
      errors: JSON.parse(card.dataset.expectErrors ?? '[]') as { source: string; message: string }[],
      lines: Number(card.dataset.expectLines),
      chapters: Number(card.dataset.expectChapters),
      ...(card.dataset.expectNotice ? { notice: card.dataset.expectNotice } : {}),
    })),
  );
  // Every player ready, and at least as many errors as expected (audio errors come after ready).
  try {
    await page.waitForFunction(
      (all) =>
        all.every(
          (c) => window.__readies.some((r) => r.id === c.id) && window.__errors.filter((e) => e.id === c.id).length >= c.errors.length,
        ),
      cases,
      { timeout: TIMEOUT },
    );
  } catch {
    fail('not every player was ready with its errors in time');
  }
  await page.waitForTimeout(2000); // time for any extra, unexpected error
  const allReadies = await readies(page);
  const allErrors = await errors(page);
  for (const c of cases) {
    const ready = allReadies.filter((r) => r.id === c.id).at(-1);
    const got = allErrors.filter((e) => e.id === c.id);
    const shown = await page.evaluate((id) => {
      const card = document.getElementById(id)!;
      const player = card.querySelector('transcript-player')!;
      const root = player.shadowRoot!;
      return {
        logged: card.querySelectorAll('.log li').length,
        caveat: !card.querySelector<HTMLElement>('.caveat')?.hidden && card.querySelector('.caveat') !== null,
        alerts: [...root.querySelectorAll('[part~="error"]')].map((node) => node.textContent?.trim() ?? ''),
        notice: root.querySelector('[part~="notice"] summary')?.textContent?.trim() ?? '',
        noticeItems: root.querySelectorAll('[part~="notice"] li').length,
      };
    }, c.id);
    const problems: string[] = [];
    if (!ready) problems.push('no ready event');
    else if (ready.segments !== c.lines || ready.chapters !== c.chapters)
      problems.push(`ready says ${ready.segments} lines, ${ready.chapters} chapters`);
    const matches =
      got.length === c.errors.length &&
      c.errors.every((want, i) => got[i]!.source === want.source && got[i]!.message.includes(want.message));
    if (!matches) problems.push(`errors ${JSON.stringify(got.map((e) => `${e.source}: ${e.message}`))}`);
    if (shown.logged !== got.length) problems.push(`the page logged ${shown.logged} of ${got.length} error events`);
    if (shown.alerts.length !== c.errors.length) problems.push(`${shown.alerts.length} error messages shown in the player`);
    if (shown.caveat) problems.push('the 404 caveat is showing');
    if (c.notice && !(shown.notice.includes(c.notice) && shown.noticeItems === 2))
      problems.push(`notice "${shown.notice}" with ${shown.noticeItems} items`);
    if (!c.notice && shown.notice) problems.push(`unexpected notice "${shown.notice}"`);
    const what = got.length ? got.map((e) => `${e.source}: ${e.message}`).join(' | ') : 'no error event';
    const row = `${c.title.padEnd(40)} ${ready ? `${ready.segments} lines, ${ready.chapters} ch` : '–'}; ${what}${shown.notice ? `; notice: ${shown.notice}` : ''}`;
    if (problems.length > 0) fail(`${row}: ${problems.join('; ')}`);
    else console.log(`  ok   ${row}`);
  }
  await page.screenshot({ path: join(shots, 'demo-errors.png'), fullPage: true });
  await checkNarrow(page, `${base}/demo/errors.html`, 'errors');
}

/** The nav links of every page lead to pages that load. */
async function checkLinks(page: Page, base: string): Promise<void> {
  console.log('\nnavigation');
  const pages = ['/', '/demo/formats.html', '/demo/errors.html', '/demo/blog.html'];
  for (const path of pages) {
    await page.goto(`${base}${path}`);
    const hrefs = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('.site-nav a')].map((a) => a.href));
    for (const href of hrefs) {
      const response = await page.request.get(href);
      const body = await response.text();
      const ok = response.status() === 200 && body.includes('<transcript-player');
      const line = `${path} → ${new URL(href).pathname} (HTTP ${response.status()})`;
      if (ok && hrefs.length === pages.length) console.log(`  ok   ${line}`);
      else fail(line);
    }
  }
}

async function main(): Promise<void> {
  let server: ViteDevServer | undefined;
  let browser: Browser | undefined;
  try {
    const port = await freePort();
    server = await createServer({
      root,
      configFile: join(root, 'vite.config.ts'),
      appType: 'mpa',
      logLevel: 'warn',
      server: { host: '127.0.0.1', port, strictPort: true, open: false },
    });
    await server.listen();
    const base = `http://127.0.0.1:${port}`;
    console.log(`vite on ${base} (appType mpa); screenshots in ${shots}`);
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const page = await browser.newPage();
    page.on('pageerror', (error) => fail(`uncaught exception in the page: ${error.message}`));
    await instrument(page);
    await checkFormats(page, base);
    await checkErrors(page, base);
    await checkLinks(page, base);
  } catch (error) {
    fail(`the check itself failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    await browser?.close();
    await server?.close();
  }
  console.log(failures.length ? `\n${failures.length} check(s) failed` : '\nall demo page checks passed');
  process.exit(failures.length ? 1 : 0);
}

void main();
