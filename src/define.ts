/**
 * Registers an element unless the name is taken, so loading the script twice on one
 * page (two embeds, a CMS plugin and a theme) is harmless instead of a crash.
 */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
