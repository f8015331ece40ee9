import { importModule, type LazyModules, type LazyName } from './lazy-modules.js';

const loading = new Map<LazyName, Promise<unknown>>();
const loaded = new Map<LazyName, unknown>();

/**
 * A module of `lazy-modules.ts`, imported once for the page. One that could not be fetched
 * is asked for again next time.
 */
export function loadModule<Name extends LazyName>(name: Name): Promise<LazyModules[Name]> {
  let module = loading.get(name) as Promise<LazyModules[Name]> | undefined;
  if (!module) {
    module = importModule(name).then((imported) => {
      loaded.set(name, imported);
      return imported;
    });
    module.catch(() => loading.delete(name));
    loading.set(name, module);
  }
  return module;
}

/** The module if it has arrived, for code that works without waiting once it has. */
export function loadedModule<Name extends LazyName>(name: Name): LazyModules[Name] | undefined {
  return loaded.get(name) as LazyModules[Name] | undefined;
}
