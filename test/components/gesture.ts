import { sendMouse } from '@web/test-runner-commands';
import type { TranscriptPlayer } from '../../src/components/transcript-player.js';
import { nextEvent } from './helpers.js';

/**
 * Real user input for the browser tests. No engine runs with its autoplay rule switched
 * off, so audio starts only from a user gesture, as for a listener: Safari (WebKit) accepts
 * `play()` only while the page handles a tap, Chrome and Firefox once the page was touched.
 * `element.click()` from a script is not a gesture; these send the click through the browser
 * (CDP in Chromium, WebDriver BiDi in Firefox, W3C WebDriver actions in WebKit).
 */

const frame = (view: Window) => new Promise((resolve) => view.requestAnimationFrame(resolve));

/**
 * The centre of an element in the top page's viewport, through any iframes, once the page
 * has laid it out there (a re-render can still move it: a chapter title appearing above).
 */
async function centreOf(element: Element): Promise<[number, number]> {
  const view0 = element.ownerDocument.defaultView ?? window;
  const root = element.getRootNode() as Document | ShadowRoot;
  let box = element.getBoundingClientRect();
  for (let tries = 0; tries < 20; tries++) {
    element.scrollIntoView({ block: 'center', inline: 'center' });
    await frame(view0);
    await frame(view0);
    box = element.getBoundingClientRect();
    const hit = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (hit && (hit === element || element.contains(hit))) break;
  }
  let x = box.left + box.width / 2;
  let y = box.top + box.height / 2;
  let view: Window | null = element.ownerDocument.defaultView;
  while (view && view !== window && view.frameElement) {
    const frame = view.frameElement.getBoundingClientRect();
    x += frame.left + view.frameElement.clientLeft;
    y += frame.top + view.frameElement.clientTop;
    view = view.parent;
  }
  return [Math.round(x), Math.round(y)];
}

/** Clicks the element as a user does: a trusted click at its centre, a user gesture. */
export async function userClick(element: Element): Promise<void> {
  const [x, y] = await centreOf(element);
  const clicked = new Promise<void>((resolve) => element.addEventListener('click', () => resolve(), { once: true }));
  await sendMouse({ type: 'click', position: [x, y] });
  await withTimeout(clicked, `a click to reach ${element.localName}`);
}

/**
 * Runs `action` inside the handler of a real click, as a page's own button would call the
 * player's API (`player.play()` from a "Listen" button), and returns what it returned.
 */
export async function inUserGesture<T>(action: () => T): Promise<T> {
  const button = document.createElement('button');
  button.textContent = 'gesture';
  button.style.cssText = 'position:fixed;left:0;top:0;width:48px;height:48px;margin:0;padding:0;border:0;opacity:0.01;z-index:2147483647';
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
  document.body.append(button);
  try {
    await sendMouse({ type: 'click', position: [24, 24] });
    await withTimeout(
      (async () => {
        while (!outcome) await new Promise((resolve) => setTimeout(resolve, 10));
      })(),
      'the gesture click to arrive',
    );
  } finally {
    button.remove();
  }
  if (outcome && 'error' in outcome) throw outcome.error;
  return (outcome as { value: T }).value;
}

/** `player.play()` from a user's tap on the page; resolves once the player fires `play`. */
export async function userPlay(player: TranscriptPlayer): Promise<void> {
  const played = nextEvent(player, 'play');
  await inUserGesture(() => player.play());
  await played;
}

async function withTimeout<T>(promise: Promise<T>, what: string, ms = 5000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
