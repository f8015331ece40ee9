/**
 * Takes the README's screenshot of the demo: `npx tsx scripts/screenshot.ts [url]`
 * with `npm start` running. Seeks into the episode first so a line and a chapter are lit.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://127.0.0.1:5173/';
const executablePath = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(url);
  await page.waitForFunction(() => {
    const player = document.querySelector('transcript-player');
    return (player?.shadowRoot?.querySelector('tp-transcript-view')?.shadowRoot?.querySelectorAll('[part~=segment]').length ?? 0) > 0;
  });
  await page.evaluate(() => (document.querySelector('transcript-player') as HTMLElement & { seek(t: number): void }).seek(140));
  await page.waitForTimeout(1200);
  await page.screenshot({ path: 'docs/screenshot.png', fullPage: true });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
}
