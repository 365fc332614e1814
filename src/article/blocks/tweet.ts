import { html as litHtml, nothing } from 'lit';
import { linkify, NOT_A_POST, postId } from '../../internal/linkify.js';
import { ref, type BlockSpec, type JsonSchema } from './spec.js';
import { readMedia, readQuoted, type PostAuthor, type QuotedPost } from './post-parts.js';
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

export const tweet: BlockSpec<TweetBlock> = {
  normalize: (read) => {
    const text = read.text('text', true);
    if (text === undefined) return undefined;
    const who = read.object(read.value.author, `${read.path}.author`, '{ name, handle }');
    if (!who) read.report('missing', 'missing', 'error', `${read.path}.author`);
    const handle = who?.text('handle')?.replace(/^@/, '');
    // Only the address of a post on X gets the card's "View on X" link and date link: a URL
    // elsewhere would carry X's name to another site.
    let url = read.url('url');
    if (url && !postId(url)) url = read.report(NOT_A_POST, 'bad-value', 'error', `${read.path}.url`);
    return {
      text,
      url,
      published: read.date('published'),
      author: { name: who?.text('name', !handle) ?? handle ?? '', handle, image: who?.url('image') },
      media: readMedia(read),
      quoted: readQuoted(read, postId, 'the address of a post on X (https://x.com/<handle>/status/<id>)'),
    };
  },
  // No whitespace between the post's text and the author slot: the text part keeps newlines (pre-line).
  // prettier-ignore
  render: (b, { html }) => {
    const q = b.quoted;
    return html`<tweet-embed
      data-article-role="post"
      url=${b.url ?? nothing}
      author-name=${b.author.name}
      handle=${b.author.handle ?? nothing}
      avatar=${b.author.image ?? nothing}
      published=${b.published ?? nothing}
      media=${b.media ? JSON.stringify(b.media) : nothing}
      ><p>${linkify(b.text)}</p>${litHtml`<span slot="author">${b.author.name}</span>`}${q ? html`<tweet-embed
      slot="quoted"
      url=${q.url}
      author-name=${q.author.name}
      handle=${q.author.handle ?? nothing}
      avatar=${q.author.image ?? nothing}
      published=${q.published ?? nothing}
      media=${q.media ? JSON.stringify(q.media) : nothing}
      ><p>${linkify(q.text)}</p>${litHtml`<span slot="author">${q.author.name}</span>`}</tweet-embed>` : nothing}</tweet-embed
    >`;
  },
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
