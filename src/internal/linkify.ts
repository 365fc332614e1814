import { html, type TemplateResult } from 'lit';
import { safeUrl } from './url.js';

// URLs, @mentions and #hashtags as X recognises them; the lookbehinds stop "a@b" and "&#" matching.
const TOKEN = /https?:\/\/[^\s<>"]+|(?<![\w@])@\w{1,15}\b|(?<![\w&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;
const TRAILING = /[.,:;!?'")\]]+$/;

/** The post's plain text with URLs, @mentions and #hashtags made into links to their targets. */
export function linkify(text: string): (string | TemplateResult)[] {
  const out: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    let token = match[0];
    const start = match.index!;
    if (token.startsWith('http')) token = token.replace(TRAILING, '');
    out.push(text.slice(last, start));
    last = start + token.length;
    if (token[0] === '@') {
      out.push(html`<a href="https://x.com/${token.slice(1)}" rel="nofollow">${token}</a>`);
    } else if (token[0] === '#') {
      out.push(html`<a href="https://x.com/hashtag/${encodeURIComponent(token.slice(1))}" rel="nofollow">${token}</a>`);
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

/** The numeric id in a post URL (x.com or twitter.com), or undefined. */
export function postId(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return /^https:\/\/(?:(?:www|mobile)\.)?(?:x|twitter)\.com\/\w+\/status(?:es)?\/(\d+)/i.exec(url)?.[1];
}
