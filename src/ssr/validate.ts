import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { requirePeers } from '../internal/require-peer.js';
import { normalizeArticle } from '../article/normalize.js';
import { assembleSchema, blockSchemas } from '../article/schema.js';
import { customBlockTypes, customSchema } from '../article/define-block.js';
import type { JsonSchema, ProblemCode } from '../article/blocks/spec.js';

// Optional peer dependencies of the CLI's validate: a missing one fails with a line naming what to install.
const [{ Ajv2020 }, { default: addFormats }] = await requirePeers(
  'article-elements validate',
  ['ajv', 'ajv-formats'],
  () => Promise.all([import('ajv/dist/2020.js'), import('ajv-formats')]),
);

export interface ValidationProblem {
  /** JSON path, e.g. `body[3].src`; `$` is the whole document. */
  path: string;
  message: string;
  /** Errors make the article invalid; warnings are editorial advice. */
  severity: 'error' | 'warning';
  /** What kind of problem (see ProblemCode); `schema` for what only the JSON Schema saw, `editorial` for desk advice. */
  code: ProblemCode | 'schema' | 'editorial';
}

export interface ValidateOptions {
  /**
   * Block types to accept beside the built-in ones: names (any fields), or names with the JSON
   * Schema of their fields. Types defined with `defineBlock` in this process are known already.
   */
  blocks?: string[] | Record<string, JsonSchema>;
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
// Built once, when this module loads; block types added later get a schema of their own.
const builtIn = await blockSchemas();
(addFormats as unknown as (a: typeof ajv) => void)(ajv);
const compiled = new Map<string, ValidateFunction>();

const pathOf = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((seg) => (/^\d+$/.test(seg) ? `[${seg}]` : `.${seg.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('')
    .replace(/^\./, '') || '$';

function describe(e: ErrorObject): string {
  switch (e.keyword) {
    case 'required':
      return `${(e.params as { missingProperty: string }).missingProperty} is required`;
    case 'enum':
      return `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'not':
      return 'unsafe URL scheme (only http, https, mailto and relative URLs)';
    default:
      return e.message ?? e.keyword;
  }
}

// The schema's if/then dispatch reports a failed "then" on top of the real cause; drop that noise.
const NOISE = new Set(['if', 'allOf']);

/**
 * Checks Article JSON against the JSON Schema and the editorial rules (alt text, credits, post URLs,
 * image sizes). Returns every problem with its JSON path; errors first. Whether a problem is an
 * error comes from its severity, as the normalizer reports it.
 */
export function validateArticle(data: unknown, options: ValidateOptions = {}): ValidationProblem[] {
  const extra: Record<string, JsonSchema> = {};
  for (const type of customBlockTypes()) extra[type] = customSchema(type) ?? {};
  const given = options.blocks ?? [];
  // A name the library already knows keeps its own schema: only new types are added.
  if (Array.isArray(given)) {
    for (const type of given) if (!Object.hasOwn(builtIn, type)) extra[type] ??= {};
  } else Object.assign(extra, given);
  const key = JSON.stringify(extra);
  let check = compiled.get(key);
  if (!check) {
    // One schema per set of custom types; ajv holds each by its $id, which only the first may keep.
    const { $id, ...schema } = assembleSchema({ ...builtIn, ...extra });
    compiled.set(key, (check = ajv.compile(compiled.size ? schema : { $id, ...schema })));
  }

  const problems: ValidationProblem[] = [];
  const seen = new Set<string>();
  const add = (p: ValidationProblem) => {
    const id = `${p.path}\u0000${p.message}`;
    if (seen.has(id)) return;
    seen.add(id);
    problems.push(p);
  };
  if (!check(data)) {
    for (const e of check.errors ?? []) {
      if (NOISE.has(e.keyword)) continue;
      const path = pathOf(e.instancePath);
      add({
        path:
          e.keyword === 'required'
            ? `${path === '$' ? '' : `${path}.`}${(e.params as { missingProperty: string }).missingProperty}`
            : path,
        message: describe(e),
        severity: 'error',
        code: 'schema',
      });
    }
  }
  const errorPaths = new Set(problems.map((p) => p.path));
  for (const p of normalizeArticle(data, { knownTypes: Object.keys(extra) }).problems) {
    if (errorPaths.has(p.path)) continue;
    add(p);
  }
  // Editorial rules the renderer does not need but a desk editor does.
  const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  const photos: [string, unknown][] = [];
  if (obj(data)) {
    photos.push(['image', data.image]);
    if (Array.isArray(data.body))
      data.body.forEach((b, i) => {
        if (!obj(b)) return;
        if (b.type === 'image') photos.push([`body[${i}]`, b]);
        if (b.type === 'tweet' && b.url == null)
          add({
            path: `body[${i}].url`,
            message: 'post without a URL: readers get no link to the original and no live post',
            severity: 'warning',
            code: 'editorial',
          });
      });
  }
  for (const [path, photo] of photos) {
    if (obj(photo) && typeof photo.src === 'string' && !photo.credit)
      add({ path: `${path}.credit`, message: 'photo without a credit', severity: 'warning', code: 'editorial' });
  }
  return problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
