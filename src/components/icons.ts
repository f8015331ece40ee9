import { svg } from 'lit';

/**
 * 24×24 icon paths, drawn in currentColor so they follow the theme and forced colours.
 * Elements are closed with end tags, not `/>`: the build's template minifier drops the slash
 * in an `svg` fragment, and the next element (the skip icons' numbers, the pause icon's
 * second bar) or a server-rendered marker would end up inside the one before.
 */
const icon = (path: ReturnType<typeof svg>, size = 24) =>
  svg`<svg viewBox="0 0 24 24" width=${size} height=${size} aria-hidden="true" focusable="false" fill="currentColor">${path}</svg>`;

export const playIcon = icon(svg`<path d="M8 5.5v13a1 1 0 0 0 1.5.86l10.2-6.5a1 1 0 0 0 0-1.72L9.5 4.64A1 1 0 0 0 8 5.5Z"></path>`);
export const pauseIcon = icon(
  svg`<rect x="6" y="5" width="4.5" height="14" rx="1"></rect><rect x="13.5" y="5" width="4.5" height="14" rx="1"></rect>`,
);
/** An open ring, turned by the styles while the audio is on its way (still under reduced motion). */
export const loadingIcon = icon(svg`<path d="M12 3a9 9 0 1 0 9 9h-2.25A6.75 6.75 0 1 1 12 5.25V3Z"></path>`);
export const skipBackIcon = icon(
  svg`<path d="M12 5V2L7 6l5 4V7a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8Z"></path><text x="12" y="16.5" font-size="7" text-anchor="middle" font-family="sans-serif" font-weight="700">15</text>`,
);
export const skipForwardIcon = icon(
  svg`<path d="M12 5V2l5 4-5 4V7a6 6 0 1 0 6 6h2a8 8 0 1 1-8-8Z"></path><text x="12" y="16.5" font-size="7" text-anchor="middle" font-family="sans-serif" font-weight="700">30</text>`,
);
export const linkIcon = icon(
  svg`<path d="M14 3h7v7h-2V6.4l-9.3 9.3-1.4-1.4L17.6 5H14V3ZM5 5h6v2H5v12h12v-6h2v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Z"></path>`,
  16,
);
