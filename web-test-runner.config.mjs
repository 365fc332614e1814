// @web/test-runner: every test runs in a real Chromium (the system's; see scripts/chrome.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS } from './scripts/chrome.mjs';

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // Without the tsconfig, esbuild leaves Lit's legacy decorators in the code the browser gets.
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS } })],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
