// npm run build: the npm modules and declarations (tsc), then the script-tag bundle (Vite).
import { execFileSync } from 'node:child_process';
import { rmSync, cpSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
cpSync('src/article/article.schema.json', 'dist/article/article.schema.json');
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('node', ['scripts/sizes.mjs']);
