// @web/test-runner: every test runs in real browsers, in each of the three engines found here:
// Chromium (scripts/chrome.mjs), Firefox ESR (puppeteer over WebDriver BiDi) and WebKitGTK
// (WebKitWebDriver + MiniBrowser, under Xvfb when there is no display). See scripts/engines.mjs.
//
// ENGINES=chromium,firefox,webkit picks engines (default: all three). A missing Firefox or WebKit is
// skipped with one line on a developer machine; with CI=true every engine asked for must be there.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { findChrome, CHROME_ARGS } from './scripts/chrome.mjs';
import { INSTALL, ensureWebKitDriver, findFirefox, findWebKitDriver, findXvfb } from './scripts/engines.mjs';

const ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * Puppeteer's setViewport (which the test runner calls for every file) also sends WebDriver BiDi's
 * emulation.setScreenOrientationOverride, a command Firefox ESR 140 does not know: every Firefox test
 * file failed with "unknown command". No test depends on screen orientation, so that one command
 * answering "unknown command" is ignored, as Puppeteer already does for its touch override.
 */
function tolerateOrientationOverride() {
  const require = createRequire(require_from());
  const { BrowsingContext } = require('puppeteer-core/lib/cjs/puppeteer/bidi/core/BrowsingContext.js');
  const original = BrowsingContext.prototype.setScreenOrientationOverride;
  if (original.tolerant) return;
  BrowsingContext.prototype.setScreenOrientationOverride = async function (...args) {
    try {
      return await original.apply(this, args);
    } catch (error) {
      if (!String(error?.message).includes('unknown command')) throw error;
    }
  };
  BrowsingContext.prototype.setScreenOrientationOverride.tolerant = true;
}
/** Resolves from the package the Firefox launcher uses, so the patched class is the one it loads. */
const require_from = () => createRequire(import.meta.url).resolve('@web/test-runner-puppeteer');
const CI = process.env.CI === 'true' || process.env.CI === '1';
const wanted = (process.env.ENGINES ?? 'chromium,firefox,webkit')
  .split(',')
  .map((e) => e.trim().toLowerCase())
  .filter(Boolean);
// Set to use a WebKitWebDriver already running on that port; by default each run starts its own.
const WEBKIT_PORT = Number(process.env.WEBKIT_WEBDRIVER_PORT) || undefined;

function missing(engine, what) {
  const line = `web-test-runner: ${CI ? 'cannot run' : 'skipping'} ${engine}: ${what} not found (${INSTALL[engine]})`;
  if (CI) throw new Error(line);
  console.log(line);
}

/** The WebDriver launcher, plus starting (and stopping) WebKitWebDriver and Xvfb when needed. */
function webkitLauncher() {
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port: WEBKIT_PORT ?? 0, // the real port is known once the driver runs
    logLevel: 'error',
    // MiniBrowser is the only browser WebKitWebDriver can start; it speaks classic WebDriver only.
    capabilities: { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true },
  });
  const { initialize, stop } = launcher;
  let stopDriver = async () => {};
  launcher.initialize = async (...args) => {
    const driver = await ensureWebKitDriver(WEBKIT_PORT);
    launcher.options.port = driver.port;
    stopDriver = driver.stop;
    return initialize.apply(launcher, args);
  };
  launcher.stop = async () => {
    await stop.apply(launcher);
    await stopDriver();
  };
  return launcher;
}

const browsers = [];
for (const engine of wanted) {
  if (engine === 'chromium') {
    browsers.push(
      chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS } }),
    );
  } else if (engine === 'firefox') {
    const executablePath = findFirefox();
    if (!executablePath) missing('firefox', 'firefox-esr');
    else {
      // One page at a time: Firefox throttles timers in a background tab to once a second, and with
      // two tabs one is always in the background (the suite took four times as long).
      const launchOptions = { browser: 'firefox', executablePath, headless: true };
      tolerateOrientationOverride();
      browsers.push(puppeteerLauncher({ launchOptions, concurrency: 1 }));
    }
  } else if (engine === 'webkit') {
    if (!findWebKitDriver()) missing('webkit', 'WebKitWebDriver');
    else if (!process.env.DISPLAY && !findXvfb()) missing('webkit', 'an X display (DISPLAY) or Xvfb');
    else browsers.push(webkitLauncher());
  } else {
    throw new Error(`ENGINES: unknown engine "${engine}" (use chromium, firefox, webkit)`);
  }
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // Without the tsconfig, esbuild leaves Lit's legacy decorators in the code the browser gets.
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [jsonAsJson, pageHeaders],
  browsers,
  // One engine at a time, two test files each: three browsers at once on a two-core machine starve
  // each other into timeouts, and take no less time in all.
  concurrentBrowsers: 1,
  concurrency: 2,
  // Generous, for loaded machines: the hostile-page suite alone renders about a hundred pages, and
  // in WebKit (MiniBrowser over WebDriver) the XSS corpus files, two at a time, passed five minutes a
  // file once the new block types' fields joined them.
  browserStartTimeout: 60000,
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};

/**
 * `json: true` above turns .json files into JavaScript modules, for `import corner from '….json'`.
 * A fetch that asks for JSON (as <news-article src> does, with Accept: application/json) gets the
 * file itself, as from any web server. (The browser may still answer from its cache with the module
 * version of a file the suite imported, so pages give their data URL a query of its own.)
 */
async function jsonAsJson(ctx, next) {
  if (ctx.method === 'GET' && ctx.path.endsWith('.json') && /application\/json/.test(ctx.get('accept'))) {
    const file = resolve(ROOT, `.${decodeURIComponent(ctx.path)}`);
    if (!file.startsWith(`${ROOT}/`)) return next();
    try {
      ctx.body = await readFile(file);
      ctx.type = 'application/json';
      ctx.set('cache-control', 'no-cache');
      return;
    } catch {
      // not a file: let the server answer
    }
  }
  return next();
}

/**
 * Response headers for the test pages in tests/e2e/pages/ that need them (the strict CSP pages),
 * from tests/e2e/pages/headers.mjs, shared with the end-to-end tests' server.
 */
let pageHeaderTable;
async function pageHeaders(ctx, next) {
  await next();
  if (!ctx.path.startsWith('/tests/e2e/pages/')) return;
  pageHeaderTable ??= (await import('./tests/e2e/pages/headers.mjs')).headersFor;
  for (const [name, value] of Object.entries(pageHeaderTable(ctx.path) ?? {})) ctx.set(name, value);
}
