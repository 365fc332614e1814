// Chromium for machines without one: @sparticuz/chromium (a devDependency) ships a Linux x64
// Chromium, brotli-compressed, with the NSS libraries it needs. `pretest` runs this: when no system
// browser is found (scripts/chrome.mjs), it unpacks the binary once into node_modules/.cache/, each
// file to a temporary name first and then renamed, so that a run killed half-way, or two runs at
// once, never leave a truncated binary behind. (The package's own executablePath() unpacks into a
// shared /tmp/chromium on every call, races between processes and reuses a stale file.)
// `node scripts/unpack-chromium.mjs --force` unpacks even when a system browser exists.
import {
  chmodSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { BUNDLED_DIR, bundledChrome, systemChrome } from './chrome.mjs';

async function unbrotli(from, to) {
  const temp = `${to}.${process.pid}.tmp`;
  await pipeline(createReadStream(from), createBrotliDecompress(), createWriteStream(temp));
  renameSync(temp, to);
}

export async function unpackChromium() {
  // Its exports hide package.json and bin/: find the folder beside this project's other packages.
  const pkg = fileURLToPath(new URL('../node_modules/@sparticuz/chromium/', import.meta.url));
  if (!existsSync(join(pkg, 'bin', 'chromium.br'))) return undefined; // not installed: nothing to unpack
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  if (bundledChrome()) return bundledChrome();
  mkdirSync(BUNDLED_DIR, { recursive: true });
  // The NSS libraries, as a tar of lib/*.so: unpacked with the system tar into a temporary folder.
  const libs = join(BUNDLED_DIR, 'lib');
  if (!existsSync(libs)) {
    const tar = join(BUNDLED_DIR, `al2023.${process.pid}.tar`);
    await unbrotli(join(pkg, 'bin', 'al2023.tar.br'), tar);
    const temp = join(BUNDLED_DIR, `lib.${process.pid}.tmp`);
    mkdirSync(temp, { recursive: true });
    execFileSync('tar', ['xf', tar, '-C', temp]);
    rmSync(tar);
    if (!existsSync(libs)) renameSync(join(temp, 'lib'), libs);
    rmSync(temp, { recursive: true, force: true });
  }
  const binary = join(BUNDLED_DIR, 'chromium-bin');
  if (!existsSync(binary)) {
    await unbrotli(join(pkg, 'bin', 'chromium.br'), binary);
    chmodSync(binary, 0o755);
  }
  // A wrapper, as Debian's /usr/bin/chromium is: the browser finds its libraries beside it.
  const wrapper = join(BUNDLED_DIR, 'chromium');
  const temp = `${wrapper}.${process.pid}.tmp`;
  writeFileSync(
    temp,
    `#!/bin/sh\nLD_LIBRARY_PATH="${libs}\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" exec "${binary}" "$@"\n`,
  );
  chmodSync(temp, 0o755);
  renameSync(temp, wrapper);
  return wrapper;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const force = process.argv.includes('--force');
  const system = systemChrome();
  if (system && !force) {
    console.log(`browser for the tests: ${system}`);
  } else {
    const path = await unpackChromium();
    if (path)
      console.log(`browser for the tests: ${path} (Chromium from @sparticuz/chromium; no system browser found)`);
    else console.log('browser for the tests: none found (the tests will say how to install one)');
  }
}
