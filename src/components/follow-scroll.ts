/**
 * Scrolls `panel` (and only the panel: `scrollIntoView` would also scroll the host
 * page) so `line` sits in the upper third, when it is outside a comfortable band.
 */
export function followLine(panel: HTMLElement, line: HTMLElement): void {
  const panelBox = panel.getBoundingClientRect();
  const lineBox = line.getBoundingClientRect();
  const top = lineBox.top - panelBox.top;
  const bandTop = panelBox.height * 0.1;
  const bandBottom = panelBox.height * 0.75;
  if (top >= bandTop && top + lineBox.height <= bandBottom) return;
  const target = panel.scrollTop + top - panelBox.height / 3;
  panel.scrollTo({ top: Math.max(0, target), behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
