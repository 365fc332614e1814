import { ifDefined } from 'lit/directives/if-defined.js';
import { html as litHtml, nothing } from 'lit';
import { SocialPost } from '../../components/social-post/social-post.js';
import {
  linkRules,
  NETWORK_NAMES,
  NETWORKS,
  postAddress,
  POST_SHAPES,
  type Network,
} from '../../components/social-post/networks.js';
import type { PostPhoto } from '../../components/social-post/media.js';
import { defineElement } from '../../internal/define.js';
import { linkify } from '../../internal/linkify.js';
import { whenRegistered } from '../../internal/tags.js';
import { readMedia, TOO_DEEP, type PostAuthor, type QuotedPost } from './post-parts.js';
import { ref, type BlockSpec, type JsonSchema, type Reader, type RenderContext } from './spec.js';

/**
 * A post on a social network, shown from the article's own snapshot (no request to the network
 * until the reader asks for the live post or the page allows the network, see `allowEmbeds`).
 */
export interface PostBlock {
  type: 'post';
  network: Network;
  /** The post's address on its network (see POST_SHAPES). */
  url: string;
  text: string;
  /** ISO 8601 date-time. */
  published?: string;
  author: PostAuthor;
  /** Up to four photos. */
  media?: PostPhoto[];
  /** The post it quotes, on the same network (one level: a post quoted inside it is left out). */
  quoted?: QuotedPost;
}

// The element comes with the block's code (in the script-tag bundle, a file loaded the first time
// an article has a post).
whenRegistered((tags, prefix) => defineElement(tags.social, prefix ? class extends SocialPost {} : SocialPost));

/**
 * `author` as { name, handle?, image?, url? }; the name is required (the handle stands in for a
 * missing one, reported).
 */
function readAuthor(read: Reader): PostAuthor | undefined {
  const who = read.object(read.value.author, `${read.path}.author`, '{ name, handle }');
  if (!who) {
    if (read.value.author == null) read.report('missing', 'missing', 'error', `${read.path}.author`);
    return undefined;
  }
  const handle = who.text('handle')?.replace(/^@/, '');
  const name = who.text('name', true) ?? handle;
  return name ? { name, handle, image: who.url('image'), url: who.url('url') } : undefined;
}

/**
 * `quoted`: a post on the same network (`isPost` checks its address; `shape` describes one for the
 * warning). A post quoted inside the quoted post is reported and left out.
 */
function readQuoted(read: Reader, isPost: (url: string) => unknown, shape: string): QuotedPost | undefined {
  const q = read.object(read.value.quoted, `${read.path}.quoted`, '{ url, text, author }', '; left out');
  if (!q) return undefined;
  let url = q.url('url', true);
  if (url && !isPost(url))
    url = q.report(`${JSON.stringify(url)} is not ${shape}`, 'bad-value', 'error', `${q.path}.url`);
  const text = q.text('text', true);
  const author = readAuthor(q);
  if (q.value.quoted != null) q.report(TOO_DEEP, 'too-deep', 'warning', `${q.path}.quoted`);
  if (!url || !text || !author) return q.report('the quoted post is left out', 'bad-value', 'error');
  return { url, text, published: q.date('published'), author, media: readMedia(q) };
}

/** One card: the post or the post it quotes (then in the slot "quoted"). */
function card(
  html: RenderContext['html'],
  network: Network,
  p: QuotedPost,
  inner: unknown = nothing,
  role: string | typeof nothing = nothing,
) {
  const host = postAddress(network, p.url)?.host;
  // No whitespace between the children: the text part keeps newlines (pre-line).
  // prettier-ignore
  return html`<social-post
      data-article-role=${role}
      slot=${ifDefined(role === nothing ? 'quoted' : undefined)}
      network=${network}
      url=${p.url}
      author-name=${p.author.name}
      handle=${p.author.handle ?? nothing}
      avatar=${p.author.image ?? nothing}
      author-url=${p.author.url ?? nothing}
      published=${p.published ?? nothing}
      media=${p.media ? JSON.stringify(p.media) : nothing}
      ><p>${linkify(p.text, linkRules(network, host))}</p>${litHtml`<span slot="author">${p.author.name}</span>`}${inner}</social-post
    >`;
}

export const post: BlockSpec<PostBlock> = {
  normalize: (read) => {
    const network = read.oneOf('network', NETWORKS);
    if (read.value.network == null) read.report('missing', 'missing', 'error', `${read.path}.network`);
    let url = read.url('url', true);
    if (network && url && !postAddress(network, url))
      url = read.report(
        `${JSON.stringify(url)} is not the address of a post on ${NETWORK_NAMES[network]} (${POST_SHAPES[network]})`,
        'bad-value',
        'error',
        `${read.path}.url`,
      );
    const text = read.text('text', true);
    const author = readAuthor(read);
    // Each missing or bad field is reported; the normalizer then reports the block as skipped.
    if (!network || !url || !text || !author) return undefined;
    return {
      network,
      url,
      text,
      published: read.date('published'),
      author,
      media: readMedia(read),
      quoted: readQuoted(
        read,
        (u) => postAddress(network, u),
        `the address of a post on ${NETWORK_NAMES[network]} (${POST_SHAPES[network]})`,
      ),
    };
  },
  render: (b, { html }) =>
    card(html, b.network, b, b.quoted ? card(html, b.network, b.quoted) : nothing, 'social-post'),
  text: (b) => (b.quoted ? `${b.text} ${b.quoted.text}` : b.text),
  // Google has no rich result for a post embedded in an article, and reads SocialMediaPosting at the
  // top of a page as the page itself being a post (a forum's, say). A post quoted in an article is
  // a work the article cites: schema.org's `citation` of the NewsArticle, as a SocialMediaPosting,
  // is valid and claims nothing more.
  jsonLd: (b, absolute) => ({
    citation: [
      {
        '@type': 'SocialMediaPosting',
        url: b.url,
        text: b.text,
        datePublished: b.published,
        author: {
          '@type': 'Person',
          name: b.author.name,
          alternateName: b.author.handle,
          url: absolute(b.author.url),
        },
        sharedContent: b.quoted && { '@type': 'SocialMediaPosting', url: b.quoted.url, text: b.quoted.text },
      },
    ],
  }),
};

// The tweet block's schema refers to these too (assembleSchema gathers every block's $defs): here,
// so that the core bundle, which has the tweet block, does not carry them.
/** JSON Schema definitions the `post` and `tweet` blocks share (the blocks' `$defs`). */
const postDefs: JsonSchema = {
  postAuthor: {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string', minLength: 1 },
      handle: { type: 'string', description: 'With or without the leading "@".' },
      image: ref('url'),
      url: ref('url'),
    },
  },
  postMedia: {
    type: 'array',
    maxItems: 4,
    items: {
      type: 'object',
      required: ['src'],
      properties: {
        src: ref('url'),
        alt: { type: 'string' },
        width: { type: 'number', exclusiveMinimum: 0 },
        height: { type: 'number', exclusiveMinimum: 0 },
      },
    },
  },
  quotedPost: {
    type: 'object',
    required: ['url', 'text', 'author'],
    properties: {
      url: ref('url'),
      text: { type: 'string', minLength: 1 },
      published: ref('date'),
      author: ref('postAuthor'),
      media: ref('postMedia'),
    },
  },
};

/** JSON Schema of the block's fields. */
export const schema: JsonSchema = {
  $defs: postDefs,
  required: ['network', 'url', 'text', 'author'],
  properties: {
    network: { enum: NETWORKS },
    url: ref('url'),
    text: { type: 'string', minLength: 1 },
    published: ref('date'),
    author: ref('postAuthor'),
    media: ref('postMedia'),
    quoted: ref('quotedPost'),
  },
};
