// requirePeers (src/internal/require-peer.ts, built to dist/): the one-line message for a missing
// optional peer dependency, and every other failure passed through unchanged. The package test checks
// the same from a real browser-only install.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';

const built = new URL('../../dist/internal/require-peer.js', import.meta.url);
assert.ok(existsSync(built), 'dist/internal/require-peer.js is missing: run `npm run build` first');
const { requirePeers, MissingPeerError } = await import(built.href);

test('a missing package becomes one line naming every package of the entry point', async () => {
  const error = await requirePeers(
    'article-elements/ssr',
    ['@lit-labs/ssr', 'sanitize-html'],
    () => import('sanitize-html-is-not-installed'),
  ).catch((e) => e);
  // The specifier above is not one of the names: only a named package's absence is translated.
  assert.equal(error.code, 'ERR_MODULE_NOT_FOUND');
  assert.ok(!(error instanceof MissingPeerError));

  const missing = await requirePeers('article-elements/x', ['no-such-package-here', 'lit'], () =>
    Promise.all([import('lit'), import('no-such-package-here/sub/path.js')]),
  ).catch((e) => e);
  assert.ok(missing instanceof MissingPeerError);
  assert.equal(
    missing.message,
    'article-elements/x needs no-such-package-here and lit: npm install no-such-package-here lit',
  );
  assert.equal(missing.cause.code, 'ERR_MODULE_NOT_FOUND');
});

test('one package: no "and"', async () => {
  const missing = await requirePeers(
    'article-elements validate',
    ['no-such-package-here'],
    () => import('no-such-package-here'),
  ).catch((e) => e);
  assert.equal(
    missing.message,
    'article-elements validate needs no-such-package-here: npm install no-such-package-here',
  );
});

test('a file missing inside an installed package, or any other error, is rethrown as it is', async () => {
  // sanitize-html has no exports map, so this is "Cannot find module '/…/sanitize-html/no-such-file.js'".
  const inside = await requirePeers(
    'article-elements/x',
    ['sanitize-html'],
    () => import('sanitize-html/no-such-file.js'),
  ).catch((e) => e);
  assert.equal(inside.code, 'ERR_MODULE_NOT_FOUND');
  assert.ok(!(inside instanceof MissingPeerError), `${inside}`);

  const thrown = new TypeError('broken inside the package');
  const other = await requirePeers('article-elements/x', ['lit'], () => Promise.reject(thrown)).catch((e) => e);
  assert.equal(other, thrown);
});

test('a package that is there is returned', async () => {
  const [lit] = await requirePeers('article-elements/x', ['lit'], () => Promise.all([import('lit')]));
  assert.equal(typeof lit.html, 'function');
});
