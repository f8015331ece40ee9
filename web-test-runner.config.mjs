import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import range from 'koa-range';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { detectEngines, launcherFor, requestedEngines } from './scripts/wtr-browsers.mjs';
import { testRoutes } from './test/server/test-routes.mjs';
import { reactBundle } from './test/server/react-bundle.mjs';
import { wheelCommand } from './test/server/wheel-command.mjs';

const commonjs = fromRollup(rollupCommonjs);

// Chromium, Firefox and WebKit, each where installed; BROWSERS=firefox (or a list) runs fewer.
const requested = requestedEngines();
const engines = detectEngines().filter((engine) => requested.includes(engine.name));
const missing = engines.filter((engine) => !engine.available);
const running = engines.filter((engine) => engine.available);
for (const engine of missing) {
  console.log(`browser tests: skipping ${engine.name}: ${engine.reason}. Install: ${engine.install}`);
}
if (running.length === 0) {
  throw new Error(`None of the browsers asked for (${requested.join(', ')}) is installed here.`);
}
console.log(`browser tests: running in ${running.map((engine) => engine.name).join(', ')}`);

export default {
  files: 'test/components/**/*.test.ts',
  nodeResolve: true,
  // HTML5 audio seeks with HTTP Range requests; without them every seek restarts at 0.
  middleware: [testRoutes, range],
  plugins: [
    // React as ES modules, for the React component's tests (test/server/react-bundle.mjs).
    reactBundle(),
    commonjs({ include: ['**/node_modules/howler/**'] }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // A real mouse-wheel turn for the follow-mode tests (puppeteer-driven browsers).
    wheelCommand(),
  ],
  // One page at a time, one browser at a time: Chrome defers media loading in background
  // tabs, so a second concurrent test page would wait for audio that never loads, and the
  // timing tests (playback speed) need the machine's two cores to themselves.
  concurrency: 1,
  concurrentBrowsers: 1,
  // Firefox and WebKit take a few seconds to start on a small machine.
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter(process.env.WTR_COUNTS_NAME || 'browser')],
  browsers: running.map(launcherFor),
};
