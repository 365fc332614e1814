import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { normalizeArticle } from '../article/normalize.js';

export interface ValidationProblem {
  /** JSON path, e.g. `body[3].src`; `$` is the whole document. */
  path: string;
  message: string;
  /** Errors make the article invalid; warnings are editorial advice. */
  severity: 'error' | 'warning';
}

const schema = JSON.parse(readFileSync(new URL('../article/article.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const check = ajv.compile(schema);

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
 * image sizes). Returns every problem with its JSON path; errors first.
 */
export function validateArticle(data: unknown): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const seen = new Set<string>();
  const add = (p: ValidationProblem) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return;
    seen.add(key);
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
      });
    }
  }
  const errorPaths = new Set(problems.map((p) => p.path));
  for (const p of normalizeArticle(data).problems) {
    if (errorPaths.has(p.path)) continue;
    const severity = /unknown block type|unsafe URL|not an ISO 8601|expected|nothing to show|missing$/.test(p.message)
      ? 'error'
      : 'warning';
    add({ path: p.path, message: p.message, severity });
  }
  // Editorial rules the renderer does not need but a desk editor does.
  const photos: [string, unknown][] = [];
  const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (obj(data)) {
    photos.push(['image', data.image]);
    if (Array.isArray(data.body))
      data.body.forEach((b, i) => obj(b) && b.type === 'image' && photos.push([`body[${i}]`, b]));
  }
  if (obj(data) && Array.isArray(data.body)) {
    data.body.forEach((b, i) => {
      if (obj(b) && b.type === 'tweet' && b.url == null) {
        add({
          path: `body[${i}].url`,
          message: 'post without a URL: readers get no link to the original and no live post',
          severity: 'warning',
        });
      }
    });
  }
  for (const [path, photo] of photos) {
    if (obj(photo) && typeof photo.src === 'string' && !photo.credit)
      add({ path: `${path}.credit`, message: 'photo without a credit', severity: 'warning' });
  }
  return problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
