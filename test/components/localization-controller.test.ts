import { expect } from '@esm-bundle/chai';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizationController } from '../../src/components/localization-controller.js';
import { en } from '../../src/i18n/en.js';
import { addTranslation } from '../../src/i18n/translations.js';

class LocalizedElement extends LitElement {
  @property({ attribute: 'lang' }) language?: string;
  readonly l10n = new LocalizationController(this);
  /** What each update rendered with, and whether it was to be seen. */
  readonly renders: { play: string; shown: boolean }[] = [];
  override render() {
    this.renders.push({ play: this.l10n.strings.play, shown: this.l10n.shown });
    return this.l10n.strings.play;
  }
}
customElements.define('test-localized', LocalizedElement);

describe('LocalizationController', () => {
  const made: HTMLElement[] = [];
  afterEach(() => {
    for (const element of made.splice(0)) element.remove();
    document.documentElement.lang = 'en';
  });
  const mount = async (html: string) => {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = html;
    document.body.append(wrapper);
    made.push(wrapper);
    const element = wrapper.querySelector<LocalizedElement>('test-localized')!;
    await element.updateComplete;
    await element.l10n.settled;
    await element.updateComplete;
    return element;
  };

  it('speaks the element’s own language, else its nearest ancestor’s, else the page’s', async () => {
    expect((await mount('<test-localized lang="de-AT"></test-localized>')).l10n.strings.play).to.equal('Abspielen');
    expect((await mount('<section lang="fr"><test-localized></test-localized></section>')).l10n.strings.play).to.equal('Lire');
    document.documentElement.lang = 'ja';
    expect((await mount('<test-localized></test-localized>')).l10n.language).to.equal('ja');
  });

  it('falls back to English and follows a change of the attribute', async () => {
    const element = await mount('<test-localized lang="xx"></test-localized>');
    expect(element.l10n.language).to.equal('en');
    element.language = 'nl';
    await element.updateComplete;
    await element.l10n.settled;
    await element.updateComplete;
    expect(element.l10n.strings.pause).to.equal('Pauzeren');
    expect(element.l10n.language).to.equal('nl');
  });

  it('keeps a language not yet imported unseen until it arrives, never showing English', async () => {
    const element = await mount('<test-localized lang="es"></test-localized>');
    expect(element.renders.filter((render) => render.shown).map((render) => render.play)).to.deep.equal(['Reproducir']);
    expect(element.shadowRoot!.textContent).to.equal('Reproducir');
  });

  it('shows a translation the page adds, and a change to the language it speaks', async () => {
    const element = await mount('<test-localized lang="sv-SE"></test-localized>');
    expect(element.l10n.strings.play).to.equal(en.play, 'Swedish is not built in');
    addTranslation('sv', { ...en, locale: 'sv', play: 'Spela upp' });
    await element.updateComplete;
    await element.l10n.settled;
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.equal('Spela upp');
    addTranslation('sv', { play: 'Spela' }, 'sv');
    await element.updateComplete;
    await element.l10n.settled;
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.equal('Spela');
  });
});
