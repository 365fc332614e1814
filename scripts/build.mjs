// npm run build: the npm modules and declarations (tsc), the script-tag bundle (Vite), and the
// server-rendered example page; then prints the bundle sizes.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { minifyDist } from './minify-literals.mjs';

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: 'inherit', ...opts });
rmSync('dist', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
const literals = await minifyDist('dist');
console.log(`dist/: template literals minified, ${literals.before} -> ${literals.after} bytes`);
// The JSON Schema, assembled from the block registry (src/article/schema.ts).
const { articleSchema } = await import('../dist/article/schema.js');
writeFileSync('dist/article/article.schema.json', `${JSON.stringify(await articleSchema(), null, 2)}\n`);
chmodSync('dist/cli.js', 0o755);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
const ssr = execFileSync(
  'node',
  ['dist/cli.js', 'render', 'examples/the-corner.json', '--document', '--script', '../dist/article-elements.js'],
  {
    stdio: ['ignore', 'pipe', 'ignore'],
  },
);
writeFileSync('examples/ssr.html', ssr);
console.log('examples/ssr.html: the reference article, server-rendered');
run('node', ['scripts/sizes.mjs']);
