// The three browser engines the test suite runs in, found on this machine: Chromium (scripts/chrome.mjs),
// Firefox (Debian's firefox-esr, driven by puppeteer over WebDriver BiDi; no geckodriver) and WebKit
// (WebKitGTK's MiniBrowser through WebKitWebDriver, which needs an X display: MiniBrowser has no
// headless mode). See /work/shared/TOOLCHAIN.md, "Firefox and WebKit".
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const first = (paths) => paths.find((p) => p && existsSync(p));

export function findFirefox() {
  return first([
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ]);
}

export function findWebKitDriver() {
  return first([
    process.env.WEBKIT_WEBDRIVER_PATH,
    '/usr/bin/WebKitWebDriver',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/WebKitWebDriver',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/WebKitWebDriver',
  ]);
}

export const findXvfb = () => first(['/usr/bin/Xvfb']);

/** How to install each engine, for the one line printed when it is missing. */
export const INSTALL = {
  chromium: 'apt-get install chromium, or set CHROME_PATH',
  firefox: 'apt-get install firefox-esr, or set FIREFOX_PATH',
  webkit: 'apt-get install webkit2gtk-driver xvfb xauth, or set WEBKIT_WEBDRIVER_PATH',
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function answers(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** Starts `Xvfb` on a free display number; resolves to { display, process }. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    // -displayfd makes Xvfb pick a free display and write its number once it accepts connections.
    const child = spawn(findXvfb(), ['-displayfd', '1', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, process: child });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
}

/** A TCP port nothing listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * A WebKitWebDriver to talk to. With `port` (WEBKIT_WEBDRIVER_PORT: one CI or a person started),
 * uses the driver there. Otherwise starts one on a free port, under a new Xvfb display when this
 * process has none: a driver serves one session at a time, so two test runs on one machine must not
 * share one. Resolves to { port, stop }, `stop` ending whatever was started here.
 */
export async function ensureWebKitDriver(port) {
  if (port) {
    if (!(await answers(`http://127.0.0.1:${port}/status`)))
      throw new Error(`no WebKitWebDriver answers on 127.0.0.1:${port}`);
    return { port, stop: async () => {} };
  }
  port = await freePort();
  const status = `http://127.0.0.1:${port}/status`;
  const started = [];
  // Waits for each process to end, so none is left behind for init to reap.
  const stop = async () => {
    for (const child of started.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const ended = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await Promise.race([ended, sleep(3000)]);
    }
  };
  process.once('exit', () => {
    for (const child of started) if (child.exitCode === null) child.kill();
  });
  let display = process.env.DISPLAY;
  if (!display) {
    const xvfb = await startXvfb();
    started.push(xvfb.process);
    display = xvfb.display;
  }
  const driver = spawn(findWebKitDriver(), [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
  });
  started.push(driver);
  for (let waited = 0; !(await answers(status)); waited += 100) {
    if (driver.exitCode !== null || waited > 15000) {
      await stop();
      throw new Error(`WebKitWebDriver did not answer on ${status}`);
    }
    await sleep(100);
  }
  return { port, stop };
}
