#!/usr/bin/env node
/**
 * article-elements render <article.json> [--document] [--heading-level N] [--script URL] [--base-url URL]
 * article-elements validate <article.json> [--block NAME[=SCHEMA.json]]…
 */
import { readFileSync } from 'node:fs';
import { renderArticle } from './ssr/index.js';
import { validateArticle } from './ssr/validate.js';

const USAGE = `usage:
  article-elements render <article.json> [--document] [--heading-level N] [--script URL] [--base-url URL] > article.html
  article-elements validate <article.json> [--block NAME[=SCHEMA.json]]…

render    prints the article as HTML with declarative shadow DOM (a fragment, or a whole
          document with --document; --script adds the bundle to hydrate with; --base-url is
          the page's address, for absolute URLs in JSON-LD and Open Graph)
validate  checks the file against the Article JSON Schema and the editorial rules and prints
          each problem with its JSON path; exits 1 when the article is invalid.
          --block names a block type of your own (defineBlock) to accept, optionally
          with a JSON Schema file for its fields; repeat it for each type`;

function fail(message: string, code = 2): never {
  process.stderr.write(`article-elements: ${message}\n`);
  process.exit(code);
}

function readJson(file: string | undefined): unknown {
  if (!file) fail(`no file given\n${USAGE}`);
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(`${file} is not valid JSON: ${(error as Error).message}`, 1);
  }
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
  try {
    const html = await renderArticle(data, {
      document: flag('--document'),
      headingLevel: value('--heading-level') ? Number(value('--heading-level')) : undefined,
      scriptSrc: value('--script'),
      baseUrl: value('--base-url'),
      onProblem: (p) => process.stderr.write(`warning: ${p.path}: ${p.message}\n`),
    });
    process.stdout.write(html);
  } catch (error) {
    fail((error as Error).message, 1);
  }
} else if (command === 'validate') {
  const problems = validateArticle(readJson(file), { blocks: blockTypes() });
  for (const p of problems) process.stdout.write(`${p.severity}: ${p.path}: ${p.message}\n`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  process.stdout.write(
    errors
      ? `${file}: invalid (${errors} error${errors > 1 ? 's' : ''})\n`
      : `${file}: valid${problems.length ? ` (${problems.length} warning${problems.length > 1 ? 's' : ''})` : ''}\n`,
  );
  process.exit(errors ? 1 : 0);
} else if (command === '--help' || command === '-h' || command === 'help') {
  process.stdout.write(`${USAGE}\n`);
} else {
  fail(`${command ? `unknown command "${command}"` : 'no command'}\n${USAGE}`);
}
