import { expect } from '@esm-bundle/chai';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizationController } from '../../src/components/localization-controller.js';

class LocalizedElement extends LitElement {
  @property({ attribute: 'lang' }) language?: string;
  readonly l10n = new LocalizationController(this);
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
    return element;
  };

  it('speaks the element’s own language, else its nearest ancestor’s, else the page’s', async () => {
    expect((await mount('<test-localized lang="de-AT"></test-localized>')).l10n.strings.play).to.equal('Abspielen');
    expect((await mount('<section lang="de"><test-localized></test-localized></section>')).l10n.strings.play).to.equal('Abspielen');
    document.documentElement.lang = 'de';
    expect((await mount('<test-localized></test-localized>')).l10n.language).to.equal('de');
  });

  it('falls back to English and follows a change of the attribute', async () => {
    const element = await mount('<test-localized lang="xx"></test-localized>');
    expect(element.l10n.language).to.equal('en');
    element.language = 'de';
    await element.updateComplete;
    expect(element.l10n.strings.pause).to.equal('Pause');
    expect(element.l10n.language).to.equal('de');
  });
});
