// The Node versions this project states, against what every package in the lockfile declares, so that
// `npm ci` prints no EBADENGINE warning on a stated Node and a new one cannot slip in with an update:
//   - `engines.node` is what consumers need: each package a consumer can install (the dependencies and
//     peer dependencies, not the devDependencies) must admit its lowest version;
//   - `devEngines.runtime` is what this repository needs: every package must admit its lowest version;
//   - and every package must admit the Node running this test.
// semver comes with npm's own tree of this repository (a dependency of several packages here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const root = new URL('../../', import.meta.url);
const require = createRequire(root);
const semver = require('semver');
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8'));

/**
 * Packages allowed to declare more than the stated versions, each with the reason. The test fails
 * when an entry is no longer needed, so the list cannot go stale.
 */
const ALLOWED = {
  // Empty: sanitize-html 2.17.6 and later declare Node 22.12, so the devDependency is 2.17.5, the last
  // release that admits Node 20; the peer range ^2.17.5 lets npm pick a newer one on Node 22.12 and
  // later (npm prefers releases whose engines admit the running Node). Why 2.17.5 is safe with this
  // project's allowlist: src/ssr/index.ts and tests/e2e/ssr-sanitizer.test.mjs.
};

/** [path, name, version, node range, dev] for every package in the lockfile that declares a Node range. */
const declared = Object.entries(lock.packages)
  .filter(([path]) => path.startsWith('node_modules/'))
  .map(([path, entry]) => {
    const engines = entry.engines;
    // Old packages give engines as an array of strings ("node >=0.8").
    const node = Array.isArray(engines)
      ? engines.find((e) => /^node\b/.test(e))?.replace(/^node\s*/, '')
      : engines?.node;
    return { path, name: path.replace(/^.*node_modules\//, ''), version: entry.version, node, dev: Boolean(entry.dev) };
  })
  .filter((p) => p.node);

const admits = (range, version) => semver.satisfies(version, range, { includePrerelease: true });

function offending(version, packages) {
  return packages
    .filter((p) => !admits(p.node, version))
    .filter((p) => ALLOWED[p.name] !== p.node)
    .map((p) => `${p.name}@${p.version} wants node ${p.node}`);
}

test('package.json states the Node versions: engines for consumers, devEngines for this repository', () => {
  assert.ok(semver.validRange(pkg.engines?.node), `engines.node: ${pkg.engines?.node}`);
  assert.equal(pkg.devEngines?.runtime?.name, 'node');
  assert.ok(semver.validRange(pkg.devEngines.runtime.version), `devEngines.runtime.version`);
  assert.ok(
    semver.subset(pkg.devEngines.runtime.version, pkg.engines.node),
    'the repository needs no less than its consumers',
  );
  assert.ok(admits(pkg.devEngines.runtime.version, process.version), `the running Node ${process.version} is stated`);
  assert.ok(declared.length > 100, `${declared.length} packages declare a Node range`);
});

test('every package admits the Node running this test', () => {
  assert.deepEqual(offending(process.version, declared), []);
});

test('every package admits the lowest Node this repository states (devEngines)', () => {
  assert.deepEqual(offending(semver.minVersion(pkg.devEngines.runtime.version).version, declared), []);
});

test('every package a consumer installs admits the lowest Node the package states (engines)', () => {
  const lowest = semver.minVersion(pkg.engines.node).version;
  assert.deepEqual(
    offending(
      lowest,
      declared.filter((p) => !p.dev || p.name in (pkg.peerDependencies ?? {})),
    ),
    [],
  );
});

test('each allowed exception is still in the lockfile and still needed', () => {
  for (const [name, range] of Object.entries(ALLOWED)) {
    const found = declared.filter((p) => p.name === name);
    assert.ok(found.length > 0, `${name} is in the lockfile; remove it from ALLOWED`);
    for (const p of found) {
      assert.equal(p.node, range, `${name}@${p.version} now declares ${p.node}; review ALLOWED`);
      assert.ok(!admits(p.node, process.version), `${name} admits ${process.version} now; remove it from ALLOWED`);
    }
  }
});
