import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { LivePostLoader, TweetEmbed } from '../src/index.js';
import { linkify } from '../src/internal/linkify.js';
import type { Article, TweetBlock } from '../src/article/types.js';
import { everyBlock, fieldsOf } from './fixtures/every-block.js';
import { failingStandIn, liveStandIn } from './fixtures/live-post.js';
import { theCornerAr } from './fixtures/the-corner-ar.js';
import { post, unbrokenWord } from './fixtures/the-corner.js';
import { arabicPage, attr, darkPage } from './helpers.js';

interface PostArgs {
  url?: string;
  'author-name'?: string;
  handle?: string;
  avatar?: string;
  published?: string;
  text?: string;
  live: boolean;
  onTweetEmbedActivate?: (event: Event) => void;
  onTweetEmbedLoad?: (event: Event) => void;
  onTweetEmbedError?: (event: Event) => void;
}

const embed = (args: PostArgs, children: TemplateResult | typeof nothing = nothing, loader?: LivePostLoader) => html`
  <tweet-embed
    url=${attr(args.url)}
    author-name=${attr(args['author-name'])}
    handle=${attr(args.handle)}
    avatar=${attr(args.avatar)}
    published=${attr(args.published)}
    text=${attr(args.text)}
    ?live=${args.live}
    .loader=${loader}
    @tweet-embed-activate=${args.onTweetEmbedActivate}
    @tweet-embed-load=${args.onTweetEmbedLoad}
    @tweet-embed-error=${args.onTweetEmbedError}
    >${children}</tweet-embed
  >
`;

/*
 * The capture gives the post's author and text only. Stories that need an address, a handle or a
 * date use these sample values, named as samples wherever they appear: they are not the real post's.
 */
const SAMPLE = {
  url: 'https://x.com/sample_handle/status/1111111111111111111',
  handle: 'sample_handle',
  published: '2022-11-05T10:00:00Z',
};

/** Presses "Load post from X" and waits until the stand-in loader has finished. */
async function pressLoad(canvasElement: HTMLElement, expectLive: boolean): Promise<void> {
  const el = canvasElement.querySelector<TweetEmbed>('tweet-embed')!;
  await el.updateComplete;
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="load-button"]')!;
  await userEvent.click(button);
  await waitFor(
    () => {
      const notice = el.shadowRoot!.querySelector('[part="notice"]');
      expect(expectLive ? el.live : notice?.getAttribute('role') === 'alert').toBe(true);
    },
    { timeout: 5000 },
  );
}

const meta: Meta<PostArgs> = {
  title: 'Elements/tweet-embed',
  component: 'tweet-embed',
  tags: ['autodocs'],
  render: (args) => embed(args),
  argTypes: {
    url: { control: 'text' },
    'author-name': { control: 'text' },
    handle: { control: 'text' },
    avatar: { control: 'text', description: 'Avatar URL. Only a same-origin image loads; otherwise initials show.' },
    published: { control: 'text', description: 'ISO 8601 date-time of the post.' },
    text: { control: 'text' },
    live: { control: 'boolean', description: 'Set by the element once the live embed has replaced the snapshot.' },
  },
  args: { live: false },
  parameters: {
    docs: {
      description: {
        component:
          'In Storybook "Load post from X" never contacts X: `TweetEmbed.loader` is replaced by a stand-in (stories/fixtures/live-post.ts) that renders a local box after a short delay.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<PostArgs>;

/** The post as the reference article has it: author and text only, so no link, date or load button. */
export const FromAttributes: Story = {
  name: 'From attributes',
  args: { 'author-name': post.author.name, text: post.text },
};

/** Author and text as slotted light DOM, readable before any script runs. */
export const FromSlots: Story = {
  name: 'From slots (light DOM)',
  render: (args) =>
    embed(
      args,
      html`<span slot="author">${post.author.name}</span>
        <p>${post.text}</p>`,
    ),
};

/**
 * The real text and author with a **sample** handle, URL and date: the capture has none of them,
 * and these are placeholders, not the real post's. They show the footer and the load button.
 */
export const SampleHandleUrlDate: Story = {
  name: "Sample handle, URL and date (not the real post's)",
  args: { ...FromAttributes.args, ...SAMPLE },
};

/**
 * The reader presses "Load post from X" (the play function does) and the stand-in loader renders
 * its box in place of the card after a short delay. Sample URL, as above.
 */
export const LiveLoad: Story = {
  name: 'Live load (stand-in loader, sample URL)',
  args: { ...SampleHandleUrlDate.args },
  render: (args) => embed(args, nothing, liveStandIn),
  play: ({ canvasElement }) => pressLoad(canvasElement, true),
};

/** The live post cannot be loaded: the snapshot stays and a notice says so. Sample URL, as above. */
export const LoadFailure: Story = {
  name: 'Live load failure (sample URL)',
  args: { ...SampleHandleUrlDate.args },
  render: (args) => embed(args, nothing, failingStandIn),
  play: ({ canvasElement }) => pressLoad(canvasElement, false),
};

/**
 * The sample article's post (examples/every-block.json; its city is invented), which has a hashtag
 * and a mention, with its address of the maps written as a link.
 */
const sample = fieldsOf<Omit<TweetBlock, 'type'>>('tweet');
const linked = { ...sample, text: sample.text.replace('dot.alderbrook', 'https://dot.alderbrook') };
const linkedArgs: PostArgs = {
  live: false,
  url: linked.url,
  'author-name': linked.author.name,
  handle: linked.author.handle,
  published: linked.published,
  text: linked.text,
};

/** A post's URL, #hashtag and @mention are links, underlined so they are not told apart by colour alone. */
export const WithLinks: Story = {
  name: 'With links, hashtag and mention',
  args: linkedArgs,
};

/** The same post as `<news-article>` writes it: the linked text slotted as light DOM. */
export const WithLinksSlotted: Story = {
  name: 'With links, slotted (light DOM)',
  args: { ...linkedArgs, text: undefined },
  render: (args) => embed(args, html`<p>${linkify(linked.text)}</p>`),
};

/** The same post in `<news-article>`, whose link styles reach the slotted light DOM. */
export const WithLinksInArticle: Story = {
  name: 'With links, in an article',
  render: () =>
    html`<news-article
      .article=${{ headline: everyBlock.headline, body: [{ type: 'tweet', ...linked }] } as Article}
    ></news-article>`,
};

export const WithLinksDark: Story = {
  name: 'With links, dark',
  args: linkedArgs,
  globals: { scheme: 'dark' },
  render: (args) => darkPage(embed(args)),
};

/** No attributes and no content: an empty card. */
export const Empty: Story = {};

/** A long post with a 300-character word, and long name and handle, must wrap or truncate, not overflow. */
export const LongText: Story = {
  name: 'Long text',
  args: {
    'author-name': `${post.author.name} ${unbrokenWord}`,
    handle: unbrokenWord.slice(0, 60),
    text: `${post.text} ${post.text} #${unbrokenWord}`,
  },
};

const arPost = theCornerAr.body.find((b) => b.type === 'tweet') as typeof post;

export const RightToLeft: Story = {
  name: 'Right to left (Arabic, sample URL and date)',
  args: { 'author-name': arPost.author.name, text: arPost.text, url: SAMPLE.url, published: SAMPLE.published },
  render: (args) => arabicPage(embed(args)),
};

export const Dark: Story = {
  name: 'Dark (sample handle, URL and date)',
  args: { ...SampleHandleUrlDate.args },
  globals: { scheme: 'dark' },
  render: (args) => darkPage(embed(args)),
};
