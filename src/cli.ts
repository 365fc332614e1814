#!/usr/bin/env node
/**
 * article-elements render <article.json> [--document] [--heading-level N] [--script URL] [--base-url URL]
 * article-elements validate <article.json> [--block NAME[=SCHEMA.json]]…
 */
import { readFileSync } from 'node:fs';
import { MissingPeerError, requirePeers } from './internal/require-peer.js';

// Each command loads only what it needs, when it runs: the server renderer (Lit SSR, the
// sanitizer, every element) for render, the JSON Schema and its validator for validate. Loading
// both up front made every run pay for both.

const USAGE = `usage:
  article-elements render <article.json> [--document] [--heading-level N] [--script URL] [--base-url URL] > article.html
  article-elements validate <article.json> [--block NAME[=SCHEMA.json]]…
  article-elements import <file-or-url> [--base-url URL] [--out FILE] [--kind html|amp|wordpress]

render    prints the article as HTML with declarative shadow DOM (a fragment, or a whole
          document with --document; --script adds the bundle to hydrate with; --base-url is
          the page's address, for absolute URLs in JSON-LD and Open Graph)
validate  checks the file against the Article JSON Schema and the editorial rules and prints
          each problem with its JSON path; exits 1 when the article is invalid.
          --block names a block type of your own (defineBlock) to accept, optionally
          with a JSON Schema file for its fields; repeat it for each type
import    turns an article page, an AMP page or a WordPress REST post (a file, or a URL,
          fetched only then) into Article JSON on stdout (or --out), each problem on stderr
          with its place; exits 1 when no article came out`;

/**
 * `text` safe to print on a terminal: data reaches the messages (values, keys, JSON.parse's excerpts),
 * and a control character in it could move the cursor, rewrite what was printed, set the window
 * title or reorder the line. C0 and C1 controls, DEL and the bidirectional controls are written as
 * escapes (`\x1b`, `\u202e`); the line breaks between messages are ours.
 */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

/** Writes lines of messages (not the rendered HTML), each made printable. */
function say(stream: NodeJS.WriteStream, ...lines: string[]): void {
  stream.write(lines.map((line) => `${printable(line)}\n`).join(''));
}

function fail(message: string, code = 2): never {
  // The library's own errors already name it (renderArticle's "article-elements: nothing to render").
  say(process.stderr, ...`article-elements: ${message.replace(/^article-elements: /, '')}`.split('\n'));
  process.exit(code);
}

// A reader that stops reading (`render … | head`) closes the pipe: that ends the run, quietly.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

function readJson(file: string | undefined): unknown {
  if (!file) fail(`no file given\n${USAGE}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`);
  }
  let text: string;
  try {
    // JSON is UTF-8 (RFC 8259). A byte sequence that is not would otherwise become U+FFFD, silently.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${file} is not valid UTF-8`, 1);
  }
  try {
    // TextDecoder drops a UTF-8 byte order mark (which JSON.parse would refuse), as RFC 8259 allows.
    return JSON.parse(text);
  } catch (error) {
    fail(`${file} is not valid JSON: ${(error as Error).message}`, 1);
  }
}

/** A missing optional peer dependency is one line naming what to install; anything else is thrown as it is. */
function missingPeer(error: unknown): never {
  if (error instanceof MissingPeerError) fail(error.message);
  throw error;
}

const [command, ...rest] = process.argv.slice(2);
const flag = (name: string) => rest.includes(name);
const value = (name: string) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : undefined;
};
const file = rest.find(
  (arg, i) => !arg.startsWith('--') && !['--heading-level', '--script', '--base-url', '--block'].includes(rest[i - 1]),
);

/** `--block recipe` and `--block recipe=recipe.schema.json`, as many as given. */
function blockTypes(): Record<string, Record<string, unknown>> {
  const types: Record<string, Record<string, unknown>> = {};
  rest.forEach((arg, i) => {
    if (arg !== '--block') return;
    const [name, schemaFile] = (rest[i + 1] ?? '').split('=');
    if (!/^[a-z][a-z0-9-]*$/.test(name ?? ''))
      fail(`--block needs a block type name (a-z, 0-9, "-"), got "${name ?? ''}"`);
    types[name] = schemaFile ? (readJson(schemaFile) as Record<string, unknown>) : {};
  });
  return types;
}

if (command === 'render') {
  const data = readJson(file);
  const { renderArticle } = await import('./ssr/index.js').catch(missingPeer);
  try {
    const html = await renderArticle(data, {
      document: flag('--document'),
      headingLevel: value('--heading-level') ? Number(value('--heading-level')) : undefined,
      scriptSrc: value('--script'),
      baseUrl: value('--base-url'),
      onProblem: (p) => say(process.stderr, `warning: ${p.path}: ${p.message}`),
    });
    process.stdout.write(html);
  } catch (error) {
    fail((error as Error).message, 1);
  }
} else if (command === 'validate') {
  const { validateArticle } = await import('./ssr/validate.js').catch(missingPeer);
  const problems = validateArticle(readJson(file), { blocks: blockTypes() });
  say(process.stdout, ...problems.map((p) => `${p.severity}: ${p.path}: ${p.message}`));
  const errors = problems.filter((p) => p.severity === 'error').length;
  say(
    process.stdout,
    errors
      ? `${file}: invalid (${errors} error${errors > 1 ? 's' : ''})`
      : `${file}: valid${problems.length ? ` (${problems.length} warning${problems.length > 1 ? 's' : ''})` : ''}`,
  );
  process.exit(errors ? 1 : 0);
} else if (command === 'import') {
  const { runImport } = await requirePeers(
    'article-elements import',
    ['linkedom', '@mozilla/readability', '@wordpress/block-serialization-default-parser'],
    () => import('./import/cli.js'),
  ).catch(missingPeer);
  const { readFile, writeFile } = await import('node:fs/promises');
  process.exitCode = await runImport(rest, {
    stdout: (text) => process.stdout.write(text),
    // The report quotes the page (titles, addresses): printable, a line at a time.
    stderr: (text) => say(process.stderr, ...text.replace(/\n$/, '').split('\n')),
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: (path, text) => writeFile(path, text),
    fetch: (url, init) => fetch(url, init),
  });
} else if (command === '--help' || command === '-h' || command === 'help') {
  process.stdout.write(`${USAGE}\n`);
} else {
  fail(`${command ? `unknown command "${command}"` : 'no command'}\n${USAGE}`);
}
