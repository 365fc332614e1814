import { html as litHtml, nothing } from 'lit';
import { linkify, NOT_A_POST, postId } from '../../internal/linkify.js';
import { ref, type BlockSpec, type JsonSchema } from './spec.js';

/** The author of a post on X. */
export interface PostAuthor {
  name: string;
  /** Handle without the leading "@". */
  handle?: string;
  /** Avatar URL. Only same-origin images load before the reader asks for the live post. */
  image?: string;
}

/** A snapshot of a post on X, shown without contacting X. */
export interface TweetBlock {
  type: 'tweet';
  /** The post's address, e.g. https://x.com/handle/status/123. */
  url?: string;
  text: string;
  /** ISO 8601 date-time. */
  published?: string;
  author: PostAuthor;
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
    };
  },
  // No whitespace between the post's text and the author slot: the text part keeps newlines (pre-line).
  // prettier-ignore
  render: (b, { html }) => html`<tweet-embed
      data-article-role="post"
      url=${b.url ?? nothing}
      author-name=${b.author.name}
      handle=${b.author.handle ?? nothing}
      avatar=${b.author.image ?? nothing}
      published=${b.published ?? nothing}
      ><p>${linkify(b.text)}</p>${litHtml`<span slot="author">${b.author.name}</span>`}</tweet-embed
    >`,
  text: (b) => b.text,
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
  },
};
