/**
 * Contrast of everything a listener reads or works in a player, in whatever state it is in
 * when called: text at 4.5:1 against what it is drawn on (3:1 when large; WCAG 1.4.3), and
 * the content of every enabled control — icons, the slider's thumb, the keyboard focus ring,
 * the ring of the current search match — at 3:1 (WCAG 1.4.11). Disabled controls are exempt,
 * as WCAG has them.
 *
 * Colours are read with getComputedStyle and turned into sRGB by painting them on a canvas
 * (so color-mix() and every other CSS colour count as the engine draws them); backgrounds
 * are composited up through the shadow roots to the first opaque one.
 *
 * One self-contained function, so that it runs both imported into a browser test and handed
 * to Playwright's `evaluate` (which sends its source text to the page): nothing outside it.
 */

export interface ContrastOptions {
  /** Prefixed to every problem: the state and theme checked. */
  label: string;
  /** Text (WCAG 1.4.3). */
  text?: number;
  /** Text of 24 px, or 18.66 px bold, and larger. */
  largeText?: number;
  /** Icons, rings and thumbs (WCAG 1.4.11). */
  graphics?: number;
}

export interface ContrastReport {
  /** One line per shortfall: what, the ratio, the colours. */
  problems: string[];
  /** How much was looked at, so a test can tell that it looked. */
  checked: { text: number; graphics: number; rings: number };
}

export function contrastProblems(player: Element, options: ContrastOptions): ContrastReport {
  type Rgba = [number, number, number, number];
  const minText = options.text ?? 4.5;
  const minLargeText = options.largeText ?? 3;
  const minGraphics = options.graphics ?? 3;
  const problems: string[] = [];
  const checked = { text: 0, graphics: 0, rings: 0 };

  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const paint = canvas.getContext('2d', { willReadFrequently: true })!;
  const painted = new Map<string, Rgba>();
  /** Any CSS colour as sRGB 0–255 with alpha 0–1, as the engine paints it. */
  const rgba = (colour: string): Rgba => {
    let known = painted.get(colour);
    if (!known) {
      paint.clearRect(0, 0, 1, 1);
      paint.fillStyle = 'transparent';
      paint.fillStyle = colour;
      paint.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = paint.getImageData(0, 0, 1, 1).data;
      known = [r!, g!, b!, a! / 255];
      painted.set(colour, known);
    }
    return known;
  };
  /** `top` painted over the opaque `bottom`. */
  const over = (top: Rgba, bottom: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + bottom[i]! * (1 - top[3])).concat(1) as Rgba;
  const luminance = ([r, g, b]: Rgba) => {
    const [lr, lg, lb] = [r, g, b].map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
  };
  const contrast = (a: Rgba, b: Rgba) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  const hex = ([r, g, b]: Rgba) => `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

  /** The parent, crossing out of a shadow root to its host. */
  const parentOf = (element: Element): Element | null =>
    element.parentElement ?? (element.parentNode instanceof ShadowRoot ? element.parentNode.host : null);

  const backgrounds = new Map<Element, Rgba>();
  /** What is painted behind `element`'s content: its background over its ancestors', down to an opaque one (else white). */
  const backgroundOf = (element: Element): Rgba => {
    let known = backgrounds.get(element);
    if (!known) {
      const layer = rgba(getComputedStyle(element).backgroundColor);
      const parent = parentOf(element);
      known = over(layer, layer[3] === 1 || !parent ? [255, 255, 255, 1] : backgroundOf(parent));
      backgrounds.set(element, known);
    }
    return known;
  };
  /** The opacity `element` is drawn at, up to the player. */
  const opacityOf = (element: Element): number => {
    let opacity = 1;
    for (let node: Element | null = element; node && node !== parentOf(player); node = parentOf(node)) {
      opacity *= Number(getComputedStyle(node).opacity);
    }
    return opacity;
  };
  const shown = (element: Element): boolean => {
    const box = element.getBoundingClientRect();
    // 1 px or less: text for screen readers only (clipped out of sight).
    if (box.width <= 1 || box.height <= 1) return false;
    return element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const describe = (element: Element): string => {
    const host = (element.getRootNode() as ShadowRoot).host;
    const part = element.getAttribute('part');
    const where = `${element.localName}${part ? `[part="${part}"]` : element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
    return `${host && host !== player ? `${host.localName} > ` : ''}${where}${text ? ` "${text.length > 30 ? `${text.slice(0, 30)}…` : text}"` : ''}`;
  };
  const check = (what: string, colour: Rgba, background: Rgba, minimum: number) => {
    const drawn = over(colour, background);
    const ratio = contrast(drawn, background);
    if (ratio < minimum - 0.005)
      problems.push(`${options.label}: ${what}: ${ratio.toFixed(2)}:1, under ${minimum}:1 (${hex(drawn)} on ${hex(background)})`);
  };
  const colourOf = (element: Element, pseudo?: string): Rgba => {
    const [r, g, b, a] = rgba(getComputedStyle(element, pseudo).color);
    return [r, g, b, a * opacityOf(element)];
  };
  const disabled = (element: Element) => element.closest(':disabled') !== null;
  const hasOwnText = (element: Element) =>
    [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');

  const elements: Element[] = [];
  const collect = (root: ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      elements.push(element);
      if (element.shadowRoot) collect(element.shadowRoot);
    }
  };
  if (player.shadowRoot) collect(player.shadowRoot);

  for (const element of elements) {
    if (disabled(element) || ['style', 'script', 'template', 'option', 'optgroup', 'slot'].includes(element.localName)) continue;
    const inSvg = element.closest('svg');
    if (element.localName === 'svg') {
      if (!shown(element)) continue;
      checked.graphics++;
      check(`icon in ${describe(parentOf(element)!)}`, colourOf(element), backgroundOf(element), minGraphics);
      continue;
    }
    if (inSvg) continue;
    const isInput = element.localName === 'input';
    const isRange = isInput && (element as HTMLInputElement).type === 'range';
    let textColour: Rgba | undefined;
    if (isRange) {
      if (!shown(element)) continue;
      checked.graphics++;
      check(`thumb of ${describe(element)}`, rgba(getComputedStyle(element).accentColor), backgroundOf(element), minGraphics);
      continue;
    } else if (isInput || element.localName === 'textarea') {
      const field = element as HTMLInputElement;
      if (field.value) textColour = colourOf(element);
      else if (field.placeholder) textColour = colourOf(element, '::placeholder');
    } else if (element.localName === 'select' || hasOwnText(element)) {
      textColour = colourOf(element);
    }
    if (!textColour || !shown(element)) continue;
    const style = getComputedStyle(element);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    checked.text++;
    check(`text of ${describe(element)}`, textColour, backgroundOf(element), large ? minLargeText : minText);
  }

  // The keyboard focus ring, where focus is in the player.
  let focused: Element | null = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  const inPlayer = (element: Element) => {
    for (let node: Element | null = element; node; node = parentOf(node)) if (node === player) return true;
    return false;
  };
  if (focused && focused !== player && inPlayer(focused) && focused.matches(':focus-visible')) {
    const style = getComputedStyle(focused);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) {
      // A ring drawn inside the control sits on its background; outside, on its parent's.
      const behind = parseFloat(style.outlineOffset) < 0 ? backgroundOf(focused) : backgroundOf(parentOf(focused)!);
      checked.rings++;
      check(`focus ring of ${describe(focused)}`, rgba(style.outlineColor), behind, minGraphics);
    } else if (style.boxShadow === 'none') {
      problems.push(`${options.label}: ${describe(focused)} has keyboard focus and no ring`);
    }
  }
  // The current search match is told from the others by its ring, drawn on the line around it.
  for (const mark of elements.filter(
    (element) => element.localName === 'mark' && element.classList.contains('current') && shown(element),
  )) {
    const style = getComputedStyle(mark);
    if (style.outlineStyle === 'none') continue;
    checked.rings++;
    check(`ring of the current match ${describe(mark)}`, rgba(style.outlineColor), backgroundOf(parentOf(mark)!), minGraphics);
  }
  return { problems, checked };
}
