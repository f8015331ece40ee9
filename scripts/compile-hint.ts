// Nearly three quarters of the script-tag file runs before a listener does anything (the
// element, its parsers, its first render), yet V8 compiles each function lazily on the main
// thread the first time it is called: about 35 ms of the 3-hour bench page's load. The magic
// comment `//# allFunctionsCalledOnLoad` asks Chromium (136 and later) to compile the whole
// file eagerly on the thread that streams the script in. Other engines ignore the comment.
// It must come first, before the functions it covers, so it goes ahead of any other banner.
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function compileHint(): Plugin {
  return {
    name: 'transcript-player:compile-hint',
    apply: 'build',
    enforce: 'post',
    outputOptions(options) {
      const previous = options.postBanner;
      return {
        ...options,
        postBanner: async (chunk) => {
          const rest = typeof previous === 'function' ? await previous(chunk) : previous;
          return rest ? `${COMPILE_HINT}\n${rest}` : COMPILE_HINT;
        },
      };
    },
  };
}
