import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html, nothing } from 'lit';
import article from '../examples/posts.json';
import { loadBlocks } from '../src/article/define-block.js';
import type { PostBlock } from '../src/article/blocks/post.js';
import type { SocialPost, SocialPostLoader } from '../src/components/social-post/social-post.js';
import type { PostPhoto } from '../src/components/social-post/media.js';
import { arabicPage, attr, darkPage, jsonAttr } from './helpers.js';

interface PostArgs {
  network: PostBlock['network'];
  url: string;
  'author-name'?: string;
  handle?: string;
  avatar?: string;
  'author-url'?: string;
  published?: string;
  text: string;
  media?: PostPhoto[];
  onEmbedActivate?: (event: Event) => void;
}

/** The sample article's posts (examples/posts.json, invented content): one on each network. */
const posts = article.body.filter((b) => b.type === 'post') as unknown as Omit<PostBlock, 'type'>[];
const byNetwork = (network: PostBlock['network']) => posts.find((p) => p.network === network)!;
// Storybook serves examples/ at the root: the sample's page-relative photos are at /.
const own = (media: PostArgs['media']) => media?.map((m) => (/^https?:/.test(m.src) ? m : { ...m, src: `/${m.src}` }));
const argsOf = (p: Omit<PostBlock, 'type'>): PostArgs => ({
  network: p.network,
  url: p.url,
  'author-name': p.author.name,
  handle: p.author.handle,
  avatar: p.author.image,
  published: p.published,
  text: p.text,
  media: own(p.media),
});

const PHOTOS = [
  { src: '/sample-street.svg', alt: 'The finished Elm Avenue lane', width: 1600, height: 900 },
  { src: '/sample-map.svg', alt: 'Map of the five corridors', width: 1600, height: 900 },
  { src: '/video-poster.svg', alt: 'Riders at dusk', width: 1600, height: 900 },
  { src: '/the-corner-lead.svg', alt: 'The council chamber', width: 1200, height: 800 },
];

const card = (args: PostArgs, content: unknown = nothing, loader?: SocialPostLoader) => html`
  <social-post
    network=${args.network}
    url=${args.url}
    author-name=${attr(args['author-name'])}
    handle=${attr(args.handle)}
    avatar=${attr(args.avatar)}
    author-url=${attr(args['author-url'])}
    published=${attr(args.published)}
    text=${attr(args.text)}
    media=${jsonAttr(args.media)}
    .loader=${loader}
    @embed-activate=${args.onEmbedActivate}
    >${content}</social-post
  >
`;

/** Stand-ins for the networks' frames: nothing in these stories reaches a network. */
const liveStandIn: SocialPostLoader = (url, target) => {
  target.textContent = `The official embed would load here, from ${new URL(url).host}.`;
  return Promise.resolve();
};
const failingStandIn: SocialPostLoader = () => Promise.reject(new Error('the network did not answer'));
const neverAnswers: SocialPostLoader = () => new Promise(() => {});

async function press(canvasElement: HTMLElement, until: (el: SocialPost) => boolean): Promise<void> {
  const el = canvasElement.querySelector<SocialPost>('social-post')!;
  await el.updateComplete;
  await userEvent.click(el.shadowRoot!.querySelector<HTMLButtonElement>('[part="load-button"]')!);
  await waitFor(() => expect(until(el)).toBe(true));
}

const meta: Meta<PostArgs> = {
  title: 'Elements/social-post',
  component: 'social-post',
  // The element's code comes with the post block's, which this build (like the script-tag bundle)
  // loads on first use: load it before the story renders.
  loaders: [() => loadBlocks({ body: [{ type: 'post' }] })],
  tags: ['autodocs'],
  render: (args) => card(args, nothing, liveStandIn),
  argTypes: {
    network: { control: 'select', options: ['x', 'bluesky', 'mastodon', 'threads', 'instagram', 'tiktok'] },
    url: { control: 'text', description: "The post's address on its network." },
    'author-name': { control: 'text' },
    handle: { control: 'text', description: 'Written the network’s way: @name@instance, name.bsky.social, @name.' },
    avatar: { control: 'text', description: "On the network's servers, it waits for consent (initials until then)." },
    'author-url': { control: 'text' },
    published: { control: 'text' },
    text: { control: 'text' },
    media: { control: 'object', description: 'Up to four photos, { src, alt, width?, height? }.' },
    onEmbedActivate: { action: 'embed-activate', table: { disable: true } },
  },
  args: argsOf(byNetwork('bluesky')),
  parameters: {
    docs: {
      description: {
        component:
          'Nothing reaches the network until the reader presses "Load post from …" (or the page calls `allowEmbeds`). In these stories a stand-in takes the place of the official embed.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<PostArgs>;

export const Bluesky: Story = {};
export const X: Story = { args: argsOf(byNetwork('x')) };
export const Mastodon: Story = { args: argsOf(byNetwork('mastodon')) };
export const Threads: Story = { args: argsOf(byNetwork('threads')) };
export const Instagram: Story = { args: argsOf(byNetwork('instagram')) };
export const TikTok: Story = { args: argsOf(byNetwork('tiktok')) };

export const OnePhoto: Story = { args: { ...argsOf(byNetwork('threads')), media: PHOTOS.slice(0, 1) } };
export const TwoPhotos: Story = { args: { ...argsOf(byNetwork('threads')), media: PHOTOS.slice(0, 2) } };
export const ThreePhotos: Story = { args: { ...argsOf(byNetwork('threads')), media: PHOTOS.slice(0, 3) } };
export const FourPhotos: Story = { args: { ...argsOf(byNetwork('threads')), media: PHOTOS } };

/**
 * Photos and an avatar on the network's own servers wait for consent: initials and neutral boxes,
 * named by their alt text, of the same size.
 */
export const HeldBackMedia: Story = {
  args: {
    ...argsOf(byNetwork('bluesky')),
    avatar: 'https://cdn.bsky.app/img/avatar/plain/did:plc:abc/bafk@jpeg',
    media: [
      { src: 'https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:abc/1@jpeg', alt: 'Riders at the council meeting' },
      PHOTOS[0],
    ],
  },
};

/** A post quoting another on the same network: a smaller card inside, without a button of its own. */
export const Quoted: Story = {
  render: (args) => {
    const quoted = byNetwork('bluesky').quoted!;
    return card(
      args,
      html`<p>${args.text}</p>
        <social-post
          slot="quoted"
          network="bluesky"
          url=${quoted.url}
          author-name=${quoted.author.name}
          handle=${attr(quoted.author.handle)}
          published=${attr(quoted.published)}
          ><p>${quoted.text}</p></social-post
        >`,
      liveStandIn,
    );
  },
};

/** The reader pressed the button; the network has not answered yet. */
export const Loading: Story = {
  render: (args) => card(args, nothing, neverAnswers),
  play: ({ canvasElement }) =>
    press(canvasElement, (el) => Boolean(el.shadowRoot!.querySelector('[part=load-button][disabled]'))),
};

/** The official embed in place of the card (a stand-in here), with the link to the original below. */
export const Live: Story = {
  render: (args) => card(args, nothing, liveStandIn),
  play: ({ canvasElement }) => press(canvasElement, (el) => el.live),
};

/** The live post could not be loaded: the snapshot and its link stay, and a notice says so. */
export const Failed: Story = {
  render: (args) => card(args, nothing, failingStandIn),
  play: ({ canvasElement }) =>
    press(canvasElement, (el) => el.shadowRoot!.querySelector('[part=notice]')?.getAttribute('role') === 'alert'),
};

export const RightToLeft: Story = {
  args: {
    ...argsOf(byNetwork('mastodon')),
    'author-name': 'تجّار شارع المحطة',
    text: 'ندعم الشوارع الآمنة، لكن ٤٠ موقفًا في شارع المحطة كثير على المحلات الصغيرة. #smallbusiness',
    media: PHOTOS.slice(0, 2),
  },
  render: (args) => arabicPage(card(args, nothing, liveStandIn)),
};

export const Dark: Story = {
  args: { ...argsOf(byNetwork('x')), media: PHOTOS.slice(0, 2) },
  render: (args) => darkPage(card(args, nothing, liveStandIn)),
  globals: { scheme: 'dark' },
};

/** A consent manager that says no: the press fires `embed-activate`, which is cancelled. */
export const ConsentRefused: Story = {
  render: (args) =>
    html`<div @embed-activate=${(e: Event) => e.preventDefault()}>${card(args, nothing, liveStandIn)}</div>`,
};
