// The package as npm publishes it: `npm pack` of this checkout (after `npm run build`), and
// that tarball installed into a project of its own, as a site's `npm install` leaves it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');

export interface Packed {
  /** The .tgz file. */
  tarball: string;
  /** Every path in it, relative to the package folder. */
  files: string[];
}

/** `npm pack` into `folder`, without lifecycle scripts (the build is `npm run build`'s job). */
export function pack(folder: string): Packed {
  assert.ok(existsSync(join(root, 'dist', 'transcript-player.js')), 'dist/ is missing: run `npm run build` first');
  const run = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', folder], root);
  const [report] = JSON.parse(run.stdout) as [{ filename: string; files: { path: string }[] }];
  return { tarball: join(folder, report.filename), files: report.files.map((file) => file.path).sort() };
}

/**
 * A project in `folder` that installs the tarball with npm, its dependencies from npm's
 * cache when it has them (`--prefer-offline`), so what the package declares is all it gets.
 * `linked` packages (a framework, its compiler) are then linked in from this checkout's
 * node_modules, to test against without fetching them again.
 */
export function installInto(folder: string, tarball: string, linked: readonly string[]): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball], folder);
  for (const name of linked) {
    const target = join(folder, 'node_modules', name);
    if (existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), target, 'dir');
  }
}

export function npm(args: string[], cwd: string): { stdout: string; stderr: string } {
  const run = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  assert.equal(run.status, 0, `npm ${args.join(' ')} failed:\n${run.stderr}`);
  return { stdout: run.stdout, stderr: run.stderr };
}
