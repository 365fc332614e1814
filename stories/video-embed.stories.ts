import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import article from '../examples/video.json';
import { loadBlocks } from '../src/article/define-block.js';
import { arabicPage, attr, darkPage } from './helpers.js';

interface VideoArgs {
  provider: 'youtube' | 'vimeo' | 'file';
  url?: string;
  src?: string;
  'video-title'?: string;
  poster?: string;
  width?: number;
  height?: number;
  duration?: string;
  caption?: string;
  credit?: string;
  onEmbedActivate?: (event: Event) => void;
}

/** The sample article's videos (examples/video.json, invented content): YouTube, Vimeo, a file. */
type VideoBlock = Omit<VideoArgs, 'video-title' | 'onEmbedActivate'> & { title: string; poster?: { src: string } };
const [youtube, vimeo, file] = article.body.filter((b) => b.type === 'video') as unknown as VideoBlock[];
// Storybook serves examples/ at the root.
const argsOf = (b: VideoBlock): VideoArgs => ({
  provider: b.provider,
  url: b.url,
  src: b.src,
  'video-title': b.title,
  poster: b.poster && `/${b.poster.src}`,
  width: b.width,
  height: b.height,
  duration: b.duration,
  caption: b.caption,
  credit: b.credit,
});

const video = (args: VideoArgs) => html`
  <video-embed
    provider=${args.provider}
    url=${attr(args.url)}
    src=${attr(args.src)}
    video-title=${attr(args['video-title'])}
    poster=${attr(args.poster)}
    width=${attr(args.width)}
    height=${attr(args.height)}
    duration=${attr(args.duration)}
    caption=${attr(args.caption)}
    credit=${attr(args.credit)}
    @embed-activate=${args.onEmbedActivate}
  ></video-embed>
`;

const meta: Meta<VideoArgs> = {
  title: 'Elements/video-embed',
  component: 'video-embed',
  // The element's code comes with the video block's, which this build (like the script-tag bundle)
  // loads on first use: load it before the story renders.
  loaders: [() => loadBlocks({ body: [{ type: 'video' }] })],
  tags: ['autodocs'],
  render: (args) => video(args),
  argTypes: {
    provider: { control: 'inline-radio', options: ['youtube', 'vimeo', 'file'] },
    url: { control: 'text', description: "The video's page (youtube.com/watch?v=…, youtu.be/…, vimeo.com/123…)." },
    src: { control: 'text', description: "The file, for provider 'file'." },
    'video-title': { control: 'text' },
    poster: { control: 'text', description: 'From your own data: no thumbnail is fetched from the provider.' },
    width: { control: 'number' },
    height: { control: 'number' },
    duration: { control: 'text', description: 'ISO 8601, e.g. PT2M30S.' },
    caption: { control: 'text' },
    credit: { control: 'text' },
    onEmbedActivate: { action: 'embed-activate', table: { disable: true } },
  },
  args: argsOf(youtube),
  parameters: {
    docs: {
      description: {
        component:
          'Nothing reaches YouTube or Vimeo until the reader presses play (or the page calls `allowEmbeds`). Pressing play in these stories loads the real player.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<VideoArgs>;

export const Default: Story = { name: 'YouTube' };

export const Vimeo: Story = { args: argsOf(vimeo) };

export const File: Story = { name: 'Video file', args: argsOf(file) };

export const NoPoster: Story = { name: 'No poster', args: { ...argsOf(youtube), poster: undefined } };

export const LongTitle: Story = {
  name: 'Long title',
  args: {
    ...argsOf(youtube),
    'video-title':
      'Dawn on the Alderbrook ferry: the 6:10 crossing from the east landing to the west, with the crew, the commuters, the school bus, the bakers’ vans and the captain who has run it for twenty-two years',
  },
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  args: {
    ...argsOf(youtube),
    'video-title': 'عبّارة ألدربروك عند الفجر: رحلة الساعة السادسة وعشر دقائق',
    caption: 'أول رحلة في اليوم تحمل ممرضات وخبازين وحافلة مدرسية.',
    credit: 'فيديو ألدربروك',
  },
  render: (args) => arabicPage(video(args)),
};

export const Dark: Story = { render: (args) => darkPage(video(args)) };

/** A consent manager that says no: pressing play fires `embed-activate`, which is cancelled. */
export const ConsentRefused: Story = {
  name: 'Consent refused',
  render: (args) =>
    html`<div @embed-activate=${(e: Event) => e.preventDefault()}>${video(args)}</div>
      <p style="font: 0.875rem system-ui">Pressing play here loads nothing: the page cancels the event.</p>`,
};
