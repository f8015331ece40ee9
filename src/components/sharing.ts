/**
 * What sharing needs once a listener asks, as one file loaded on use (`lazy-modules.ts`):
 * the `#t=` link and the clipboard (the share button, `share-controller.ts`), and which lines
 * a selection in the transcript covers (the quote link, `quote-selection.ts`). Together,
 * because a quote is always shared: its reader would fetch the link maker right after.
 */
export { copyText, shareUrl } from './share-link.js';
export { selectedSpan } from './transcript-view/selected-span.js';
