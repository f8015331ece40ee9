// Order matters: page-globals must run before Howler's module so it can undo its globals.
import { restorePageGlobals } from './page-globals.js';
// Howler ships as CommonJS; the default import is the one form that works both in Vite
// builds and in the test runner's CommonJS plugin. The core file leaves out the spatial
// audio plugin (about 2 KB gzip) that a podcast player never uses.
import howler from 'howler/src/howler.core.js';

restorePageGlobals();

export const { Howl, Howler } = howler;
export type HowlInstance = InstanceType<typeof Howl>;
