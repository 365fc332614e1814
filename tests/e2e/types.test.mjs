// The type-level tests in tests/types/ (the block registry refuses incomplete specs and entries
// filed under another type's name): `tsc` over them and src must report nothing. Each
// `@ts-expect-error` there that no longer meets its error is itself an error, so this fails when the
// types stop catching a mistake, as well as when src stops compiling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);

test('the block registry’s type checks hold (tsc -p tests/types/tsconfig.json)', () => {
  const source = readFileSync(new URL('tests/types/registry.ts', ROOT), 'utf8');
  assert.ok((source.match(/@ts-expect-error/g) ?? []).length >= 10, 'the ten expected errors are still there');
  const run = spawnSync('npx', ['tsc', '-p', 'tests/types/tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.error, undefined);
  assert.equal(run.status, 0, `tsc reported:\n${run.stdout}${run.stderr}`);
});
