/**
 * Howler writes `Howler`, `Howl`, `HowlerGlobal` and `Sound` onto `window` when it loads.
 * A page may have its own (another Howler version, or anything called `Sound`), so we
 * remember them before Howler's module runs and put them back after.
 */
const NAMES = ['Howler', 'Howl', 'HowlerGlobal', 'Sound'] as const;
type Globals = Record<(typeof NAMES)[number], unknown>;

const page = globalThis as unknown as Partial<Globals>;
const saved = NAMES.map((name) => [name, Object.prototype.hasOwnProperty.call(page, name), page[name]] as const);

export function restorePageGlobals(): void {
  for (const [name, had, value] of saved) {
    if (had) page[name] = value;
    else delete page[name];
  }
}
