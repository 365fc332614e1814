// Finds a Chromium or Chrome to drive: CHROME_PATH first, then the usual install locations, then the
// Chromium unpacked from the @sparticuz/chromium devDependency (scripts/unpack-chromium.mjs, run by
// `pretest`), so that `npm install && npm test` works on a machine with no browser installed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Where scripts/unpack-chromium.mjs puts the bundled Chromium. */
export const BUNDLED_DIR = fileURLToPath(new URL('../node_modules/.cache/article-elements-chromium/', import.meta.url));

/** CHROME_PATH when set (it must exist: a wrong path is an error, never a silent switch), else a system install. */
export function systemChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

/** The unpacked bundled Chromium's launcher, when it is complete. */
export function bundledChrome() {
  const wrapper = `${BUNDLED_DIR}chromium`;
  return existsSync(wrapper) && existsSync(`${BUNDLED_DIR}chromium-bin`) ? wrapper : undefined;
}

export function findChrome() {
  const found = systemChrome() ?? (process.env.CHROME_PATH ? undefined : bundledChrome());
  if (!found) throw new Error(`No Chromium or Chrome to run: ${whyNot()}`);
  return found;
}

/** One line: each place looked, why it failed, and the fix. */
function whyNot() {
  const reasons = [];
  if (process.env.CHROME_PATH)
    reasons.push(`CHROME_PATH=${process.env.CHROME_PATH} does not exist (fix the path or unset it)`);
  else reasons.push('no system Chromium or Chrome (Debian/Ubuntu: sudo apt-get install chromium; or set CHROME_PATH)');
  if (!process.env.CHROME_PATH) {
    const bundled = `${BUNDLED_DIR}chromium-bin`;
    if (!existsSync(bundled))
      reasons.push(
        process.platform === 'linux' && process.arch === 'x64'
          ? 'the bundled Chromium is not unpacked (run: node scripts/unpack-chromium.mjs, after npm install)'
          : `no bundled Chromium for ${process.platform}-${process.arch} (install Chrome or set CHROME_PATH)`,
      );
    else {
      const missing = missingLibraries(bundled);
      if (missing.length)
        reasons.push(
          `the bundled Chromium lacks shared libraries ${missing.join(', ')} (install them, e.g. apt-get install chromium pulls them all)`,
        );
    }
  }
  return reasons.join('; ');
}

function missingLibraries(binary) {
  try {
    const out = execFileSync('ldd', [binary], {
      encoding: 'utf8',
      env: { ...process.env, LD_LIBRARY_PATH: `${BUNDLED_DIR}lib` },
    });
    return [...out.matchAll(/^\s*(\S+) => not found/gm)].map((m) => m[1]);
  } catch {
    return [];
  }
}

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
