/** Puts an element on the page for one test; it leaves the page after that test. */
export function mount<T extends Element>(element: T, parent: ParentNode = document.body): T {
  parent.append(element);
  mounted.push(element);
  return element;
}

const mounted: Element[] = [];

afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});
