// Browser tests in real Chromium, Firefox ESR and WebKitGTK — whichever this machine has
// (`BROWSERS=chromium,firefox,webkit` narrows the set). A browser that is missing is named in
// the output; Chromium is required. See scripts/browsers.mjs for where browsers are looked up.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { findBrowsers, chromiumArgs } from './scripts/browsers.mjs';
import { ssrMiddleware, testMiddleware } from './scripts/test-middleware.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { emulatePlugin } from './scripts/emulate-plugin.mjs';
import { minifyTemplates } from './rollup.config.mjs';

// The tests run the same template and CSS minification as the production bundle.
const templates = minifyTemplates();
const shippedTransforms = {
  name: 'souverain-shipped-transforms',
  async transform(context) {
    if (!/^\/src\/.*\.ts$/.test(context.path) || /\.test\.ts$|\/test-utils\//.test(context.path)) return undefined;
    const fail = (message) => {
      throw new Error(`${context.path}: ${message}`);
    };
    const out = await templates.transform.call({ error: fail, warn: fail }, context.body, `${process.cwd()}${context.path}`);
    return out ? { body: out.code } : undefined;
  },
};

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
const found = findBrowsers();
const browsers = [];
const names = [];
const missing = [];
const children = [];

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

if (wanted.includes('chromium')) {
  if (found.chromium) {
    browsers.push(chromeLauncher({ launchOptions: { executablePath: found.chromium, headless: true, args: chromiumArgs } }));
    names.push(`Chromium (${found.chromium})`);
  } else missing.push('Chromium (install the Debian package "chromium", or set CHROME_PATH)');
}

if (wanted.includes('firefox')) {
  if (found.firefox) {
    browsers.push(
      chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: {
          browser: 'firefox',
          executablePath: found.firefox,
          headless: true,
          extraPrefsFirefox: { 'network.dns.forceResolve': '127.0.0.1', 'browser.shell.checkDefaultBrowser': false },
        },
      })
    );
    names.push(`Firefox (${found.firefox})`);
  } else missing.push('Firefox (install "firefox-esr")');
}

/**
 * WebKit's launcher keeps one WebDriver session for every test file. When that session is lost
 * (MiniBrowser crashed, or WebKitWebDriver dropped it: "invalid session id"), every later file
 * failed after its timeout and the run took half an hour to go red. Before each file the
 * session is checked, and a lost one is replaced, with a line saying so; the file that was
 * running when it was lost still fails.
 */
class RecoveringWebdriverLauncher extends WebdriverLauncher {
  async startSession(id, url) {
    await this.ensureManagerInitialized();
    try {
      await this.driver.getTitle();
    } catch (error) {
      process.stderr.write(`${this.name}: the WebDriver session was lost (${String(error?.message ?? error).split('\n')[0]}); starting a new one.\n`);
      await this.stop();
      // stop() keeps its references when deleting the dead session throws.
      this.driver = undefined;
      this.driverManager = undefined;
      await this.ensureManagerInitialized();
    }
    return this.driverManager.queueStartSession(id, url);
  }
}

if (wanted.includes('webkit')) {
  if (found.webkitDriver && found.miniBrowser && (process.env.DISPLAY || found.xvfb)) {
    let display = process.env.DISPLAY;
    if (!display) {
      // MiniBrowser has no headless mode: give it a virtual X display.
      const xvfb = spawn(found.xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
      children.push(xvfb);
      display = await new Promise((resolve, reject) => {
        let out = '';
        xvfb.stdio[3].on('data', (d) => {
          out += d;
          if (out.includes('\n')) resolve(`:${out.trim()}`);
        });
        xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
      });
    }
    const port = await freePort();
    const driver = spawn(found.webkitDriver, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
    children.push(driver);
    await new Promise((r) => setTimeout(r, 500));
    browsers.push(
      new RecoveringWebdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port,
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: found.miniBrowser, args: ['--automation'] },
        },
      })
    );
    names.push(`WebKit (${found.miniBrowser} via WebKitWebDriver)`);
  } else missing.push('WebKit (install "webkit2gtk-driver" and "xvfb")');
}

// Accessibility-tree snapshots (`a11ySnapshot` in tests) where the engine has them (Chromium,
// through CDP); other engines answer `{ unsupported: reason }` rather than a logged stack trace.
const snapshotPlugin = a11ySnapshotPlugin();
const a11ySnapshotCommandPlugin = {
  ...snapshotPlugin,
  async executeCommand(args) {
    if (args.command !== 'a11y-snapshot') return undefined;
    try {
      return await snapshotPlugin.executeCommand(args);
    } catch (error) {
      return { unsupported: error.message };
    }
  },
};

// The test runner stops on an uncaught exception while its progress display holds the console,
// so the error can be lost from the output: write it straight to stderr as well.
process.on('uncaughtException', (error) => process.stderr.write(`\nUncaught exception in the test runner: ${error?.stack ?? error}\n`));
process.on('unhandledRejection', (reason) => process.stderr.write(`\nUnhandled rejection in the test runner: ${reason?.stack ?? reason}\n`));

const stop = () => children.forEach((c) => c.kill());
process.on('exit', stop);
process.on('SIGINT', () => (stop(), process.exit(130)));
process.on('SIGTERM', () => (stop(), process.exit(143)));

if (!browsers.length || !found.chromium) {
  console.error(`No Chromium found: install Chromium (Debian: apt-get install chromium) or set CHROME_PATH.`);
  process.exit(1);
}
console.log(`Browsers: ${names.join(', ')}${missing.length ? ` — missing: ${missing.join('; ')}` : ''}`);

// `executeServerCommand('a11y-tree', { selector })`: Chromium's whole accessibility tree under a
// node (`>>>` pierces shadow roots). `a11ySnapshot` keeps only "interesting" nodes, which drops
// the table, row and cell roles that the table tests check.
const a11yTreePlugin = {
  name: 'a11y-tree-command',
  async executeCommand({ command, payload, session }) {
    if (command !== 'a11y-tree') return undefined;
    if (session.browser.type !== 'puppeteer') throw new Error(`a11y-tree is not supported in ${session.browser.name}`);
    const page = session.browser.getPage(session.id);
    const root = payload?.selector ? await page.$(payload.selector) : null;
    return page.accessibility.snapshot({ interestingOnly: false, ...(root ? { root } : {}) });
  },
};

export default {
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['src/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), shippedTransforms, a11ySnapshotCommandPlugin, a11yTreePlugin, emulatePlugin()],
  middleware: [testMiddleware, ssrMiddleware],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter(missing)],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.test.ts', 'src/test-utils/**'],
    threshold: { statements: 85, branches: 75, functions: 85, lines: 85 },
  },
};
