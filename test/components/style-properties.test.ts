import { expect } from '@esm-bundle/chai';
import { html, render } from 'lit';
import { styleProperties } from '../../src/components/style-properties.js';

describe('styleProperties', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  const draw = (properties: Record<string, string>) => render(html`<span ${styleProperties(properties)}></span>`, container);
  const span = () => container.querySelector('span')!;

  it('sets properties, custom ones too, and removes those left out later', () => {
    draw({ left: '25%', '--speaker-color': 'red' });
    expect(span().style.left).to.equal('25%');
    expect(span().style.getPropertyValue('--speaker-color')).to.equal('red');
    draw({ left: '50%' });
    expect(span().style.left).to.equal('50%');
    expect(span().style.getPropertyValue('--speaker-color')).to.equal('');
  });

  it('never writes a style attribute, which a strict Content-Security-Policy refuses (the first render included)', () => {
    const setAttribute = Element.prototype.setAttribute;
    const written: string[] = [];
    Element.prototype.setAttribute = function (name: string, value: string) {
      if (name.toLowerCase() === 'style') written.push(value);
      setAttribute.call(this, name, value);
    };
    try {
      draw({ height: '120px' });
      draw({ height: '80px' });
    } finally {
      Element.prototype.setAttribute = setAttribute;
    }
    expect(written).to.deep.equal([]);
    expect(span().style.height).to.equal('80px');
  });

  it('belongs on an element, not in an attribute', () => {
    expect(() => render(html`<span style=${styleProperties({ left: '0' })}></span>`, container)).to.throw(/binds to an element/);
  });
});
