import { noChange, nothing, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

type Properties = Readonly<Record<string, string>>;

/**
 * Sets an element's inline style properties through the CSSOM (`style.setProperty`), never
 * by writing a `style` attribute: a page whose Content-Security-Policy does not allow
 * 'unsafe-inline' styles refuses every `style` attribute a script writes (Lit's `styleMap`
 * writes one on the first render) but not the CSSOM. Used as an element binding:
 * `<span ${styleProperties({ left: '25%' })}>`. Properties left out on a later render are removed.
 */
class StyleProperties extends Directive {
  private previous: Properties = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProperties() binds to an element, not to an attribute or text');
  }

  render(_properties: Properties): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Properties]): typeof noChange {
    const { style } = part.element as Element & ElementCSSInlineStyle;
    for (const name of Object.keys(this.previous)) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) if (this.previous[name] !== value) style.setProperty(name, value);
    this.previous = properties;
    return noChange;
  }
}

export const styleProperties = directive(StyleProperties);
