/**
 * Until the player's first render, the episode written in the page under the element
 * stays in view through a slot: the shadow root exists from the moment the element
 * connects, and the first render waits for the markup's reader, which may still be on its
 * way. `keepIn` the new render root, `release` at the first update.
 */
export class PageMarkupSlot {
  private readonly slot = globalThis.document?.createElement('slot');

  keepIn<Root extends HTMLElement | DocumentFragment>(root: Root): Root {
    if (root instanceof ShadowRoot && !root.firstChild && this.slot) root.append(this.slot);
    return root;
  }

  release(): void {
    this.slot?.remove();
  }
}
