import type { ReactiveControllerHost } from 'lit';
import type { Strings } from '../i18n/en.js';
import { copyText, shareUrl } from './share-link.js';

/** "Copy link to this moment" and to a quote: copies the page's address with `#t=`, and says what happened. */
export class ShareController {
  /** What sharing last did, for a live region. */
  status = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly strings: () => Strings,
  ) {}

  async share(start: number, end?: number): Promise<void> {
    const link = shareUrl(location.href, start, end, this.host.id || undefined);
    const copied = await copyText(link);
    this.status = copied ? this.strings().linkCopied : this.strings().linkNotCopied(link);
    this.host.requestUpdate();
  }
}
