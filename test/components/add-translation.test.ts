import { expect } from '@esm-bundle/chai';
import { TranscriptPlayer } from '../../src/components/transcript-player.js';
import { en } from '../../src/i18n/en.js';
import type { Strings } from '../../src/i18n/strings.js';
import { makePlayer, partsOf, removeAll, TONE } from './helpers.js';

const playLabel = (player: HTMLElement) => partsOf(player, 'play-button')[0]!.getAttribute('aria-label');

/** Type-checked, never run: the compiler holds a whole language to `Strings`, and lets a change name its base. */
export function typesOfAddTranslation(): void {
  // @ts-expect-error -- without a base, the translation is a whole language: `Strings`, every key
  TranscriptPlayer.addTranslation('sv', { play: 'Spela upp' });
  TranscriptPlayer.addTranslation('sv', { play: 'Spela upp' }, 'en');
  // @ts-expect-error -- a sentence takes its code's parameters
  TranscriptPlayer.addTranslation('sv', { messages: { 'fetch-timeout': ({ missing }: { missing: string }) => missing } }, 'en');
}

describe('TranscriptPlayer.addTranslation', () => {
  afterEach(removeAll);

  it('adds a language that players already on the page then speak', async () => {
    const swedish = await makePlayer({ ...TONE, lang: 'sv' });
    const english = await makePlayer(TONE);
    expect(playLabel(swedish)).to.equal('Play', 'Swedish is not built in');
    const sv: Strings = { ...en, locale: 'sv', player: 'Poddspelare', play: 'Spela upp', pause: 'Pausa' };
    TranscriptPlayer.addTranslation('sv', sv);
    await swedish.updateComplete;
    await english.updateComplete;
    expect(playLabel(swedish)).to.equal('Spela upp');
    expect(swedish.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('Poddspelare');
    expect(playLabel(english)).to.equal('Play');
  });

  it('changes some strings of a built-in language, the rest staying as they were', async () => {
    const german = await makePlayer({ ...TONE, lang: 'de-CH' });
    expect(playLabel(german)).to.equal('Abspielen');
    TranscriptPlayer.addTranslation('de', { play: 'Wiedergeben' }, 'de');
    await german.updateComplete;
    expect(playLabel(german)).to.equal('Wiedergeben');
    expect(partsOf(german, 'skip-back')[0]!.getAttribute('aria-label')).to.equal('15 Sekunden zurück');
  });

  it('adds a regional variant over its language, chosen for that region only', async () => {
    TranscriptPlayer.addTranslation('pt-PT', { download: 'Transferir o áudio' }, 'pt');
    const portugal = await makePlayer({ ...TONE, lang: 'pt-PT', download: '' });
    const brazil = await makePlayer({ ...TONE, lang: 'pt-BR', download: '' });
    expect(partsOf(portugal, 'download')[0]!.textContent).to.equal('Transferir o áudio');
    expect(partsOf(brazil, 'download')[0]!.textContent).to.equal('Baixar o áudio');
    expect(playLabel(portugal)).to.equal('Reproduzir');
  });
});
