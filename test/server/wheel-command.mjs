// A server command for tests: a real mouse-wheel turn over a point of the page, which
// the browser turns into wheel and scroll events exactly as for a person.
// Works with puppeteer-driven browsers (Chromium, Firefox over BiDi); elsewhere it says
// so, and the test skips.
export function wheelCommand() {
  return {
    name: 'wheel-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'wheel') return undefined;
      // WebDriver-driven browsers (WebKit) that can turn a wheel (scripts/wtr-browsers.mjs).
      if (typeof session.browser.sendWheel === 'function') {
        await session.browser.sendWheel(session.id, payload.x, payload.y, payload.deltaY);
        return { supported: true };
      }
      const page = session.browser.getPage?.(session.id);
      if (!page?.mouse?.wheel) return { supported: false };
      await page.mouse.move(payload.x, payload.y);
      await page.mouse.wheel({ deltaY: payload.deltaY });
      return { supported: true };
    },
  };
}
