import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { dekAr, theCornerAr } from './fixtures/the-corner-ar.js';
import { author, category, dek, headline, longHeadline, section, unbrokenWord } from './fixtures/the-corner.js';
import { arabicPage, attr, darkPage, jsonAttr } from './helpers.js';

interface HeaderArgs {
  'heading-level': number;
  section?: string;
  'section-href'?: string;
  category?: string;
  'category-href'?: string;
  headline?: string;
  dek?: string;
  authors?: { name: string; url?: string }[];
  published?: string;
  modified?: string;
}

/** `<article-header>` with every attribute from the args, and optional light-DOM children. */
const header = (args: HeaderArgs, children: TemplateResult | typeof nothing = nothing) => html`
  <article-header
    heading-level=${attr(args['heading-level'])}
    section=${attr(args.section)}
    section-href=${attr(args['section-href'])}
    category=${attr(args.category)}
    category-href=${attr(args['category-href'])}
    headline=${attr(args.headline)}
    dek=${attr(args.dek)}
    authors=${jsonAttr(args.authors)}
    published=${attr(args.published)}
    modified=${attr(args.modified)}
    >${children}</article-header
  >
`;

const meta: Meta<HeaderArgs> = {
  title: 'Elements/article-header',
  component: 'article-header',
  tags: ['autodocs'],
  render: (args) => header(args),
  argTypes: {
    'heading-level': { control: 'select', options: [1, 2, 3, 4, 5, 6] },
    section: { control: 'text' },
    'section-href': { control: 'text' },
    category: { control: 'text' },
    'category-href': { control: 'text' },
    headline: { control: 'text' },
    dek: { control: 'text' },
    authors: { control: 'object' },
    published: { control: 'text', description: 'ISO 8601 date-time of publication, e.g. 2022-11-05T14:30:00Z.' },
    modified: { control: 'text', description: 'ISO 8601 date-time of the last update.' },
  },
  args: { 'heading-level': 1 },
  parameters: {
    docs: {
      description: {
        component:
          "The header of the reference article. Its capture has no dek, links or dates: the dek here is the article's first sentence, and the links and dates are examples.",
      },
    },
  },
};
export default meta;

type Story = StoryObj<HeaderArgs>;

/** Every attribute: section and category with their links, headline, dek, a linked byline, and dates. */
export const FromAttributes: Story = {
  name: 'From attributes',
  args: {
    section,
    'section-href': '#the-corner',
    category,
    'category-href': '#world',
    headline,
    dek,
    authors: [{ name: author.name, url: '#jimmy-quinn' }],
    published: '2022-11-05T14:30:00Z',
    modified: '2022-11-05T18:05:00Z',
  },
};

/** Rich text from slotted light DOM, which is in the page before any script runs. Slots win over attributes. */
export const FromSlots: Story = {
  name: 'From slots (light DOM)',
  render: (args) =>
    header(
      args,
      html`<span slot="section">${section}</span><span slot="category">${category}</span
        ><span slot="headline">${headline}</span><span slot="dek">${dek}</span
        ><span slot="byline">By <strong>${author.name}</strong></span>`,
    ),
};

/** Only what every article has: section, category, headline and author, with no links or dates. */
export const WithoutLinksOrDates: Story = {
  name: 'Without links or dates',
  args: { section, category, headline, authors: [{ name: author.name }] },
};

/** On a page that already has an h1, the headline becomes an h2. */
export const HeadingLevel2: Story = {
  name: 'Heading level 2',
  args: { ...FromAttributes.args, 'heading-level': 2 },
};

/** No attributes and no content: only the empty heading and the rule remain. */
export const Empty: Story = {};

/** A headline far longer than any real one, and a 300-character word that must wrap, not overflow. */
export const LongText: Story = {
  name: 'Long text',
  args: {
    section,
    category: unbrokenWord.slice(0, 60),
    headline: `${longHeadline} ${unbrokenWord}`,
    dek: `${dek} ${unbrokenWord}`,
    authors: [{ name: author.name }, { name: unbrokenWord }],
  },
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  args: {
    ...FromAttributes.args,
    section: theCornerAr.section!.name,
    category: theCornerAr.category!.name,
    headline: theCornerAr.headline,
    dek: dekAr,
    authors: [{ name: theCornerAr.authors![0].name, url: '#jimmy-quinn' }],
  },
  render: (args) => arabicPage(header(args)),
};

export const Dark: Story = {
  args: { ...FromAttributes.args },
  globals: { scheme: 'dark' },
  render: (args) => darkPage(header(args)),
};
