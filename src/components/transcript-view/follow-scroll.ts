/**
 * Scrolls `panel` (and only the panel: `scrollIntoView` would also scroll the host
 * page) so `line` sits in the upper third. With `onlyIfOutside`, lines already inside a
 * comfortable band are left where they are, so following does not jiggle every line.
 */
export function scrollLineIntoPanel(panel: HTMLElement, line: HTMLElement, onlyIfOutside: boolean): void {
  const panelBox = panel.getBoundingClientRect();
  const lineBox = line.getBoundingClientRect();
  const top = lineBox.top - panelBox.top;
  if (onlyIfOutside && top >= panelBox.height * 0.1 && top + lineBox.height <= panelBox.height * 0.75) return;
  const target = panel.scrollTop + top - panelBox.height / 3;
  // A long jump is made at once: gliding past hundreds of lines helps no reader, and would
  // render every block of a long transcript on the way.
  const far = Math.abs(target - panel.scrollTop) > panelBox.height * 2;
  panel.scrollTo({ top: Math.max(0, target), behavior: far || prefersReducedMotion() ? 'auto' : 'smooth' });
}

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
