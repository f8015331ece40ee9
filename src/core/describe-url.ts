/**
 * A file as a person names it in a message: its file name, not the whole URL. Unquoted:
 * each language quotes it its own way ("ep.vtt", „ep.vtt“). Relative URLs are read against
 * the page's address where there is a page.
 */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url, globalThis.document?.baseURI);
    const file = parsed.pathname.split('/').pop();
    return decodeURIComponent(file || parsed.href);
  } catch {
    return url;
  }
}
