// Howler's core build has the same API as the package entry, without the spatial plugin.
declare module 'howler/src/howler.core.js' {
  import * as howler from 'howler';
  const core: typeof howler;
  export default core;
}
