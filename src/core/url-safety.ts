/**
 * Every image and link read from a file passes through here: files come from any feed on
 * the web, and a `javascript:` link or an HTML `data:` URL would run in the host page.
 */

const IMAGE_DATA_URL = /^data:image\/(?:png|jpeg|gif|webp|avif)[;,]/i;

function resolve(raw: unknown, base?: string): URL | undefined {
  if (typeof raw !== 'string') return undefined;
  // Podverse does the same: publishers paste file names with spaces into chapter files.
  const text = raw.trim().replace(/ /g, '%20');
  if (text === '') return undefined;
  let baseUrl: URL | undefined;
  try {
    baseUrl = base ? new URL(base) : undefined;
  } catch {
    baseUrl = undefined;
  }
  try {
    return new URL(text, baseUrl);
  } catch {
    return undefined;
  }
}

const isWeb = (url: URL | undefined): url is URL => url?.protocol === 'http:' || url?.protocol === 'https:';

/** An absolute `http(s):` URL, resolved against `base`, or `undefined`. */
export function safeLinkUrl(raw: unknown, base?: string): string | undefined {
  const url = resolve(raw, base);
  return isWeb(url) ? url.href : undefined;
}

/** An absolute `http(s):` URL or a raster `data:image/…` URL, or `undefined` (SVG can hold script). */
export function safeImageUrl(raw: unknown, base?: string): string | undefined {
  if (typeof raw === 'string' && IMAGE_DATA_URL.test(raw.trim())) return raw.replace(/\s+/g, '');
  const url = resolve(raw, base);
  return isWeb(url) ? url.href : undefined;
}
