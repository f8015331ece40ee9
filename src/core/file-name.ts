/**
 * A file name made from an episode title, safe on every system a listener saves to:
 * letters and digits of any script are kept (`Folge 12 – Über Sora` stays readable), quotes
 * are dropped (`Sora's` → `Soras`), and every other run of characters — path separators,
 * `<>:"|?*`, control characters, spaces — becomes one `-`. Windows' reserved device names
 * (`CON`, `NUL`, `COM1`, …) get a `_` after them; the length is capped so the extension fits.
 */

const MAX_LENGTH = 80;
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function fileNameFor(title: string | undefined, fallback = 'transcript'): string {
  if (!title) return fallback;
  // A title of printable ASCII gets the same name without the Unicode classes: compiling
  // them took a page's first render two milliseconds, for a link's name.
  const name = (
    PRINTABLE_ASCII.test(title)
      ? title.replace(/['`"]/g, '').replace(/[^a-zA-Z0-9]+/g, '-')
      : title
          .normalize('NFC')
          .replace(/['’`"“”‘]/g, '')
          .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
  ).replace(/^-+|-+$/g, '');
  const cut = [...name].slice(0, MAX_LENGTH).join('').replace(/-+$/, '');
  if (!cut) return fallback;
  return RESERVED.test(cut) ? `${cut}_` : cut;
}
