import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import range from 'koa-range';
import { existsSync } from 'node:fs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { testRoutes } from './test/server/test-routes.mjs';

const commonjs = fromRollup(rollupCommonjs);
const executablePath = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default {
  files: 'test/components/**/*.test.ts',
  nodeResolve: true,
  // HTML5 audio seeks with HTTP Range requests; without them every seek restarts at 0.
  middleware: [testRoutes, range],
  plugins: [
    commonjs({ include: ['**/node_modules/howler/**'] }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  // One page at a time: Chrome defers media loading in background tabs, so a second
  // concurrent test page would wait for audio that never loads.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter('browser')],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--autoplay-policy=no-user-gesture-required',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-gpu',
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
        ],
      },
    }),
  ],
};
