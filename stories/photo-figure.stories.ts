import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { theCornerAr } from './fixtures/the-corner-ar.js';
import { leadImage, unbrokenWord } from './fixtures/the-corner.js';
import { arabicPage, attr, darkPage } from './helpers.js';

interface FigureArgs {
  src?: string;
  srcset?: string;
  sizes?: string;
  alt?: string;
  width?: number;
  height?: number;
  caption?: string;
  credit?: string;
  lead: boolean;
  decorative: boolean;
}

const figure = (args: FigureArgs, children: TemplateResult | typeof nothing = nothing) => html`
  <photo-figure
    src=${attr(args.src)}
    srcset=${attr(args.srcset)}
    sizes=${attr(args.sizes)}
    alt=${attr(args.alt)}
    width=${attr(args.width)}
    height=${attr(args.height)}
    caption=${attr(args.caption)}
    credit=${attr(args.credit)}
    ?lead=${args.lead}
    ?decorative=${args.decorative}
    >${children}</photo-figure
  >
`;

const meta: Meta<FigureArgs> = {
  title: 'Elements/photo-figure',
  component: 'photo-figure',
  tags: ['autodocs'],
  render: (args) => figure(args),
  argTypes: {
    src: { control: 'text' },
    srcset: { control: 'text' },
    sizes: { control: 'text' },
    alt: { control: 'text' },
    width: { control: { type: 'number', min: 0 } },
    height: { control: { type: 'number', min: 0 } },
    caption: { control: 'text' },
    credit: { control: 'text' },
    lead: { control: 'boolean' },
    decorative: { control: 'boolean' },
  },
  args: { lead: false, decorative: false },
  parameters: {
    docs: {
      description: {
        component:
          "The image in these stories, `the-corner-lead.svg`, is a placeholder drawn for this project in place of the reference article's Reuters photo.",
      },
    },
  },
};
export default meta;

type Story = StoryObj<FigureArgs>;

const photo = {
  src: leadImage.src,
  alt: leadImage.alt,
  width: leadImage.width,
  height: leadImage.height,
};

/** The reference article's photo, with caption and credit from attributes. */
export const FromAttributes: Story = {
  name: 'From attributes',
  args: { ...photo, caption: leadImage.caption, credit: leadImage.credit },
};

/** Caption and credit as slotted light DOM, which is in the page before any script runs. */
export const FromSlots: Story = {
  name: 'From slots (light DOM)',
  args: { ...photo },
  render: (args) =>
    figure(args, html`<span slot="caption">${leadImage.caption}</span><span slot="credit">${leadImage.credit}</span>`),
};

/** The article's lead image: loads eagerly with high fetch priority instead of lazily. */
export const LeadImage: Story = {
  name: 'Lead image',
  args: { ...FromAttributes.args, lead: true },
};

/**
 * The file fails to load (404). The box reserved from `width` and `height` stays, so nothing
 * below moves, and the alt text shows in it.
 */
export const BrokenImage: Story = {
  name: 'Broken image',
  args: { ...FromAttributes.args, src: 'photos/biden-albuquerque-rally-missing.jpg' },
};

/** Without `width` and `height` the box cannot be reserved before the file arrives. */
export const WithoutDimensions: Story = {
  name: 'Without dimensions',
  args: { src: leadImage.src, alt: leadImage.alt, caption: leadImage.caption, credit: leadImage.credit },
};

/** A decorative image: empty alt, no missing-alt warning. */
export const Decorative: Story = {
  args: { ...photo, alt: undefined, decorative: true },
};

/** No attributes at all: the unavailable-image placeholder and no caption. */
export const Empty: Story = {};

/** A long caption and a 300-character word in caption and credit must wrap, not overflow. */
export const LongText: Story = {
  name: 'Long text',
  args: {
    ...photo,
    caption: `${leadImage.caption} ${leadImage.caption} ${unbrokenWord}`,
    credit: unbrokenWord,
  },
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  args: {
    ...photo,
    alt: theCornerAr.image!.alt,
    caption: theCornerAr.image!.caption,
    credit: theCornerAr.image!.credit,
  },
  render: (args) => arabicPage(figure(args)),
};

export const Dark: Story = {
  args: { ...FromAttributes.args },
  globals: { scheme: 'dark' },
  render: (args) => darkPage(figure(args)),
};

/** A broken image on a dark page: the placeholder follows the scheme. */
export const DarkBrokenImage: Story = {
  name: 'Dark, broken image',
  args: { ...BrokenImage.args },
  globals: { scheme: 'dark' },
  render: (args) => darkPage(figure(args)),
};
