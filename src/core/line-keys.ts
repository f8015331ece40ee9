/** Lines a Page Up / Page Down moves through the transcript. */
export const LINES_PER_PAGE = 10;

/**
 * The line focus moves to from line `index` of `count` when the reader presses `key`
 * (arrows, Home, End, Page Up/Down), kept within the transcript; undefined for any other key.
 */
export function lineForKey(key: string, index: number, count: number): number | undefined {
  const moves: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    Home: 0,
    End: count - 1,
    PageDown: index + LINES_PER_PAGE,
    PageUp: index - LINES_PER_PAGE,
  };
  const target = Object.hasOwn(moves, key) ? moves[key] : undefined;
  return target === undefined || count === 0 ? undefined : Math.max(0, Math.min(count - 1, target));
}
