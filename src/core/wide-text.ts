/**
 * Text that was decoded as UTF-8 although its bytes were UTF-16 or UTF-32 — a page that
 * read a Windows tool's file with `response.text()` and handed the string over: every
 * ASCII character comes with one or three zero characters, and the byte-order mark is
 * two replacement characters. Dropping those gives back ASCII text (other characters
 * stay replaced). A real transcript never has that many zeros, so others pass unchanged.
 */
export function repairWideText(text: string): string {
  const sample = text.slice(0, 400);
  if (sample.length < 8) return text;
  let zeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) zeros++;
  if (zeros < sample.length / 3) return text;
  return text.replace(/\0/g, '').replace(/^\uFFFD{1,2}/, '');
}
