/** A file as a person names it in a message: its quoted file name, not the whole URL. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url, globalThis.document?.baseURI);
    const file = parsed.pathname.split('/').pop();
    return `"${decodeURIComponent(file || parsed.href)}"`;
  } catch {
    return `"${url}"`;
  }
}
