// `npm run test:package`: the tests of what the package publishes. Those on the sources
// (custom-elements.json fresh and complete, README's TypeScript compiles) run before the
// build in `npm test`, since the build rewrites custom-elements.json; those on the built
// files after it: the `podcast-transcript-player/core` subpath, the packed tarball's contents and
// `npm publish --dry-run`, and React, Vue and Svelte projects compiled against the
// installed tarball.
import { spawnSync } from 'node:child_process';

export const SOURCE_TESTS = ['test/package/custom-elements-manifest.test.ts', 'test/package/readme-typescript.test.ts'];
export const BUILD_TESTS = [
  'test/package/core-subpath.test.ts',
  'test/package/package-contents.test.ts',
  'test/package/framework-consumers.test.ts',
  'test/package/server-rendering.test.ts',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = spawnSync('node', ['--import', 'tsx', '--test', ...process.argv.slice(2), ...SOURCE_TESTS, ...BUILD_TESTS], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
