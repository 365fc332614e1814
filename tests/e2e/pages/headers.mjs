// Response headers for the test pages here, by file name. Both servers use this table: the test
// runner's (web-test-runner.config.mjs) and scripts/serve.mjs in the end-to-end tests.

/** The policy from the "Drop-in safety" issue: a strict publisher page, word for word. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

/**
 * For pages that also restrict Trusted Types policy names: every policy the library's code creates.
 *   lit-html                    Lit's own, for template HTML (at load, once per copy of Lit)
 *   article-elements            ours, for the JSON-LD script text
 *   article-elements-live-post  ours, for X's widget script URL (only when a reader asks for a post)
 *   dompurify                   DOMPurify's, on engines without the HTML Sanitizer API (Safari)
 *   'allow-duplicates'          a second copy of the library on the page creates the same names again
 */
export const TRUSTED_TYPES =
  "trusted-types lit-html article-elements article-elements-live-post dompurify 'allow-duplicates'";

const PAGES = {
  'csp.html': STRICT_CSP,
  'csp-inline.html': STRICT_CSP,
  'csp-links.html': STRICT_CSP,
  'csp-named.html': `${STRICT_CSP}; ${TRUSTED_TYPES}`,
};

/** Headers for a request path, or undefined. */
export function headersFor(path) {
  const csp = PAGES[path.split('/').pop()];
  return csp ? { 'content-security-policy': csp } : undefined;
}
