import type { ReactiveControllerHost } from 'lit';
import type { Strings } from '../i18n/en.js';
import { loadedModule, loadModule } from '../lazy.js';
import type { LazyModules } from '../lazy-modules.js';
import { moduleFailure } from './module-failure.js';

/** The listener may share soon (the pointer or focus is on the share button): fetch what sharing needs. */
export const prepareSharing = (): void => void loadModule('share').catch(() => undefined);

/**
 * "Copy link to this moment" and to a quote: copies the page's address with `#t=`, and says
 * what happened. The link maker is a file loaded on use (`sharing.ts`), fetched when the
 * pointer or focus comes to the share button (`prepareSharing`), so the click finds it here and
 * copies in its own task. A click before it (a script's) copies once it arrives: within the
 * moment browsers give a click to use the clipboard (5 s), and said in the status if refused.
 */
export class ShareController {
  /** What sharing last did, for a live region. */
  status = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly strings: () => Strings,
  ) {}

  share(start: number, end?: number): void {
    const sharing = loadedModule('share');
    if (sharing) return void this.copy(sharing, start, end);
    loadModule('share').then(
      (arrived) => this.copy(arrived, start, end),
      (error: unknown) => this.say(moduleFailure(this.strings(), error)),
    );
  }

  private async copy({ copyText, shareUrl }: LazyModules['share'], start: number, end?: number): Promise<void> {
    const link = shareUrl(location.href, start, end, this.host.id || undefined);
    const copied = await copyText(link);
    this.say(copied ? this.strings().linkCopied : this.strings().linkNotCopied(link));
  }

  private say(status: string): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
