import { html, type TemplateResult } from 'lit';
import { safeUrl } from './url.js';

/**
 * How a network writes mentions and where its mentions and hashtags lead. `at` is the pattern of a
 * name after "@" (anchored, linear: no nested quantifiers that can overlap); the others are in
 * <social-post>'s networks.ts, so the core bundle carries X's only.
 */
export interface LinkRules {
  at: string;
  user(name: string): string;
  tag(tag: string): string;
}

export const X_LINKS: LinkRules = {
  at: '\\w{1,15}\\b',
  user: (name) => `https://x.com/${name}`,
  tag: (tag) => `https://x.com/hashtag/${encodeURIComponent(tag)}`,
};

// URLs, @mentions and #hashtags as the network recognises them; the lookbehinds stop "a@b" and "&#" matching.
const tokens = new WeakMap<LinkRules, RegExp>();
const tokenOf = (rules: LinkRules): RegExp => {
  let re = tokens.get(rules);
  if (!re)
    tokens.set(
      rules,
      (re = new RegExp(
        `https?://[^\\s<>"]+|(?<![\\w@])@(?:${rules.at})|(?<![\\w&#])#[\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*`,
        'gu',
      )),
    );
  return re;
};

/** Punctuation that ends a sentence rather than a URL. */
const TRAILING = `.,:;!?'")]`;

/**
 * `url` without trailing punctuation. A loop from the end, not /[.,]+$/: that regular expression
 * backtracks through every run of dots that does not end the text (quadratic in the run's length).
 */
function trimTrailing(url: string): string {
  let end = url.length;
  while (end > 0 && TRAILING.includes(url[end - 1])) end--;
  return url.slice(0, end);
}

/** The post's plain text with URLs, @mentions and #hashtags made into links to their targets on `rules`' network. */
export function linkify(text: string, rules: LinkRules = X_LINKS): (string | TemplateResult)[] {
  const out: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(tokenOf(rules))) {
    let token = match[0];
    const start = match.index!;
    if (token.startsWith('http')) token = trimTrailing(token);
    out.push(text.slice(last, start));
    last = start + token.length;
    if (token[0] === '@') {
      out.push(html`<a href=${rules.user(token.slice(1))} rel="nofollow">${token}</a>`);
    } else if (token[0] === '#') {
      out.push(html`<a href=${rules.tag(token.slice(1))} rel="nofollow">${token}</a>`);
    } else {
      const href = safeUrl(token);
      const shown = token.replace(/^https?:\/\/(www\.)?/, '');
      out.push(
        href
          ? html`<a href=${href} rel="nofollow ugc">${shown.length > 32 ? `${shown.slice(0, 31)}…` : shown}</a>`
          : token,
      );
    }
  }
  out.push(text.slice(last));
  return out;
}

/**
 * The numeric id of a post on X, when `url` is the address of one: https, x.com or twitter.com
 * (www., mobile.), `/<handle>/status/<id>`. The pattern reads the URL as the browser parses it, so
 * "https://x.com@evil.example/…" (host evil.example) and "https://x.com\@evil.example/…" (path
 * "/@evil.example/…") are not posts. Anything else is undefined: only the network's own addresses
 * get its name ("View on X") and its live post.
 */
export function postId(url: string | undefined): string | undefined {
  try {
    return /^https:\/\/(?:(?:www|mobile)\.)?(?:x|twitter)\.com\/(?:\w{1,15}|i\/web)\/status(?:es)?\/(\d{1,20})(?:[/?#]|$)/i.exec(
      new URL(url!).href,
    )?.[1];
  } catch {
    return undefined; // not a URL (or none)
  }
}

export const NOT_A_POST = 'not the address of a post on X (https://x.com/<handle>/status/<id>); left out';

/** `value` when it passes the URL policy and is the address of a post on X (see postId), else undefined, reported. */
export function postUrl(value: unknown, onReject?: (reason: string) => void): string | undefined {
  const url = safeUrl(value, onReject);
  if (url && !postId(url)) onReject?.(NOT_A_POST);
  return postId(url) ? url : undefined;
}
