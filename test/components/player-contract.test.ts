import { expect } from '@esm-bundle/chai';
import { PlayerContract } from '../../src/components/player-contract.js';
import { mount } from './mount.js';

class ContractOnly extends PlayerContract {}
customElements.define('test-contract-only', ContractOnly);

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
