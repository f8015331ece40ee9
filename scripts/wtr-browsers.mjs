// The browser engines the browser tests run in, found on this machine, and a Web Test Runner
// launcher for each. Used by web-test-runner.config.mjs and scripts/run-tests.mjs.
//
//   chromium  Chrome or Chromium, driven by puppeteer-core over CDP
//   firefox   Firefox (ESR), driven by puppeteer-core over WebDriver BiDi
//   webkit    WebKitGTK's MiniBrowser, driven by WebKitWebDriver (W3C WebDriver) through
//             webdriverio; needs an X display, so an Xvfb is started when there is none
//
// BROWSERS (comma or space separated, e.g. `BROWSERS=firefox,webkit`) picks engines; by
// default every installed one runs. No engine has its autoplay rule switched off: tests
// that play audio do it from a real click (see test/components/gesture.ts), as a listener would.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const APT = {
  chromium: 'sudo apt-get install chromium',
  firefox: 'sudo apt-get install firefox-esr',
  webkit: 'sudo apt-get install webkit2gtk-driver xvfb gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav',
};

function which(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function firstExisting(paths) {
  return paths.find((path) => path && existsSync(path));
}

function findChromium() {
  const path = firstExisting([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']);
  if (path) return path;
  try {
    // What @web/test-runner-chrome itself would find (an installed Google Chrome).
    const require = createRequire(createRequire(import.meta.url).resolve('@web/test-runner-chrome'));
    return require('chrome-launcher').Launcher.getFirstInstallation() || undefined;
  } catch {
    return undefined;
  }
}

function findMiniBrowser() {
  if (process.env.WEBKIT_BROWSER_PATH) return firstExisting([process.env.WEBKIT_BROWSER_PATH]);
  for (const lib of ['/usr/lib', '/usr/lib64', '/usr/libexec']) {
    let entries;
    try {
      entries = readdirSync(lib, { recursive: false });
    } catch {
      continue;
    }
    const dirs = [lib, ...entries.filter((name) => /-linux-gnu$/.test(name)).map((name) => `${lib}/${name}`)];
    for (const dir of dirs) {
      for (const version of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        const path = `${dir}/${version}/MiniBrowser`;
        if (existsSync(path)) return path;
      }
    }
  }
  return undefined;
}

/** GStreamer's MP3 decoders: mpg123 (plugins-good) or avdec (libav). Without one WebKit plays no MP3. */
function hasMp3Decoder() {
  for (const dir of [
    '/usr/lib/x86_64-linux-gnu/gstreamer-1.0',
    '/usr/lib/aarch64-linux-gnu/gstreamer-1.0',
    '/usr/lib/gstreamer-1.0',
    '/usr/lib64/gstreamer-1.0',
  ]) {
    if (existsSync(`${dir}/libgstmpg123.so`) || existsSync(`${dir}/libgstlibav.so`)) return true;
  }
  return false;
}

/**
 * What each engine needs here and whether it is there:
 * `{ name, available, reason, install, executable }` for every engine.
 */
export function detectEngines() {
  const chromium = findChromium();
  const firefox =
    firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) ?? which('firefox-esr') ?? which('firefox');
  const driver = process.env.WEBKIT_DRIVER_PATH ? firstExisting([process.env.WEBKIT_DRIVER_PATH]) : which('WebKitWebDriver');
  const miniBrowser = findMiniBrowser();
  const display = Boolean(process.env.DISPLAY) || Boolean(which('Xvfb'));
  const mp3 = hasMp3Decoder();
  const webkitMissing = [
    !driver && 'WebKitWebDriver',
    !miniBrowser && 'MiniBrowser',
    !display && 'Xvfb (no DISPLAY)',
    !mp3 && 'a GStreamer MP3 decoder',
  ].filter(Boolean);
  return [
    {
      name: 'chromium',
      available: Boolean(chromium),
      reason: 'no Chrome or Chromium found (set CHROME_PATH)',
      install: APT.chromium,
      executable: chromium,
    },
    {
      name: 'firefox',
      available: Boolean(firefox),
      reason: 'no Firefox found (set FIREFOX_PATH)',
      install: APT.firefox,
      executable: firefox,
    },
    {
      name: 'webkit',
      available: webkitMissing.length === 0,
      reason: `missing ${webkitMissing.join(', ')}`,
      install: APT.webkit,
      executable: miniBrowser,
      driver,
    },
  ];
}

/** The engines asked for in BROWSERS (or all); throws on an unknown name. */
export function requestedEngines(value = process.env.BROWSERS) {
  const names = (value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((name) => ({ chrome: 'chromium', gecko: 'firefox', safari: 'webkit' })[name] ?? name);
  if (names.length === 0 || names.includes('all')) return [...ENGINES];
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`Unknown browser ${unknown.join(', ')} in BROWSERS; use ${ENGINES.join(', ')} or all.`);
  return ENGINES.filter((name) => names.includes(name));
}

export function launcherFor(engine) {
  if (engine.name === 'chromium') {
    return chromeLauncher({
      launchOptions: {
        executablePath: engine.executable,
        headless: true,
        // No --autoplay-policy switch: Chrome's own rule (a user gesture first) applies.
        args: [
          '--no-sandbox',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-gpu',
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
        ],
      },
    });
  }
  if (engine.name === 'firefox') {
    // Passing puppeteer-core as a custom puppeteer makes the launcher honour `browser`.
    return chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: engine.executable,
        headless: true,
        // Firefox's autoplay rule stays on (audible play needs a user gesture, as by default).
        extraPrefsFirefox: {
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'app.update.enabled': false,
          // Tests click download links (the transcript menu under a strict policy): saved
          // quietly to a temporary folder, without the downloads panel, which would take the
          // keyboard from every later test page of the run.
          'browser.download.alwaysOpenPanel': false,
          'browser.download.panel.shown': true,
          'browser.download.useDownloadDir': true,
          'browser.download.folderList': 2,
          'browser.download.dir': join(tmpdir(), 'transcript-player-test-downloads'),
          'browser.download.start_downloads_in_tmp_dir': true,
          'browser.helperApps.neverAsk.saveToDisk': 'text/plain,text/vtt,application/x-subrip',
        },
      },
    });
  }
  if (engine.name === 'webkit') return new WebKitLauncher(engine);
  throw new Error(`no launcher for ${engine.name}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, child, timeoutMs) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
}

/** Starts an Xvfb on a free display number; resolves with the display name. */
async function startXvfb(children) {
  for (let number = 90 + (process.pid % 100); number < 400; number++) {
    if (existsSync(`/tmp/.X${number}-lock`) || existsSync(`/tmp/.X11-unix/X${number}`)) continue;
    const child = spawn('Xvfb', [`:${number}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    children.push(child);
    const started = Date.now();
    while (Date.now() - started < 5000) {
      if (child.exitCode !== null) break;
      if (existsSync(`/tmp/.X11-unix/X${number}`)) return `:${number}`;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill();
  }
  throw new Error('could not start Xvfb');
}

/**
 * WebKitGTK through the W3C WebDriver launcher: starts an Xvfb (when there is no DISPLAY)
 * and WebKitWebDriver on a free port before the first session, and stops both at the end.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor(engine) {
    super({
      hostname: '127.0.0.1',
      port: 0,
      path: '/',
      logLevel: 'error',
      // WebKitWebDriver speaks classic WebDriver; do not ask it for a BiDi socket.
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        // MiniBrowser's default autoplay policy (audible play needs a user gesture) is kept.
        'webkitgtk:browserOptions': { binary: engine.executable, args: ['--automation'] },
      },
    });
    this.engine = engine;
    this.children = [];
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async ensureManagerInitialized() {
    if (!this.driverStarted) this.driverStarted = this.startDriver();
    await this.driverStarted;
    await super.ensureManagerInitialized();
  }

  async createDriverManager() {
    const manager = await super.createDriverManager();
    // A fixed, roomy window (Xvfb's screen is 1280x1024) so pages lay out as in the other engines.
    await this.driver.setWindowSize(1024, 800).catch(() => {});
    return manager;
  }

  async startDriver() {
    const env = { ...process.env };
    if (!env.DISPLAY) env.DISPLAY = await startXvfb(this.children);
    // MiniBrowser inherits WebKitWebDriver's environment.
    const port = await freePort();
    const child = spawn(this.engine.driver, [`--port=${port}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk) => {
      if (process.env.WEBKIT_DRIVER_DEBUG) process.stderr.write(chunk);
    });
    this.children.push(child);
    // Never leave a driver or an Xvfb behind, however this process ends.
    process.once('exit', () => this.killChildren());
    await waitForDriver(port, child, 15000);
    this.options.port = port;
  }

  /** A real mouse-wheel turn over a point, as W3C WebDriver wheel actions (test/server/wheel-command.mjs). */
  async sendWheel(sessionId, x, y, deltaY) {
    await this.driverManager.performActions(sessionId, [
      {
        type: 'wheel',
        id: 'wheel',
        actions: [
          { type: 'scroll', x: Math.round(x), y: Math.round(y), deltaX: 0, deltaY: Math.round(deltaY), duration: 0, origin: 'viewport' },
        ],
      },
    ]);
  }

  /**
   * WebKitWebDriver drops the second of two equal keys sent in one action sequence
   * ("needle" arrives as "nedle"), so typed text goes one key per sequence.
   */
  async sendKeys(sessionId, keys) {
    for (const key of keys) await super.sendKeys(sessionId, [key]);
  }

  async stop() {
    await super.stop();
    this.killChildren();
  }

  killChildren() {
    for (const child of this.children.reverse()) {
      if (child.exitCode === null) child.kill();
    }
    this.children = [];
  }
}
