// `npm run test:core`: every core test file under test/core (Node 20's test runner takes
// no glob of its own, and a shell's `**` reaches one folder deep without globstar).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function coreTestFiles(root = 'test/core') {
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join(root, file))
    .sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = spawnSync('node', ['--import', 'tsx', '--test', ...process.argv.slice(2), ...coreTestFiles()], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
