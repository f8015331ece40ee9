import { expect } from '@esm-bundle/chai';
import { PlayerContract } from '../../src/components/player-contract.js';

class ContractOnly extends PlayerContract {}
customElements.define('test-contract-only', ContractOnly);

const mounted: Element[] = [];
function mount<T extends Element>(element: T, parent: ParentNode = document.body): T {
  parent.append(element);
  mounted.push(element);
  return element;
}
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

describe('PlayerContract', () => {
  it('reads every attribute into its property, the renamed ones too', () => {
    const element = mount(document.createElement('test-contract-only') as ContractOnly);
    element.setAttribute('for', 'page-audio');
    element.setAttribute('no-resume', '');
    element.setAttribute('transcript-type', 'srt');
    element.setAttribute('lang', 'de');
    element.setAttribute('episode-title', 'Episode 1');
    expect([element.htmlFor, element.noResume, element.transcriptType, element.language, element.episodeTitle]).to.deep.equal([
      'page-audio',
      true,
      'srt',
      'de',
      'Episode 1',
    ]);
    expect(element.preload, 'nothing is fetched before intent unless asked').to.equal('none');
  });
});
