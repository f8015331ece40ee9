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
 * pointer or focus comes to the share button (`prepareSharing`), so a click nearly always
 * finds it here and copies at once. A click that comes before it (a script's, or a tap on a
 * slow line) hands the clipboard the link still on its way, inside the click: Safari refuses
 * a write made after a wait, and a `ClipboardItem` may hold a promise.
 */
export class ShareController {
  /** What sharing last did, for a live region. */
  status = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly strings: () => Strings,
  ) {}

  share(start: number, end?: number): void {
    const linkOf = ({ shareUrl }: LazyModules['share']) => shareUrl(location.href, start, end, this.host.id || undefined);
    const sharing = loadedModule('share');
    if (sharing) {
      const link = linkOf(sharing);
      return void sharing.copyText(link).then((copied) => this.said(copied, link));
    }
    const arriving = loadModule('share');
    const link = arriving.then(linkOf);
    const copied = canWriteLater() ? writeLater(link) : arriving.then(({ copyText }) => link.then(copyText));
    Promise.all([link, copied]).then(
      ([made, done]) => this.said(done, made),
      (error: unknown) => this.say(moduleFailure(this.strings(), error)),
    );
  }

  private said(copied: boolean, link: string): void {
    this.say(copied ? this.strings().linkCopied : this.strings().linkNotCopied(link));
  }

  private say(status: string): void {
    this.status = status;
    this.host.requestUpdate();
  }
}

const canWriteLater = (): boolean => typeof ClipboardItem === 'function' && typeof navigator.clipboard?.write === 'function';

/** Writes text that is still being made, from inside the click that asked for it. */
function writeLater(text: Promise<string>): Promise<boolean> {
  const blob = text.then((made) => new Blob([made], { type: 'text/plain' }));
  blob.catch(() => undefined);
  return navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]).then(
    () => true,
    () => false,
  );
}
