// Server rendering at the edge (issue 19): renderArticle from dist/ssr/index.js, bundled with
// esbuild into a worker and run in workerd, Cloudflare's runtime (the `workerd` package; no network
// needed), gives the same HTML as in Node, byte for byte, and the same problems. Needs
// `npm run build` (pretest runs it).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import * as workerd from 'workerd';
import { renderArticle } from '../../dist/ssr/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const json = (name) => JSON.parse(readFileSync(join(ROOT, 'examples', name), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'article-elements-edge-'));

/** The worker: renders the article it is sent, with the options it is sent, and answers the HTML and the problems. */
const WORKER = `import { renderArticle } from './dist/ssr/index.js';
export default {
  async fetch(request) {
    const { article, options } = await request.json();
    const problems = [];
    const html = await renderArticle(article, { ...options, onProblem: (p) => problems.push(p) });
    return Response.json({ html, problems });
  },
};`;

/**
 * postcss, which sanitize-html loads (for style attributes, which are never kept here), requires
 * Node's fs, path and url for source maps and files it is never given. Its package.json maps the
 * three to nothing for bundles outside Node ("browser" field); this does the same here, for them
 * alone, without loading the browser builds of everything else.
 */
const postcssWithoutNode = {
  name: 'postcss-without-node',
  setup(b) {
    b.onResolve({ filter: /^(?:fs|path|url)$/ }, (args) =>
      /[\\/]node_modules[\\/]postcss[\\/]/.test(args.importer) ? { path: args.path, namespace: 'empty' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

/** A port no one listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

let child, origin, bundleInputs;
let output = '';
before(async () => {
  const result = await build({
    stdin: { contents: WORKER, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    format: 'esm',
    // Neutral, with the "node" condition: Lit's packages then give their server builds (the DOM
    // shim of @lit-labs/ssr-dom-shim instead of the browser's HTMLElement, which workerd lacks).
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'node'],
    plugins: [postcssWithoutNode],
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  bundleInputs = Object.keys(result.metafile.inputs);
  writeFileSync(join(dir, 'worker.js'), result.outputFiles[0].contents);
  const port = await freePort();
  // No compatibility flag: nothing here needs nodejs_compat.
  writeFileSync(
    join(dir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "worker.js") ],
  compatibilityDate = "${workerd.compatibilityDate}",
);
`,
  );
  const binary = workerd.default?.default ?? workerd.default;
  child = spawn(binary, ['serve', join(dir, 'config.capnp')], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  origin = `http://127.0.0.1:${port}`;
  // Ready when it answers; a workerd that cannot start says why.
  const deadline = Date.now() + 30000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`workerd exited (${child.exitCode}):\n${output}`);
    try {
      await fetch(origin, { method: 'HEAD' });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`workerd did not answer in 30 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
});
after(() => {
  child?.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** What the worker in workerd answers for `article` and `options`. */
async function inWorkerd(article, options) {
  const response = await fetch(origin, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ article, options }),
  });
  assert.equal(response.status, 200, output);
  return response.json();
}

/** The same in this Node process. */
async function inNode(article, options) {
  const problems = [];
  const html = await renderArticle(article, { ...options, onProblem: (p) => problems.push(p) });
  // Through JSON, as the worker's answer comes.
  return JSON.parse(JSON.stringify({ html, problems }));
}

describe('renderArticle in workerd', () => {
  test('the worker bundle holds no DOM implementation (no jsdom)', () => {
    assert.ok(bundleInputs.some((f) => f.includes('dist/ssr/index.js')));
    assert.deepEqual(
      bundleInputs.filter((f) => /jsdom/.test(f)),
      [],
    );
  });

  const hostile = {
    headline: 'Hostile <b>input</b> & more',
    body: [
      {
        type: 'paragraph',
        html: '<script>alert(1)</script><a href="java&#9;script:alert(1)" title="a <b> c">link</a> <span style="x">kept</span> <svg><a href="/x">svg</a></svg>\u00a0<br/>end',
      },
      { type: 'tweet', text: 'Hello https://example.com/x #tag @someone', author: { name: 'Some One' } },
    ],
  };
  const cases = [
    ['examples/the-corner.json', json('the-corner.json')],
    ['examples/every-block.json', json('every-block.json')],
    ['hostile HTML fields', hostile],
  ];
  for (const [name, article] of cases)
    for (const options of [{}, { document: true, baseUrl: 'https://example.com/a' }])
      test(`${name}, ${options.document ? 'a whole document' : 'a fragment'}: byte for byte what Node renders`, async () => {
        const [edge, node] = await Promise.all([inWorkerd(article, options), inNode(article, options)]);
        assert.ok(node.html.length > 1000, 'something was rendered');
        assert.ok(edge.html === node.html, 'the same HTML'); // not deepEqual: a 50 KB diff helps no one
        assert.deepEqual(edge.problems, node.problems);
      });
});
