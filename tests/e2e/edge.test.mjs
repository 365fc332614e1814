// Server rendering at the edge (issue 19): renderArticle from dist/ssr/index.js, bundled with
// esbuild into a worker and run in workerd, Cloudflare's runtime (the `workerd` package; no network
// needed), gives the same HTML as in Node, byte for byte, and the same problems. Needs
// `npm run build` (pretest runs it).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { renderArticle } from '../../dist/ssr/index.js';
import { startWorkerd } from './workerd.mjs';

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

let worker, bundleInputs;
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
  worker = await startWorkerd(dir, result.outputFiles[0].contents);
});
after(() => {
  worker?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** What the worker in workerd answers for `article` and `options`. */
async function inWorkerd(article, options) {
  const { status, json } = await worker.post({ article, options });
  assert.equal(status, 200, worker.output);
  return json;
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
