import { ifDefined } from 'lit/directives/if-defined.js';
import { html as litHtml, nothing } from 'lit';
import { linkify, NOT_A_POST, postId } from '../../internal/linkify.js';
import { ref, type BlockSpec, type JsonSchema, type Reader, type RenderContext } from './spec.js';
import { readMedia, TOO_DEEP, type PostAuthor, type QuotedPost } from './post-parts.js';
import type { PostPhoto } from '../../components/social-post/media.js';

export type { PostAuthor, QuotedPost };

/** A snapshot of a post on X, shown without contacting X. */
export interface TweetBlock {
  type: 'tweet';
  /** The post's address, e.g. https://x.com/handle/status/123. */
  url?: string;
  text: string;
  /** ISO 8601 date-time. */
  published?: string;
  author: PostAuthor;
  /** Up to four photos. Those on X's servers (pbs.twimg.com) show once X is allowed or the post is loaded. */
  media?: PostPhoto[];
  /** The post it quotes, also on X (one level: a post quoted inside it is left out). */
  quoted?: QuotedPost;
}

/** The post, or (`quoted`) the post it quotes: then its address is required, and a quote in it is left out. */
function readTweet(read: Reader, quoted?: boolean): Omit<TweetBlock, 'type'> | undefined {
  const text = read.text('text', true);
  const who = read.object(read.value.author, `${read.path}.author`, '{ name, handle }');
  if (!who) read.report('missing', 'missing', 'error', `${read.path}.author`);
  const handle = who?.text('handle')?.replace(/^@/, '');
  // Only the address of a post on X gets the card's "View on X" link and date link: a URL
  // elsewhere would carry X's name to another site.
  let url = read.url('url', quoted);
  if (url && !postId(url)) url = read.report(NOT_A_POST, 'bad-value', 'error', `${read.path}.url`);
  const inner = read.object(read.value.quoted, `${read.path}.quoted`, '{ url, text, author }');
  if (quoted && inner) read.report(TOO_DEEP, 'too-deep', 'warning', inner.path);
  if (text === undefined || (quoted && !url)) return undefined;
  return {
    text,
    url,
    published: read.date('published'),
    author: { name: who?.text('name', !handle) ?? handle ?? '', handle, image: who?.url('image') },
    media: readMedia(read),
    quoted: quoted || !inner ? undefined : (readTweet(inner, true) as QuotedPost | undefined),
  };
}

/** A <tweet-embed>, or (with `slot`) the one of the post it quotes. */
// No whitespace between the post's text and the author slot: the text part keeps newlines (pre-line).
// prettier-ignore
const card = (html: RenderContext['html'], b: Omit<TweetBlock, 'type'>, slot?: string): unknown => html`<tweet-embed
      data-article-role=${slot ? nothing : 'post'}
      slot=${ifDefined(slot)}
      url=${b.url ?? nothing}
      author-name=${b.author.name}
      handle=${b.author.handle ?? nothing}
      avatar=${b.author.image ?? nothing}
      published=${b.published ?? nothing}
      media=${b.media ? JSON.stringify(b.media) : nothing}
      ><p>${linkify(b.text)}</p>${litHtml`<span slot="author">${b.author.name}</span>`}${b.quoted ? card(html, b.quoted, 'quoted') : nothing}</tweet-embed
    >`;

export const tweet: BlockSpec<TweetBlock> = {
  normalize: (read) => readTweet(read),
  render: (b, { html }) => card(html, b),
  text: (b) => (b.quoted ? `${b.text} ${b.quoted.text}` : b.text),
};

/** JSON Schema of the block's fields. */
export const schema: JsonSchema = {
  required: ['text', 'author'],
  properties: {
    url: ref('url'),
    text: { type: 'string', minLength: 1 },
    published: ref('date'),
    author: {
      type: 'object',
      anyOf: [{ required: ['name'] }, { required: ['handle'] }],
      properties: {
        name: { type: 'string' },
        handle: { type: 'string', pattern: '^@?\\w{1,15}$', description: 'With or without the leading "@".' },
        image: ref('url'),
      },
    },
    // Defined by the post block's schema.
    media: ref('postMedia'),
    quoted: ref('quotedPost'),
  },
};
