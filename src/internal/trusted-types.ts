/**
 * Trusted Types policies the library creates (for pages that send `require-trusted-types-for
 * 'script'`). A page that restricts policy names also needs
 * Lit's and DOMPurify's: `trusted-types lit-html article-elements article-elements-live-post dompurify
 * 'allow-duplicates'` (see docs/csp.md).
 *   article-elements            createScript: JSON-LD text only (it must parse as JSON)
 *   article-elements-live-post  createScriptURL: https://platform.twitter.com/widgets.js only
 */
type Policy = { createScript(s: string): unknown };
type TT = { createPolicy(name: string, rules: { createScript(s: string): string }): Policy };

let policy: Policy | 'none' | 'blocked' | undefined;

/** JSON for a `<script type="application/ld+json">`, as a TrustedScript where Trusted Types exist. */
export function trustedJson(json: string): unknown {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: TT }).trustedTypes;
    try {
      policy = tt
        ? tt.createPolicy('article-elements', {
            createScript: (s) => {
              JSON.parse(s); // throws for anything that is not pure JSON
              return s;
            },
          })
        : 'none';
    } catch {
      // The page's CSP does not allow our policy name: structured data is left out, nothing fails.
      policy = 'blocked';
    }
  }
  if (policy === 'blocked') return '';
  return policy === 'none' ? json : policy.createScript(json);
}
