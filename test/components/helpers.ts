import '../../src/index.js';
import type { TranscriptPlayer } from '../../src/components/transcript-player.js';

export const FIXTURES = new URL('../fixtures/', import.meta.url).href;

/** The 10-second tone with its five-line transcript and four chapters. */
export const TONE = {
  src: `${FIXTURES}tone-10s.mp3`,
  transcript: `${FIXTURES}tone-10s.transcript.json`,
  chapters: `${FIXTURES}tone-10s.chapters.json`,
};

/** Every element with the given shadow part, looking through nested shadow roots. */
export function partsOf(root: Element | ShadowRoot, name: string): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: Element | ShadowRoot): void => {
    for (const element of node.querySelectorAll<HTMLElement>('*')) {
      if (element.part?.contains(name)) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return found;
}

export async function waitFor(condition: () => boolean, what: string, timeout = 8000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

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

/**
 * A player in the page with the given attributes, after its data is loaded and, when
 * asked, after other events (such as `durationchange`, once the audio's length is known).
 */
export async function makePlayer(attributes: Record<string, string>, alsoWaitFor: string[] = []): Promise<TranscriptPlayer> {
  const player = document.createElement('transcript-player');
  // Tests want the audio's metadata at once; the default fetches nothing before intent.
  player.setAttribute('preload', 'metadata');
  for (const [name, value] of Object.entries(attributes)) player.setAttribute(name, value);
  const events = ['ready', ...alsoWaitFor].map((type) => nextEvent(player, type));
  document.body.append(player);
  await Promise.all(events);
  await player.updateComplete;
  return player;
}

export function removeAll(): void {
  for (const player of document.querySelectorAll('transcript-player')) player.remove();
}

export function collectErrors(player: EventTarget): CustomEvent<{ source: string; message: string; code: string }>[] {
  const errors: CustomEvent<{ source: string; message: string; code: string }>[] = [];
  player.addEventListener('error', (event) => {
    errors.push(event as CustomEvent<{ source: string; message: string; code: string }>);
  });
  return errors;
}

/** The HTML5 audio element Howler plays the player's audio through. */
export function audioElementOf(player: TranscriptPlayer): HTMLAudioElement {
  return (player as unknown as { audio: { driver: { howl: { _sounds: { _node: HTMLAudioElement }[] } } } }).audio.driver.howl._sounds[0]!
    ._node;
}

/**
 * What the audio element itself did (its events, each with its time in seconds, and when
 * they came), and with `player` what the player said meanwhile (`player:` events, its own
 * time), for a failure message: whether the browser's playback jumped or the player missed
 * what the element reported.
 */
export function mediaTrail(element: HTMLMediaElement, player?: TranscriptPlayer): () => string {
  const started = performance.now();
  const trail: string[] = [];
  const at = () => `+${Math.round(performance.now() - started)}ms`;
  const types = ['play', 'playing', 'pause', 'seeking', 'seeked', 'timeupdate', 'waiting', 'stalled', 'ended', 'emptied', 'error'];
  for (const type of types) element.addEventListener(type, () => trail.push(`${type}@${element.currentTime.toFixed(2)}s${at()}`));
  const said = (event: Event): string => {
    const detail = (event as CustomEvent<{ index?: number; code?: string } | undefined>).detail;
    return String(detail?.index ?? detail?.code ?? '');
  };
  for (const type of ['play', 'pause', 'ended', 'error', 'segmentchange'])
    player?.addEventListener(type, (event) =>
      trail.push(`player:${type}${said(event) === '' ? '' : `(${said(event)})`}@${player.currentTime.toFixed(2)}s${at()}`),
    );
  return () => trail.join(' ');
}
