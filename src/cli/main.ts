/**
 * `npx podcast-transcript-player <command>`: the command line, for sites that prepare episodes at
 * build time. Built into dist/cli/ as Node ESM (see vite.config.ts, mode `cli`).
 */
import { readFile } from 'node:fs/promises';
import { runCli } from './run-cli.js';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`transcript-player: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
