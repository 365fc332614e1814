/**
 * URL policy for every link, image and citation: only http(s), mailto and relative forms survive.
 * The scheme test runs on the URL as the browser would parse it (after trimming and removing tabs
 * and newlines), so "java\tscript:" and " javascript:" are caught like "javascript:".
 */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

export function safeUrl(value: unknown, onReject?: (reason: string) => void): string | undefined {
  if (typeof value !== 'string') return undefined;
  // The URL parser strips leading/trailing C0 controls and spaces, and ASCII tab/newline anywhere.
  // eslint-disable-next-line no-control-regex
  const url = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (url === '') return undefined;
  const scheme = SCHEME.exec(url)?.[1];
  if (scheme && !/^(https?|mailto)$/i.test(scheme)) {
    onReject?.(`unsafe URL scheme "${scheme.toLowerCase()}:" removed`);
    return undefined;
  }
  return url;
}

/** True when `url` would load from the page's own origin (relative URLs do). */
export function isSameOrigin(url: string): boolean {
  if (typeof location === 'undefined') return !SCHEME.test(url) && !url.startsWith('//');
  try {
    return new URL(url, document.baseURI).origin === location.origin;
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
    let url = '';
    while (i < value.length && !/\s/.test(value[i])) url += value[i++];
    let descriptor = '';
    if (/,+$/.test(url)) url = url.replace(/,+$/, '');
    else {
      while (i < value.length && value[i] !== ',') descriptor += value[i++];
    }
    const safe = safeUrl(url, onReject);
    if (safe) kept.push(descriptor.trim() ? `${safe} ${descriptor.trim()}` : safe);
  }
  return kept.length ? kept.join(', ') : undefined;
}
