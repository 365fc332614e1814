import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import article from '../examples/embed.json';
import { loadBlocks } from '../src/article/define-block.js';
import { EmbedFrame } from '../src/components/embed-frame/embed-frame.js';
import { arabicPage, attr, darkPage } from './helpers.js';

interface EmbedArgs {
  url: string;
  'frame-title': string;
  provider?: string;
  'aspect-ratio'?: string;
  height?: number;
  fallback?: string;
  'fallback-alt'?: string;
  caption?: string;
  credit?: string;
  active?: boolean;
  onEmbedActivate?: (event: Event) => void;
}

/** The sample article's embeds (examples/embed.json, invented content): a chart, a map, a river map. */
interface EmbedBlock {
  url: string;
  title: string;
  provider?: string;
  aspectRatio?: string;
  height?: number;
  fallback?: { src: string; alt?: string };
  caption?: string;
  credit?: string;
}
const [chart, , river] = article.body.filter((b) => b.type === 'embed') as unknown as EmbedBlock[];

// The sample's addresses are invented: every frame here shows the local stand-in page
// (examples/embed-demo.html; Storybook serves examples/ at the root), and the Loading story's a
// frame that never paints, so the box shows what a reader sees while a real frame loads.
EmbedFrame.frameSrc = (url) => (url.includes('#loading') ? 'about:blank' : '/embed-demo.html');

const argsOf = (b: EmbedBlock): EmbedArgs => ({
  url: b.url,
  'frame-title': b.title,
  provider: b.provider,
  'aspect-ratio': b.aspectRatio,
  height: b.height,
  fallback: b.fallback && `/${b.fallback.src}`,
  'fallback-alt': b.fallback?.alt,
  caption: b.caption,
  credit: b.credit,
});

const embed = (args: EmbedArgs) => html`
  <embed-frame
    url=${args.url}
    frame-title=${args['frame-title']}
    provider=${attr(args.provider)}
    aspect-ratio=${attr(args['aspect-ratio'])}
    height=${attr(args.height)}
    fallback=${attr(args.fallback)}
    fallback-alt=${attr(args['fallback-alt'])}
    caption=${attr(args.caption)}
    credit=${attr(args.credit)}
    ?active=${args.active}
    @embed-activate=${args.onEmbedActivate}
    ><a slot="title" href=${args.url}>${args['frame-title']}</a></embed-frame
  >
`;

const meta: Meta<EmbedArgs> = {
  title: 'Elements/embed-frame',
  component: 'embed-frame',
  // The element's code comes with the embed block's, which this build (like the script-tag bundle)
  // loads on first use: load it before the story renders.
  loaders: [() => loadBlocks({ body: [{ type: 'embed' }] })],
  tags: ['autodocs'],
  render: (args) => embed(args),
  argTypes: {
    url: { control: 'text', description: 'The embed’s address: https only.' },
    'frame-title': { control: 'text' },
    provider: { control: 'text', description: 'Shown on the button; lower-cased, the consent id (else the host).' },
    'aspect-ratio': { control: 'text', description: "'16/9', '4:3', '1.5'…" },
    height: { control: 'number', description: 'CSS pixels; wins over aspect-ratio.' },
    fallback: { control: 'text', description: 'A static image of the content, from your own data.' },
    'fallback-alt': { control: 'text' },
    caption: { control: 'text' },
    credit: { control: 'text' },
    active: { control: 'boolean', description: 'Loaded (normally set by a press or allowEmbeds).' },
    onEmbedActivate: { action: 'embed-activate', table: { disable: true } },
  },
  args: argsOf(chart),
  parameters: {
    docs: {
      description: {
        component:
          'Nothing reaches the provider until the reader presses the button (or the page calls `allowEmbeds`). In these stories the frame shows a local stand-in page.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<EmbedArgs>;

/** The chart's static fallback image, with the button at its foot. */
export const WithFallback: Story = { name: 'With fallback image' };

/** No fallback: a neutral placeholder with the title; the host names the provider. */
export const NoFallback: Story = { name: 'No fallback image', args: argsOf(river) };

/** Pressed, the frame not painted yet: the fallback shows through until it does. */
export const Loading: Story = { args: { ...argsOf(chart), url: `${chart.url}#loading`, active: true } };

/** Loaded: the local stand-in page in the sandboxed frame, in the same box. */
export const Loaded: Story = { args: { ...argsOf(chart), active: true } };

/** The fallback fails: the placeholder takes its place, and the box keeps its size. */
export const FailingFallback: Story = {
  name: 'Broken fallback image',
  args: { ...argsOf(chart), fallback: '/no-such-chart.png' },
};

/** A fallback on the provider's own servers waits for consent, with the placeholder. */
export const FallbackOnProviderServers: Story = {
  name: "Fallback on the provider's servers",
  args: { ...argsOf(chart), fallback: 'https://datawrapper.dwcdn.net/AbC12/full.png' },
};

/** The same chart boxed by aspect-ratio (responsive) and by height (fixed); height wins when both are given. */
export const AspectRatioVersusHeight: Story = {
  name: 'Aspect ratio or height',
  render: (args) =>
    html`${embed({ ...args, height: undefined, 'aspect-ratio': '4/3', caption: 'aspect-ratio="4/3"' })}
      <div style="block-size: 1.5rem"></div>
      ${embed({ ...args, height: 300, 'aspect-ratio': undefined, caption: 'height="300"' })}
      <div style="block-size: 1.5rem"></div>
      ${embed({ ...args, height: 300, 'aspect-ratio': '4/3', caption: 'both: height="300" wins' })}`,
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  args: {
    ...argsOf(chart),
    'frame-title': 'عبور العبارة يوميًا، من 2019 إلى 2025',
    caption: 'تضاعف عدد رحلات أيام الأسبوع تقريبًا منذ أدنى مستوى في الجائحة.',
    credit: 'رسم بياني: ألدربروك ليدجر',
  },
  render: (args) => arabicPage(embed(args)),
};

export const Dark: Story = { render: (args) => darkPage(embed(args)) };

/** A consent manager that says no: pressing fires `embed-activate`, which is cancelled. */
export const ConsentRefused: Story = {
  name: 'Consent refused',
  render: (args) =>
    html`<div @embed-activate=${(e: Event) => e.preventDefault()}>${embed(args)}</div>
      <p style="font: 0.875rem system-ui">Pressing here loads nothing: the page cancels the event.</p>`,
};
