/**
 * Screenshots compared with committed baselines (test/screenshots/baselines/<name>.png) by
 * pixelmatch, and the update that rewrites them (`npm run test:screenshots:update`).
 *
 * Two screenshots are the same when at most MAX_DIFFERENT_PIXELS pixels differ by more than
 * THRESHOLD, not counting the pixels pixelmatch recognises as anti-aliasing (the edges of
 * glyphs and curves, which move by a shade when a layout moves by a fraction of a pixel).
 * A change a listener can see — a colour, a ring, a line of text, a box one pixel wider —
 * changes hundreds of pixels, so the count stays small.
 *
 * When a screenshot differs, its actual image and a diff (changed pixels red, anti-aliasing
 * yellow, over a faded copy of the baseline) are written to .test-results/screenshots/,
 * with an index.html showing baseline, actual and diff side by side. An update rewrites only
 * the baselines that differ (within the tolerance they are left alone, so an update run twice
 * changes nothing) and keeps the old image and the diff there for a look before committing.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Per pixel: the largest colour distance (pixelmatch's, 0–1) still counted as equal. */
export const THRESHOLD = 0.1;
/** Per screenshot: how many pixels may differ beyond THRESHOLD (anti-aliasing not counted). */
export const MAX_DIFFERENT_PIXELS = 8;

export interface Comparison {
  name: string;
  status: 'same' | 'different' | 'new' | 'written' | 'updated';
  /** Pixels beyond the threshold, or -1 when the sizes differ or there was no baseline. */
  differentPixels: number;
  /** What a person reads: the counts and the files to look at. */
  detail: string;
}

export class Baselines {
  readonly compared: Comparison[] = [];
  private readonly names = new Set<string>();

  /**
   * @param dir the committed baselines
   * @param outDir where actual images and diffs go (git-ignored)
   * @param update write the baselines that are missing or differ, instead of failing
   * @param browser the browser's name and version, kept beside the baselines
   */
  constructor(
    readonly root: string,
    readonly dir: string,
    readonly outDir: string,
    readonly update: boolean,
    readonly browser: string,
  ) {
    rmSync(outDir, { recursive: true, force: true });
  }

  /** Compares a screenshot (PNG bytes) with the baseline of that name, or writes the baseline under `update`. */
  check(name: string, png: Buffer): Comparison {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`a screenshot name must be lower-case words joined by "-": "${name}"`);
    if (this.names.has(name)) throw new Error(`two screenshots are named "${name}"`);
    this.names.add(name);
    const baselineFile = join(this.dir, `${name}.png`);
    const actual = PNG.sync.read(png);
    const show = (file: string) => relative(this.root, file);
    let comparison: Comparison;
    if (!existsSync(baselineFile)) {
      if (this.update) {
        this.write(baselineFile, png);
        comparison = { name, status: 'written', differentPixels: -1, detail: `new baseline ${show(baselineFile)}` };
      } else {
        const actualFile = this.keep(`${name}.actual.png`, png);
        comparison = {
          name,
          status: 'new',
          differentPixels: -1,
          detail: `no baseline ${show(baselineFile)} yet; actual ${show(actualFile)}`,
        };
      }
    } else {
      const baselinePng = readFileSync(baselineFile);
      const baseline = PNG.sync.read(baselinePng);
      const sizes = `${baseline.width}×${baseline.height} px`;
      let differentPixels = -1;
      let diffFile: string | undefined;
      if (baseline.width === actual.width && baseline.height === actual.height) {
        const diff = new PNG({ width: actual.width, height: actual.height });
        differentPixels = pixelmatch(baseline.data, actual.data, diff.data, actual.width, actual.height, { threshold: THRESHOLD });
        if (differentPixels > MAX_DIFFERENT_PIXELS) diffFile = this.keep(`${name}.diff.png`, PNG.sync.write(diff));
      }
      const what =
        differentPixels < 0
          ? `the size changed from ${sizes} to ${actual.width}×${actual.height} px`
          : `${differentPixels} of ${actual.width * actual.height} pixels differ (${sizes}; at most ${MAX_DIFFERENT_PIXELS} may)`;
      if (differentPixels >= 0 && differentPixels <= MAX_DIFFERENT_PIXELS) {
        comparison = { name, status: 'same', differentPixels, detail: what };
      } else if (this.update) {
        const before = this.keep(`${name}.before.png`, baselinePng);
        this.write(baselineFile, png);
        comparison = {
          name,
          status: 'updated',
          differentPixels,
          detail: `${what}: rewrote ${show(baselineFile)}; was ${show(before)}${diffFile ? `, diff ${show(diffFile)}` : ''}`,
        };
      } else {
        const actualFile = this.keep(`${name}.actual.png`, png);
        comparison = {
          name,
          status: 'different',
          differentPixels,
          detail: `${what}: baseline ${show(baselineFile)}, actual ${show(actualFile)}${diffFile ? `, diff ${show(diffFile)}` : ''}`,
        };
      }
    }
    this.compared.push(comparison);
    return comparison;
  }

  /**
   * Compares two screenshots of one run (the player on two pages) with the same tolerance;
   * when they differ, both and their diff are written beside the other images.
   */
  comparePair(
    name: string,
    first: { label: string; png: Buffer },
    second: { label: string; png: Buffer },
  ): { same: boolean; detail: string } {
    const a = PNG.sync.read(first.png);
    const b = PNG.sync.read(second.png);
    const show = (file: string) => relative(this.root, file);
    let differentPixels = -1;
    let diffFile: string | undefined;
    if (a.width === b.width && a.height === b.height) {
      const diff = new PNG({ width: a.width, height: a.height });
      differentPixels = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: THRESHOLD });
      if (differentPixels > MAX_DIFFERENT_PIXELS) diffFile = this.keep(`${name}.diff.png`, PNG.sync.write(diff));
    }
    const what =
      differentPixels < 0
        ? `${first.label} is ${a.width}×${a.height} px, ${second.label} ${b.width}×${b.height} px`
        : `${differentPixels} of ${a.width * a.height} pixels differ between ${first.label} and ${second.label} (at most ${MAX_DIFFERENT_PIXELS} may)`;
    if (differentPixels >= 0 && differentPixels <= MAX_DIFFERENT_PIXELS) return { same: true, detail: what };
    const files = [
      this.keep(`${name}.${first.label}.png`, first.png),
      this.keep(`${name}.${second.label}.png`, second.png),
      ...(diffFile ? [diffFile] : []),
    ];
    return { same: false, detail: `${what}: ${files.map(show).join(', ')}` };
  }

  /** Baselines no screenshot of this run has the name of (call only after a run of every screenshot). */
  unused(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((file) => file.endsWith('.png') && !this.names.has(file.slice(0, -4)))
      .sort();
  }

  /** Under `update`, after a run of every screenshot: removes the baselines nothing takes any more. */
  removeUnused(): string[] {
    const unused = this.unused();
    for (const file of unused) rmSync(join(this.dir, file));
    return unused;
  }

  /**
   * Why a difference may be the browser's rather than ours: baselines made with another
   * version (text and anti-aliasing change between releases, and CI installs the
   * distribution's current Chromium). Then differences are reported, not failed, unless
   * `SCREENSHOTS_STRICT=1`; the contrast checks and the same-page comparisons still fail.
   */
  otherBrowser(): string | undefined {
    const recorded = this.recordedBrowser();
    if (!recorded || recorded === this.browser || process.env.SCREENSHOTS_STRICT === '1') return undefined;
    return `the baselines were made with ${recorded}, this run used ${this.browser}; npm run test:screenshots:update makes them anew`;
  }

  /** The browser the baselines were made in, as written by the last update. */
  recordedBrowser(): string | undefined {
    const file = join(this.dir, 'BROWSER.txt');
    return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
  }

  /** Lines for the end of the run: counts, what to look at, what to do. */
  summary(): string[] {
    if (this.compared.length === 0) return [];
    const count = (status: Comparison['status']) => this.compared.filter((c) => c.status === status).length;
    const lines = [
      `screenshots: ${this.compared.length} compared with test/screenshots/baselines/ (pixelmatch threshold ${THRESHOLD}, at most ${MAX_DIFFERENT_PIXELS} pixels may differ)`,
    ];
    const failing = count('different') + count('new');
    if (this.update) {
      const changed = count('written') + count('updated');
      if (changed > 0) this.writeIndex();
      lines.push(
        `  updated ${count('updated')}, new ${count('written')}, unchanged ${count('same')}` +
          (changed > 0
            ? `; look at the changes in ${relative(this.root, join(this.outDir, 'index.html'))}, then commit the baselines`
            : ''),
      );
    } else if (failing > 0) {
      this.writeIndex();
      lines.push(
        `  ${count('different')} differ, ${count('new')} have no baseline: see ${relative(this.root, join(this.outDir, 'index.html'))}`,
        '  if the change is meant, rewrite them with: npm run test:screenshots:update',
      );
      const recorded = this.recordedBrowser();
      if (recorded && recorded !== this.browser)
        lines.push(`  the baselines were made with ${recorded}; this run used ${this.browser}: rendering may differ between versions`);
    }
    return lines;
  }

  private write(file: string, png: Buffer): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(file, png);
    writeFileSync(join(this.dir, 'BROWSER.txt'), `${this.browser}\n`);
  }

  private keep(fileName: string, png: Buffer): string {
    mkdirSync(this.outDir, { recursive: true });
    const file = join(this.outDir, fileName);
    writeFileSync(file, png);
    return file;
  }

  /** index.html beside the images: every screenshot that differs or changed, baseline | actual | diff. */
  private writeIndex(): void {
    const rows = this.compared
      .filter((c) => c.status !== 'same')
      .map((c) => {
        const image = (file: string, what: string) =>
          existsSync(join(this.outDir, file)) ? `<figure><img src="${file}" alt=""><figcaption>${what}</figcaption></figure>` : '';
        const baseline = join(this.dir, `${c.name}.png`);
        const committed = relative(this.outDir, baseline);
        const before =
          c.status === 'updated'
            ? image(`${c.name}.before.png`, 'before')
            : existsSync(baseline)
              ? `<figure><img src="${committed}" alt=""><figcaption>baseline</figcaption></figure>`
              : '';
        const after =
          c.status === 'updated' || c.status === 'written'
            ? `<figure><img src="${committed}" alt=""><figcaption>new baseline</figcaption></figure>`
            : image(`${c.name}.actual.png`, 'actual');
        return `<section><h2>${c.name} <small>(${c.status})</small></h2><p>${escapeHtml(c.detail)}</p><div>${before}${after}${image(`${c.name}.diff.png`, 'diff')}</div></section>`;
      });
    mkdirSync(this.outDir, { recursive: true });
    writeFileSync(
      join(this.outDir, 'index.html'),
      `<!doctype html><meta charset="utf-8"><title>Screenshots that differ</title><style>body{font:14px system-ui;margin:1rem}section{margin-bottom:2rem}div{display:flex;gap:1rem;align-items:flex-start;flex-wrap:wrap}figure{margin:0}img{border:1px solid #ccc;image-rendering:pixelated}</style>\n<h1>${rows.length} screenshot(s)</h1>\n${rows.join('\n')}\n`,
    );
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
