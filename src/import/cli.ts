import { importArticle } from './index.js';
import type { InputKind } from './types.js';

/**
 * `article-elements import <file-or-url> [--base-url URL] [--out FILE] [--kind html|amp|wordpress]`:
 * prints Article JSON on stdout (or writes it to --out) and the report on stderr, one line a
 * problem with its place. The process's I/O is passed in, so that the command runs (and is tested)
 * without a terminal, a file system or a network; the network is used only when the argument is a URL.
 */
export interface ImportIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  /** Needed only for --out. */
  writeFile?(path: string, text: string): Promise<void>;
  fetch(
    url: string,
    init?: { headers?: Record<string, string>; redirect?: 'follow' },
  ): Promise<{ ok: boolean; status: number; url?: string; text(): Promise<string> }>;
}

export const IMPORT_USAGE = `usage: article-elements import <file-or-url> [--base-url URL] [--out FILE] [--kind html|amp|wordpress]

import    reads an article page, an AMP page or a WordPress REST post (a saved file, or a URL,
          fetched once) and prints Article JSON; the report goes to stderr, one line a problem
          with its place (body[12]: …). Exit 0 when an article came out, 1 when none could,
          2 for a usage error.`;

const KINDS: InputKind[] = ['html', 'amp', 'wordpress'];
const VALUED = ['--base-url', '--out', '--kind'];

/** Runs the command on `argv` (the arguments after `import`); resolves to the exit code. */
export async function runImport(argv: string[], io: ImportIo): Promise<number> {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const usage = (message: string) => {
    io.stderr(`article-elements import: ${message}\n${IMPORT_USAGE}\n`);
    return 2;
  };
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${IMPORT_USAGE}\n`);
    return 0;
  }
  const unknown = argv.find((a, i) => a.startsWith('--') && !VALUED.includes(a) && !VALUED.includes(argv[i - 1]));
  if (unknown) return usage(`unknown option ${unknown}`);
  for (const name of VALUED)
    if (argv.includes(name) && (!value(name) || value(name)!.startsWith('--'))) return usage(`${name} needs a value`);
  const sources = argv.filter((a, i) => !a.startsWith('--') && !VALUED.includes(argv[i - 1]));
  if (sources.length !== 1) return usage(sources.length ? 'one file or URL at a time' : 'no file or URL given');
  const source = sources[0];
  const kind = value('--kind') as InputKind | undefined;
  if (kind && !KINDS.includes(kind)) return usage(`--kind is one of ${KINDS.join(', ')}`);
  let baseUrl = value('--base-url');
  if (baseUrl && !/^https?:\/\//i.test(baseUrl)) return usage('--base-url needs an absolute http(s) URL');
  const out = value('--out');
  if (out && !io.writeFile) return usage('--out is not available here');

  let input: string;
  try {
    if (/^https?:\/\//i.test(source)) {
      const response = await io.fetch(source, {
        redirect: 'follow',
        headers: { accept: 'text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8' },
      });
      if (!response.ok) {
        io.stderr(`article-elements import: ${source}: HTTP ${response.status}\n`);
        return 1;
      }
      input = await response.text();
      // Relative addresses in the page are relative to where it was served from (after redirects).
      baseUrl ??= response.url || source;
    } else input = await io.readFile(source);
  } catch (error) {
    io.stderr(`article-elements import: ${source}: ${(error as Error)?.message ?? error}\n`);
    return 1;
  }

  const result = importArticle(input, { baseUrl, kind });
  const seen = { html: 'an HTML page', amp: 'an AMP page', wordpress: 'a WordPress REST post' }[result.kind];
  const lines = [`${source}: read as ${seen}`, ...result.problems.map((p) => `${p.path}: ${p.message}`)];
  if (!result.article) {
    io.stderr(`${lines.join('\n')}\n${source}: no article could be imported\n`);
    return 1;
  }
  const json = `${JSON.stringify(result.article, null, 2)}\n`;
  if (out) {
    try {
      await io.writeFile!(out, json);
    } catch (error) {
      io.stderr(`article-elements import: ${out}: ${(error as Error)?.message ?? error}\n`);
      return 1;
    }
  } else io.stdout(json);
  const count = result.problems.length;
  lines.push(
    `${source}: ${result.article.body.length} blocks${count ? `, ${count} problem${count > 1 ? 's' : ''} reported` : ''}${out ? `, written to ${out}` : ''}`,
  );
  io.stderr(`${lines.join('\n')}\n`);
  return 0;
}
