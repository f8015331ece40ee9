import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadedModule, loadModule } from '../lazy.js';
import type { LazyModules, LazyName } from '../lazy-modules.js';

/**
 * A module a part renders with, imported the first time the part asks for it (`module`);
 * the part updates again when it arrives. A part whose `updateComplete` should include it
 * awaits `settled`.
 */
export class LazyModuleController<Name extends LazyName> implements ReactiveController {
  private pending: Promise<unknown> | undefined;
  /** The import failed: asked for again only by a new `retry()`. */
  failed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly name: Name,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The module once it has arrived; until then undefined, and the first ask starts the import. */
  get module(): LazyModules[Name] | undefined {
    const module = loadedModule(this.name);
    if (!module && !this.pending && !this.failed) {
      this.pending = loadModule(this.name).then(
        () => {
          this.pending = undefined;
          this.host.requestUpdate();
        },
        () => {
          this.pending = undefined;
          this.failed = true;
          this.host.requestUpdate();
        },
      );
    }
    return module;
  }

  /** Settles once an import that was asked for has arrived (or failed). */
  get settled(): Promise<unknown> {
    return this.pending ?? Promise.resolve();
  }
}
