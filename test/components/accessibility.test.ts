import { expect } from '@esm-bundle/chai';
import type { TranscriptPlayer } from '../../src/components/transcript-player.js';
import { userPlay } from './gesture.js';
import { collectErrors, FIXTURES, makePlayer, nextEvent, partsOf, removeAll, waitFor, TONE } from './helpers.js';

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}
type Axe = { run(context: Element, options: object): Promise<AxeResult> };

const tone = TONE;

/** axe-core ships as a classic script; loaded once, from node_modules, as a page would. */
async function axe(): Promise<Axe> {
  const existing = (window as { axe?: Axe }).axe;
  if (existing) return existing;
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('axe-core did not load'));
    document.head.append(script);
  });
  return (window as unknown as { axe: Axe }).axe;
}

/** WCAG 2.x A and AA rules, through the player's shadow roots. */
async function violations(player: TranscriptPlayer): Promise<string[]> {
  await player.updateComplete;
  const result = await (
    await axe()
  ).run(player, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
}

describe('accessibility (axe-core, WCAG 2.x A/AA)', () => {
  afterEach(removeAll);

  it('does look inside the shadow roots (a nameless button there is caught)', async () => {
    const player = await makePlayer(tone);
    const nameless = document.createElement('button');
    partsOf(player, 'segment')[0]!.append(nameless);
    const found = await violations(player);
    nameless.remove();
    expect(found.some((violation) => violation.startsWith('button-name'))).to.equal(true);
  });

  it('has no violations while loading', async () => {
    const player = document.createElement('transcript-player');
    player.setAttribute('transcript', `${FIXTURES}tone-10s.transcript.json`);
    document.body.append(player);
    await player.updateComplete;
    expect(await violations(player)).to.deep.equal([]);
  });

  it('has no violations when ready, and in the dark theme', async () => {
    const player = await makePlayer(tone);
    expect(await violations(player)).to.deep.equal([]);
    player.setAttribute('theme', 'dark');
    expect(await violations(player)).to.deep.equal([]);
  });

  it('has no violations while playing, with a line and a word highlighted', async () => {
    const player = await makePlayer(tone);
    await userPlay(player);
    await nextEvent(player, 'segmentchange', 4000).catch(() => undefined);
    expect(await violations(player)).to.deep.equal([]);
  });

  it('has no violations with errors shown', async () => {
    const player = document.createElement('transcript-player');
    const errors = collectErrors(player);
    player.setAttribute('preload', 'metadata');
    player.setAttribute('src', `${FIXTURES}not-audio.mp3`);
    player.setAttribute('transcript', `${FIXTURES}missing.json`);
    document.body.append(player);
    await waitFor(() => errors.length >= 2, 'both errors');
    expect(await violations(player)).to.deep.equal([]);
  });

  it('has no violations with a search open and matches marked', async () => {
    const player = await makePlayer(tone);
    const input = partsOf(player, 'search-input')[0] as HTMLInputElement;
    input.value = 'line';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitFor(() => partsOf(player, 'match').length > 0, 'matches');
    expect(await violations(player)).to.deep.equal([]);
  });

  it('has no violations at a compact width', async () => {
    const player = await makePlayer(tone);
    player.style.width = '320px';
    expect(await violations(player)).to.deep.equal([]);
  });
});
