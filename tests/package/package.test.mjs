// The published package, as a consumer gets it: `npm pack` (of the current build: run `npm run build`
// first; pretest does), install the tarball into two empty projects from the registry, then:
//   - browser-only: the tarball alone. It must stay small (lit, its own dependencies and DOMPurify),
//     and the entry points that need an optional peer dependency must say which one to install;
//   - full: the tarball with the optional peers (server rendering, CLI, React). Import every entry
//     point in Node, server-render, run the CLI, lint the tarball (publint, attw) and type-check a
//     consumer's files with this repository's TypeScript under three module resolutions.
// PACKAGE_TEST_TARBALL=path/to/article-elements-x.y.z.tgz tests that tarball instead of packing this build.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
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

let work, project, lean, tarball, files;

/** The optional peer dependencies, with the versions this repository tests against. */
const peers = Object.keys(pkg.peerDependencies ?? {});
const optionalPeers = peers.filter((name) => pkg.peerDependenciesMeta?.[name]?.optional);

/** At most this many packages in a browser-only install, article-elements itself included. */
const LEAN_MAX_PACKAGES = 10;

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

/** Runs an ES module in a project (the full consumer by default) and returns what it printed as JSON. */
async function node(source, cwd = project) {
  const result = await nodeRun(source, cwd);
  assert.equal(result.code, 0, `node failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** Runs an ES module in a project; resolves with { code, stdout, stderr }. */
function nodeRun(source, cwd) {
  const file = join(cwd, `check-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, source);
  return sh(process.execPath, [file], { cwd });
}

/** Installs packages into an empty project (its own package.json, so npm does not walk up). */
async function install(dir, specs) {
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: basename(dir), private: true, type: 'module' }, null, 2)}\n`,
  );
  const installed = await sh(
    'npm',
    ['install', '--prefix', dir, '--no-audit', '--no-fund', '--prefer-offline', ...specs],
    { cwd: dir },
  );
  assert.equal(
    installed.code,
    0,
    `npm install in ${dir} failed (the registry must be reachable):\n${installed.stderr}`,
  );
}

/** The packages npm installed into a project, from its hidden lockfile. */
function installedPackages(dir) {
  const lock = JSON.parse(readFileSync(join(dir, 'node_modules/.package-lock.json'), 'utf8'));
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.link)
    .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')}@${entry.version}`)
    .sort();
}

/** Bytes on disk under a directory (file sizes, symlinks not followed). */
function bytesUnder(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(path) : lstatSync(path).size;
  }
  return total;
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
    lean = join(work, 'browser-only');
    if (process.env.PACKAGE_TEST_TARBALL) {
      tarball = process.env.PACKAGE_TEST_TARBALL;
      const listed = await sh('tar', ['-tzf', tarball]);
      assert.equal(listed.code, 0, listed.stderr);
      files = listed.stdout
        .split('\n')
        .filter(Boolean)
        .map((f) => f.replace(/^package\//, ''));
    } else {
      // --ignore-scripts: pack the build on disk; prepare would rebuild dist/ under other running suites.
      const packed = await sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
        cwd: root,
      });
      assert.equal(packed.code, 0, packed.stderr);
      const [info] = JSON.parse(packed.stdout);
      tarball = join(work, info.filename);
      files = info.files.map((f) => f.path);
    }

    // One at a time: two npm installs at once share (and lock) the cache.
    await install(lean, [tarball]);
    await install(project, [
      tarball,
      // The optional peers, at the versions this repository's own tests run with.
      ...optionalPeers.map((name) => `${name}@${versionOf(name)}`),
      `react-dom@${versionOf('react-dom')}`,
      `@types/react@${versionOf('@types/react')}`,
    ]);
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

describe('installed alone, for the browser', () => {
  test(`has at most ${LEAN_MAX_PACKAGES} packages: lit, its own dependencies and DOMPurify`, () => {
    const packages = installedPackages(lean);
    const mb = bytesUnder(join(lean, 'node_modules')) / 1e6;
    console.log(`browser-only install: ${packages.length} packages, ${mb.toFixed(1)} MB: ${packages.join(', ')}`);
    assert.ok(
      packages.length <= LEAN_MAX_PACKAGES,
      `${packages.length} packages, more than ${LEAN_MAX_PACKAGES}: ${packages.join(', ')}`,
    );
    for (const name of ['article-elements', 'lit', 'dompurify'])
      assert.ok(
        packages.some((p) => p.startsWith(`${name}@`)),
        `${name} is installed`,
      );
  });

  test('npm installs none of the optional peer dependencies', () => {
    assert.ok(optionalPeers.length >= 6, `optional peers: ${optionalPeers.join(', ')}`);
    const names = installedPackages(lean).map((p) => p.replace(/(.)@.*$/, '$1'));
    assert.deepEqual(
      optionalPeers.filter((name) => names.includes(name)),
      [],
    );
  });

  test('the browser entry points import and register their elements', async () => {
    const out = await node(
      `
      const index = await import('article-elements');
      await import('article-elements/define.js');
      console.log(JSON.stringify({ normalize: typeof index.normalizeArticle, tag: customElements.get('news-article')?.name }));
    `,
      lean,
    );
    assert.deepEqual(out, { normalize: 'function', tag: 'NewsArticle' });
  });

  for (const [entry, needs] of [
    ['article-elements/ssr', ['@lit-labs/ssr', 'sanitize-html']],
    ['article-elements/react', ['react', '@lit/react']],
  ]) {
    test(`importing ${entry} fails with one line naming ${needs.join(' and ')}`, async () => {
      const result = await nodeRun(`await import('${entry}');`, lean);
      assert.notEqual(result.code, 0);
      const line = `${entry} needs ${needs.join(' and ')}: npm install ${needs.join(' ')}`;
      // Node prints the stack, whose first line is "<ErrorName>: <message>".
      assert.ok(
        result.stderr.split('\n').some((l) => l.replace(/^\w*Error: /, '') === line),
        `stderr has the line "${line}":\n${result.stderr}`,
      );
    });
  }

  for (const [command, line] of [
    ['render', 'article-elements/ssr needs @lit-labs/ssr and sanitize-html: npm install @lit-labs/ssr sanitize-html'],
    ['validate', 'article-elements validate needs ajv and ajv-formats: npm install ajv ajv-formats'],
  ]) {
    test(`\`npx article-elements ${command}\` prints one line naming what to install`, async () => {
      const json = 'node_modules/article-elements/examples/the-corner.json';
      const result = await sh('npx', ['--no', 'article-elements', command, json], { cwd: lean });
      assert.notEqual(result.code, 0);
      assert.equal(result.stdout, '');
      assert.equal(result.stderr, `article-elements: ${line}\n`);
    });
  }
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
      'embed-frame',
      'news-article',
      'photo-figure',
      'photo-gallery',
      'pull-quote',
      'social-post',
      'tweet-embed',
      'video-embed',
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
    assert.match(out.page, /^<!doctype html>\s*<html lang="en-US">/i);
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
    assert.match(rendered.stdout, /^<!doctype html>/i);
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
