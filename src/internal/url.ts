/**
 * URL policy for every link, image and citation: only http(s), mailto and relative forms survive.
 * The scheme test runs on the URL as the browser would parse it (after trimming and removing tabs
 * and newlines), so "java\tscript:" and " javascript:" are caught like "javascript:".
 *
 * Every function here is linear in its input: fields are untrusted and can be long, and a pattern
 * anchored at the end, such as /\s+$/, retries each run that does not end the string to its end
 * (quadratic). Those trims are loops.
 */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

export function safeUrl(value: unknown, onReject?: (reason: string) => void): string | undefined {
  if (typeof value !== 'string') return undefined;
  // The URL parser strips leading/trailing C0 controls and spaces, and ASCII tab/newline anywhere.
  // The trailing ones by a loop: /[\u0000-\u0020]+$/ retries every run of spaces to its end.
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) <= 0x20) end--;
  // eslint-disable-next-line no-control-regex
  const url = value.slice(0, end).replace(/^[\u0000-\u0020]+|[\t\n\r]/g, '');
  if (url === '') return undefined;
  const scheme = SCHEME.exec(url)?.[1];
  if (scheme && !/^(https?|mailto)$/i.test(scheme)) {
    onReject?.(`unsafe URL scheme "${scheme.toLowerCase()}:" removed`);
    return undefined;
  }
  return url;
}

/**
 * True when `url` would load from the page's own origin (relative URLs do). The server has no page:
 * it resolves against a placeholder origin instead, with the same WHATWG URL parser as the reader's
 * browser, so "\\host/x" and "/\host/x" are another host there too. (.invalid never resolves: even
 * a URL that names the placeholder outright requests nothing.)
 */
export function isSameOrigin(url: string): boolean {
  const [base, origin] =
    typeof location === 'undefined'
      ? ['https://same-origin.invalid/', 'https://same-origin.invalid']
      : [document.baseURI, location.origin];
  try {
    return new URL(url, base).origin === origin;
  } catch {
    return false;
  }
}

/**
 * A srcset with every candidate URL put through the same policy; unsafe candidates are dropped and
 * reported. Parsing follows the HTML rules: a candidate's URL runs to the next whitespace (commas at
 * its end close the candidate), then descriptors run to the next comma.
 */
export function safeSrcset(value: unknown, onReject?: (reason: string) => void): string | undefined {
  if (typeof value !== 'string') return undefined;
  const kept: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i])) i++;
    if (i >= value.length) break;
    // Slices, not a character at a time: one string each, however long.
    const start = i;
    while (i < value.length && !/\s/.test(value[i])) i++;
    let url = value.slice(start, i);
    let descriptor = '';
    // Commas that end the URL: counted by a loop (/,+$/ is quadratic in a run of commas).
    let end = url.length;
    while (url[end - 1] === ',') end--;
    if (end < url.length) url = url.slice(0, end);
    else {
      const from = i;
      while (i < value.length && value[i] !== ',') i++;
      descriptor = value.slice(from, i);
    }
    const safe = safeUrl(url, onReject);
    if (safe) kept.push(descriptor.trim() ? `${safe} ${descriptor.trim()}` : safe);
  }
  return kept.length ? kept.join(', ') : undefined;
}
