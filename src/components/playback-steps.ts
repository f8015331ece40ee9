/** How far the skip buttons, keys and lock-screen actions jump, and the speeds offered. */
export const SKIP_BACK_SECONDS = 15;
export const SKIP_FORWARD_SECONDS = 30;
export const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
