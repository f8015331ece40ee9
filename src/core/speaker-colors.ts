/**
 * A colour per speaker, stable for the episode (by order of first appearance). Each
 * palette entry reaches 4.5:1 contrast as text on the player's light background, and its
 * pair on the dark one; the palette is checked by a unit test.
 */
export const SPEAKER_PALETTE_LIGHT = ['#1f5fbf', '#a1330f', '#1d6e3a', '#7a3aa8', '#8a5a00', '#0f6b72'];
export const SPEAKER_PALETTE_DARK = ['#8ab8ff', '#ffa285', '#7fd69a', '#d3a6ff', '#f2c266', '#6fd3dc'];

/** Speaker name → palette slot, in order of first appearance. */
export function assignSpeakerSlots(speakers: Iterable<string | undefined>): Map<string, number> {
  const slots = new Map<string, number>();
  for (const speaker of speakers) {
    if (speaker && !slots.has(speaker)) slots.set(speaker, slots.size % SPEAKER_PALETTE_LIGHT.length);
  }
  return slots;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
