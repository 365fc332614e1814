import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import article from '../examples/gallery.json';
import { loadBlocks } from '../src/article/define-block.js';
import type { Photo } from '../src/article/types.js';
import type { PhotoGallery } from '../src/components/photo-gallery/photo-gallery.js';
import { arabicPage, attr, darkPage, jsonAttr } from './helpers.js';

interface GalleryArgs {
  images: Photo[];
  caption?: string;
  credit?: string;
}

/** The sample article's gallery (examples/gallery.json, invented content, original pictures). */
const [market] = article.body.filter((b) => b.type === 'gallery') as unknown as GalleryArgs[];
// Storybook serves examples/ at the root.
const photos: Photo[] = market.images.map((p) => ({ ...p, src: `/${p.src}` }));
/** `n` photos, the sample's six over again, each numbered in its caption. */
const many = (n: number): Photo[] =>
  Array.from({ length: n }, (_, i) => {
    const p = photos[i % photos.length];
    return { ...p, alt: `${p.alt} (${i + 1})`, caption: `${i + 1}. ${p.caption ?? 'Late morning at the market.'}` };
  });

const gallery = (args: GalleryArgs) => html`
  <photo-gallery
    images=${jsonAttr(args.images)}
    caption=${attr(args.caption)}
    credit=${attr(args.credit)}
  ></photo-gallery>
`;

const meta: Meta<GalleryArgs> = {
  title: 'Elements/photo-gallery',
  component: 'photo-gallery',
  // The element's code comes with the gallery block's, which this build (like the script-tag bundle)
  // loads on first use: load it before the story renders.
  loaders: [() => loadBlocks({ body: [{ type: 'gallery' }] })],
  tags: ['autodocs'],
  render: (args) => gallery(args),
  argTypes: {
    images: { control: 'object', description: 'The photos: src, alt, width, height, srcset, sizes, caption, credit.' },
    caption: { control: 'text' },
    credit: { control: 'text' },
  },
  args: { images: photos, caption: market.caption, credit: market.credit },
  parameters: {
    docs: {
      description: {
        component:
          'A strip on narrow screens, a grid on wide ones; each thumbnail opens a full-screen viewer (arrow keys, Home, End, Escape, swipe). Every image comes from the data.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<GalleryArgs>;

/** Six photos, portrait, landscape and square mixed: each cropped to the same box, shown whole in the viewer. */
export const Default: Story = {};

export const TwoImages: Story = {
  args: { images: photos.slice(0, 2), caption: 'Before and after the awnings go up.' },
};

export const ThreeImages: Story = { args: { images: photos.slice(1, 4) } };

export const FiveImages: Story = { args: { images: many(5) } };

export const TwelveImages: Story = { args: { images: many(12), caption: 'A whole Saturday, from seven to two.' } };

/** No width, height or sizes: the box is the same, from the gallery's shape. */
export const MissingSizes: Story = {
  args: { images: photos.slice(0, 4).map(({ src, alt, caption }) => ({ src, alt, caption })) },
};

/** The second file fails: its box stays, with its alt text in it. */
export const FailingImage: Story = {
  args: {
    images: [photos[0], { ...photos[1], src: '/gallery/missing-honey-stall.svg' }, photos[2]],
  },
};

export const RightToLeft: Story = {
  args: {
    images: photos.slice(0, 4).map((p, i) => ({
      ...p,
      alt: ['أكشاك السوق عند شروق الشمس', 'كشك العسل', 'الممشى مزدحمًا', 'الشتلات'][i],
      caption: [
        'تُرفع المظلات الأولى عند السابعة.',
        'تبيع عائلة أوسي العسل هنا منذ 1998.',
        'يمتلئ الممشى بحلول التاسعة.',
        'تنفد الشتلات قبل العاشرة.',
      ][i],
    })),
    caption: 'مشاهد من سوق ضفة النهر.',
    credit: 'صور: صحيفة ألدربروك',
  },
  render: (args) => arabicPage(gallery(args)),
};

export const Dark: Story = {
  render: (args) => darkPage(gallery(args)),
  globals: { scheme: 'dark' },
};

/** The viewer open on the third photo, as after a press on its thumbnail. */
export const ViewerOpen: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<PhotoGallery>('photo-gallery')!;
    await el.updateComplete;
    el.show(2);
  },
};
