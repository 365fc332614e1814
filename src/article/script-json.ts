/**
 * JSON to put inside a `<script>` element (`type="application/json"` for `<news-article>`'s inline
 * data, `application/ld+json` for structured data): `JSON.stringify` with `<`, `>`, `&` and the
 * line separators U+2028 and U+2029 written as `\u` escapes. Plain `JSON.stringify` leaves them
 * raw, and then a string such as `</script><img src=x onerror=…>` ends the element and runs, and
 * `<!--<script>` makes the parser swallow the rest of the page. The escapes are still JSON:
 * `JSON.parse` gives back the same data. A value JSON cannot represent (undefined, a function)
 * gives `null`.
 */
export function scriptSafeJson(data: unknown): string {
  return (JSON.stringify(data) ?? 'null').replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
