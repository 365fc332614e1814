// The published package, as a consumer gets it: `npm pack` (of the current build: run `npm run build`
// first; pretest does), install the tarball into an empty project from the registry, then import every
// entry point in Node, server-render, run the CLI, lint the tarball (publint, attw) and type-check a
// consumer's files with this repository's TypeScript under three module resolutions.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const repo = (path) => join(root, path);
const pkg = JSON.parse(readFileSync(repo('package.json'), 'utf8'));
const versionOf = (name) => JSON.parse(readFileSync(repo(`node_modules/${name}/package.json`), 'utf8')).version;
const fixture = JSON.parse(readFileSync(repo('examples/the-corner.json'), 'utf8'));

// npm passes its own settings to scripts it runs (npm_config_local_prefix and friends); a child npm
// must not inherit them, or it would install into this repository instead of the empty project.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^npm_/i.test(key) || /^npm_config_(registry|cache|userconfig)$/i.test(key),
  ),
);

let work, project, tarball, files;

/** Runs a command; resolves with { code, stdout, stderr } instead of throwing on a non-zero exit. */
async function sh(cmd, args, options = {}) {
  try {
    const { stdout, stderr } = await run(cmd, args, { env, maxBuffer: 64 << 20, ...options });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

/** Runs an ES module in the consumer project and returns what it printed as JSON. */
async function node(source) {
  const file = join(project, `check-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, source);
  const result = await sh(process.execPath, [file], { cwd: project });
  assert.equal(result.code, 0, `node ${file} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

before(
  async () => {
    for (const built of [
      'dist/index.js',
      'dist/react.js',
      'dist/ssr/index.js',
      'dist/article-elements.js',
      'dist/jsx.d.ts',
      'custom-elements.json',
    ]) {
      assert.ok(
        existsSync(repo(built)),
        `${built} is missing: run \`npm run build\` (with analyze and the IDE data) before this test`,
      );
    }
    work = mkdtempSync(join(tmpdir(), 'article-elements-package-'));
    project = join(work, 'consumer');
    // --ignore-scripts: pack the build on disk; prepack would rebuild dist/ under other running suites.
    const packed = await sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root });
    assert.equal(packed.code, 0, packed.stderr);
    const [info] = JSON.parse(packed.stdout);
    tarball = join(work, info.filename);
    files = info.files.map((f) => f.path);

    mkdirSync(project);
    writeFileSync(
      join(project, 'package.json'),
      `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`,
    );
    const installed = await sh(
      'npm',
      [
        'install',
        '--prefix',
        project,
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        tarball,
        `react@${versionOf('react')}`,
        `react-dom@${versionOf('react-dom')}`,
        `@types/react@${versionOf('@types/react')}`,
      ],
      { cwd: project },
    );
    assert.equal(
      installed.code,
      0,
      `npm install of the tarball failed (the registry must be reachable):\n${installed.stderr}`,
    );
  },
  { timeout: 300_000 },
);

after(() => {
  if (work && !process.env.KEEP_PACKAGE_TEST) rmSync(work, { recursive: true, force: true });
});

describe('the tarball', () => {
  test('holds the build, the manifest, the schema, the editor data and the fixture, and nothing else', () => {
    for (const path of [
      'package.json',
      'README.md',
      'custom-elements.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/define.js',
      'dist/react.js',
      'dist/react.d.ts',
      'dist/ssr/index.js',
      'dist/ssr/index.d.ts',
      'dist/cli.js',
      'dist/article-elements.js',
      'dist/article/article.schema.json',
      'dist/vscode.html-custom-data.json',
      'dist/vscode.css-custom-data.json',
      'dist/jsx.d.ts',
      'examples/the-corner.json',
      ...['article-header', 'photo-figure', 'pull-quote', 'tweet-embed', 'author-bio', 'news-article'].flatMap((t) => [
        `dist/${t}.js`,
        `dist/${t}.d.ts`,
      ]),
    ]) {
      assert.ok(files.includes(path), `${path} is in the tarball`);
    }
    const stray = files.filter((f) =>
      /^(tests|stories|scripts|\.storybook|node_modules)\/|^examples\/(react|vue|svelte)\/|\.map$/.test(f),
    );
    assert.deepEqual(stray, [], 'no tests, stories, scripts, framework examples or source maps');
  });

  test('every file named in exports, bin, main, types and customElements is in it', () => {
    const targets = [];
    const walk = (value) => (typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(walk));
    walk(pkg.exports);
    walk(pkg.bin);
    targets.push(pkg.main, pkg.types, pkg.customElements);
    for (const target of targets) {
      const path = target.replace(/^\.\//, '');
      // A subpath pattern (./locales/*.js) must match at least one packed file.
      const found = path.includes('*')
        ? files.some((f) =>
            new RegExp(
              `^${path
                .split('*')
                .map((p) => p.replace(/[.]/g, '\\.'))
                .join('[^/]+')}$`,
            ).test(f),
          )
        : files.includes(path);
      assert.ok(found, `${target} is in the tarball`);
    }
  });

  test('publint finds nothing', async () => {
    const result = await sh(process.execPath, [repo('node_modules/publint/src/cli.js'), 'run', tarball, '--strict'], {
      cwd: root,
    });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /All good!/);
  });

  test('attw finds nothing (.attw.json: ESM only, so a require() from CommonJS is not a problem)', async () => {
    const result = await sh(
      process.execPath,
      [repo('node_modules/@arethetypeswrong/cli/dist/index.js'), tarball, '--format', 'ascii'],
      { cwd: root },
    );
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.doesNotMatch(result.stdout, /💀|❌|Resolution failed|No types/);
  });
});

describe('installed into an empty project', () => {
  test('the index registers nothing; define.js and each tag module register their elements', async () => {
    const out = await node(`
      const index = await import('article-elements');
      const before = ['news-article', 'pull-quote'].map((t) => customElements.get(t) ?? null);
      await import('article-elements/pull-quote.js');
      const one = ['news-article', 'pull-quote'].map((t) => Boolean(customElements.get(t)));
      await import('article-elements/define.js');
      const all = ['article-header', 'photo-figure', 'pull-quote', 'tweet-embed', 'author-bio', 'news-article'].map((t) => customElements.get(t)?.name);
      console.log(JSON.stringify({ exports: Object.keys(index).sort(), before, one, all }));
    `);
    assert.deepEqual(out.before, [null, null]);
    assert.deepEqual(out.one, [false, true]);
    assert.deepEqual(out.all, ['ArticleHeader', 'PhotoFigure', 'PullQuote', 'TweetEmbed', 'AuthorBio', 'NewsArticle']);
    for (const name of ['NewsArticle', 'PullQuote', 'defineArticleElements', 'normalizeArticle', 'registerMessages']) {
      assert.ok(out.exports.includes(name), `the index exports ${name}`);
    }
  });

  test('the JSON entry points resolve: schema, manifest, fixture, and the script-tag bundle path', async () => {
    const out = await node(`
      const json = async (s) => (await import(s, { with: { type: 'json' } })).default;
      const schema = await json('article-elements/article.schema.json');
      const manifest = await json('article-elements/custom-elements.json');
      const fixture = await json('article-elements/fixtures/the-corner.json');
      const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName).sort();
      const bundle = import.meta.resolve('article-elements/dist/article-elements.js');
      console.log(JSON.stringify({ schema: schema.title ?? schema.$id ?? Object.keys(schema), tags, headline: fixture.headline, bundle }));
    `);
    assert.deepEqual(out.tags, [
      'article-header',
      'author-bio',
      'news-article',
      'photo-figure',
      'pull-quote',
      'tweet-embed',
    ]);
    assert.equal(out.headline, fixture.headline);
    assert.match(out.bundle, /node_modules\/article-elements\/dist\/article-elements\.js$/);
    assert.ok(out.schema);
  });

  test('renderArticle from article-elements/ssr renders the reference article with declarative shadow DOM', async () => {
    const out = await node(`
      import { readFileSync } from 'node:fs';
      import { renderArticle } from 'article-elements/ssr';
      const article = JSON.parse(readFileSync('node_modules/article-elements/examples/the-corner.json', 'utf8'));
      const problems = [];
      const html = await renderArticle(article, { onProblem: (p) => problems.push(p.path) });
      const page = await renderArticle(article, { document: true });
      console.log(JSON.stringify({ html, page: page.slice(0, 400), problems }));
    `);
    assert.match(out.html, /<style>[^]*<news-article[^>]*>/);
    assert.match(out.html, /<template shadowroot(mode)?="open"/);
    for (const tag of ['article-header', 'photo-figure', 'pull-quote', 'tweet-embed', 'author-bio'])
      assert.match(out.html, new RegExp(`<${tag}[\\s>]`));
    assert.ok(out.html.includes(fixture.headline), 'the headline is in the HTML');
    assert.ok(out.html.includes(fixture.authors[0].bio), 'the bio is in the HTML');
    assert.match(out.page, /^<!doctype html>\s*<html lang="en-US">/);
  });

  test('the React wrappers import in Node and server-render their tags with react-dom/server', async () => {
    // @lit/react leaves element properties to the browser (or to @lit-labs/ssr-react): on the server a
    // wrapper renders its tag and children. A server-rendered article comes from article-elements/ssr.
    const out = await node(`
      import { createElement } from 'react';
      import { renderToString } from 'react-dom/server';
      import * as wrappers from 'article-elements/react';
      const html = renderToString(createElement('div', null,
        createElement(wrappers.PullQuote, { variant: 'block', className: 'wide' }, createElement('p', null, 'The request…')),
        createElement(wrappers.NewsArticle, { src: '/articles/the-corner.json', onLoad() {} })));
      console.log(JSON.stringify({ names: Object.keys(wrappers).sort(), html, registered: Boolean(customElements.get('news-article')) }));
    `);
    assert.deepEqual(out.names, [
      'ArticleHeader',
      'AuthorBio',
      'NewsArticle',
      'PhotoFigure',
      'PullQuote',
      'TweetEmbed',
    ]);
    assert.equal(
      out.html,
      '<div><pull-quote class="wide"><p>The request…</p></pull-quote><news-article></news-article></div>',
    );
    assert.equal(out.registered, true, 'importing the wrappers registers the elements');
  });

  test('the CLI: `npx article-elements validate` and `render`', async () => {
    const json = 'node_modules/article-elements/examples/the-corner.json';
    const valid = await sh('npx', ['--no', 'article-elements', 'validate', json], { cwd: project });
    assert.equal(valid.code, 0, valid.stderr);
    assert.match(valid.stdout, /the-corner\.json: valid/);

    writeFileSync(join(project, 'bad.json'), JSON.stringify({ body: 'none' }));
    const invalid = await sh('npx', ['--no', 'article-elements', 'validate', 'bad.json'], { cwd: project });
    assert.equal(invalid.code, 1);
    assert.match(invalid.stdout, /bad\.json: invalid/);

    const rendered = await sh('npx', ['--no', 'article-elements', 'render', json, '--document'], { cwd: project });
    assert.equal(rendered.code, 0, rendered.stderr);
    assert.match(rendered.stdout, /^<!doctype html>/);
    assert.ok(rendered.stdout.includes(fixture.headline));
  });

  for (const [resolution, module] of [
    ['nodenext', 'nodenext'],
    ['bundler', 'esnext'],
    ['node10', 'esnext'],
  ]) {
    test(`a consumer's TypeScript type-checks (moduleResolution ${resolution}): Article, document.createElement('news-article'), events, React wrappers and JSX`, async () => {
      const dir = join(project, `ts-${resolution}`);
      mkdirSync(dir, { recursive: true });
      for (const file of ['consumer.ts', 'consumer-jsx.tsx'])
        copyFileSync(new URL(`./consumer/${file}`, import.meta.url), join(dir, file));
      const tsconfig = {
        compilerOptions: {
          target: 'es2022',
          module,
          moduleResolution: resolution,
          lib: ['es2023', 'dom', 'dom.iterable'],
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
          // Projects on the old "node" resolution usually have this; @lit/react's types need it there.
          ...(resolution === 'node10' ? { esModuleInterop: true } : {}),
        },
        include: ['*.ts', '*.tsx'],
      };
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
      const result = await sh(process.execPath, [repo('node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir });
      assert.equal(result.code, 0, `tsc (${resolution}) reported:\n${result.stdout}${result.stderr}`);
    });
  }
});
