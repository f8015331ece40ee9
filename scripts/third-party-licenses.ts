// The script-tag build carries Lit (BSD-3-Clause) and howler.js (MIT) inside it, minified,
// and minifying drops their notices, which both licenses ask copies to keep. This Vite
// plugin writes `<file>.LICENSE.txt` beside each output file with the license of every
// package bundled into it (read from the modules the bundle is made of, so a new
// dependency is listed without anyone remembering to), and starts the file with a one-line
// pointer to it, as webpack's license extraction does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const PACKAGE = /^(.*[/\\]node_modules[/\\](?:@[^/\\]+[/\\])?[^/\\]+)[/\\]/;

export function thirdPartyLicenses(): Plugin {
  return {
    name: 'transcript-player:third-party-licenses',
    apply: 'build',
    // `postBanner` is added after minification (which would drop the comment), and the
    // bundler keeps the source map in step with the added line. Files with no bundled
    // package get no banner: `undefined`, since even '' would add an empty first line.
    outputOptions(options) {
      return {
        ...options,
        postBanner: (chunk) =>
          packageFolders(chunk.moduleIds).size > 0
            ? `/*! For license information please see ${licenseFile(chunk.fileName)} */`
            : (undefined as unknown as string),
      };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const folders = packageFolders(chunk.moduleIds);
        if (folders.size === 0) continue;
        const own = readFileSync('LICENSE', 'utf8').trim();
        const notices = [...folders].map(notice).sort();
        this.emitFile({
          type: 'asset',
          fileName: `${chunk.fileName}.LICENSE.txt`,
          source: `transcript-player: MIT\n\n${own}\n\n\nThis file also contains:\n\n${notices.join('\n\n\n')}\n`,
        });
      }
    },
  };
}

/** The node_modules folders of the packages whose modules are in a chunk. */
function packageFolders(moduleIds: readonly string[]): Set<string> {
  return new Set(moduleIds.map((id) => PACKAGE.exec(id)?.[1]).filter((folder) => folder !== undefined));
}

/** The license file's name, as the output file beside it refers to it. */
function licenseFile(fileName: string): string {
  return `${fileName.split('/').pop()!}.LICENSE.txt`;
}

function notice(folder: string): string {
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
  const file = readdirSync(folder).find((name) => /^licen[cs]e(\.(md|txt))?$/i.test(name));
  if (!file) throw new Error(`${manifest.name} has no license file to keep with the bundle`);
  return `${manifest.name} ${manifest.version}: ${manifest.license ?? 'see below'}\n\n${readFileSync(join(folder, file), 'utf8').trim()}`;
}
