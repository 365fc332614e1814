import { importPage } from './page.js';
import { importWordPress, isWordPressPost } from './wordpress.js';
import type { ImportOptions, ImportResult, InputKind } from './types.js';

/**
 * `article-elements/import`: any article page, AMP page or WordPress REST post → Article JSON,
 * with a report of what could not be kept. Runs in Node and at the edge: linkedom for the DOM,
 * Mozilla's Readability for finding the content, no Node built-ins and no network.
 */
export type {
  EmbedBlock,
  GalleryBlock,
  ImportedArticle,
  ImportedBlock,
  ImportOptions,
  ImportProblem,
  ImportResult,
  InputKind,
  PostBlock,
} from './types.js';
export { splitCredit } from './credit.js';

/** JSON text, or undefined when the text is not JSON. */
function json(text: string): unknown {
  const t = text.trim();
  if (!/^[[{]/.test(t)) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}

/** What the input is: a WordPress REST post (object or JSON text), an AMP page, or any HTML page. */
export function detectKind(input: string | object): InputKind {
  if (typeof input !== 'string') return 'wordpress';
  const data = json(input);
  if (data !== undefined) return 'wordpress';
  // AMP pages say so on their root element: <html ⚡> or <html amp>.
  const root = /<html\b[^>]*>/i.exec(input.slice(0, 5000))?.[0] ?? '';
  return /\s(?:⚡|amp)(?:[\s=>]|$)/i.test(root) ? 'amp' : 'html';
}

/**
 * Imports one article. Never throws: what cannot be read is in `problems` (each with a JSON path of
 * the output, such as `body[12]`, or `$` for the whole input), and `article` is undefined when no
 * article could be found.
 */
export function importArticle(input: string | object, options: ImportOptions = {}): ImportResult {
  const kind = options.kind ?? detectKind(input);
  try {
    if (kind === 'wordpress') {
      const data = typeof input === 'string' ? json(input) : input;
      if (data === undefined)
        return {
          kind,
          problems: [{ path: '$', message: "not JSON: a WordPress post is read from the REST API's JSON" }],
        };
      if (!isWordPressPost(Array.isArray(data) ? data[0] : data) && typeof input === 'string' && !options.kind)
        return {
          kind,
          problems: [
            { path: '$', message: 'JSON, but not a WordPress post (expected title.rendered and content.rendered)' },
          ],
        };
      return importWordPress(data, options);
    }
    if (typeof input !== 'string') return { kind, problems: [{ path: '$', message: 'expected HTML text' }] };
    return importPage(input, kind, options);
  } catch (error) {
    return { kind, problems: [{ path: '$', message: `could not be read (${(error as Error)?.message ?? error})` }] };
  }
}
