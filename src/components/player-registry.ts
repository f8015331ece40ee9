/**
 * The players on the page, so that starting one pauses the others: two episodes talking
 * over each other is never what the listener wants. Module-level because the page
 * defines the element once, so every player shares this module.
 */

export interface Pausable {
  pause(): void;
}

const players = new Set<Pausable>();

/** On connect. */
export function register(player: Pausable): void {
  players.add(player);
}

/** On disconnect, so a removed player is neither paused nor kept alive by the registry. */
export function unregister(player: Pausable): void {
  players.delete(player);
}

/** When `player` starts: every other registered player pauses. */
export function playing(player: Pausable): void {
  // A copy: a pause handler may unregister (remove its element).
  for (const other of [...players]) {
    if (other === player) continue;
    try {
      other.pause();
    } catch {
      // One broken player must not keep the rest playing.
    }
  }
}
