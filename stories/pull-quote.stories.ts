import { keepEllipses } from '../src/internal/templates.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { quotedParagraphsAr, theCornerAr } from './fixtures/the-corner-ar.js';
import { pullQuote, quotedParagraphs, quotedSource, unbrokenWord } from './fixtures/the-corner.js';
import { arabicPage, attr, darkPage } from './helpers.js';

interface QuoteArgs {
  variant: 'pull' | 'block';
  text?: string;
  attribution?: string;
  source?: string;
  cite?: string;
  repeated: boolean;
}

const quote = (args: QuoteArgs, children: TemplateResult | typeof nothing = nothing) => html`
  <pull-quote
    variant=${attr(args.variant)}
    text=${attr(args.text)}
    attribution=${attr(args.attribution)}
    source=${attr(args.source)}
    cite=${attr(args.cite)}
    ?repeated=${args.repeated}
    >${children}</pull-quote
  >
`;

/**
 * The quoted passage as `<p>` children: the way a block quotation carries several paragraphs. Slotted
 * text is the page's own, so its spaced ellipses are held together here, as a publisher would.
 */
const paragraphs = (list: string[]) => html`${list.map((p) => html`<p>${keepEllipses(p)}</p>`)}`;

const meta: Meta<QuoteArgs> = {
  title: 'Elements/pull-quote',
  component: 'pull-quote',
  tags: ['autodocs'],
  render: (args) => quote(args),
  argTypes: {
    variant: { control: 'select', options: ['pull', 'block'] },
    text: { control: 'text' },
    attribution: { control: 'text' },
    source: { control: 'text' },
    cite: { control: 'text' },
    repeated: { control: 'boolean' },
  },
  args: { variant: 'pull', repeated: false },
};
export default meta;

type Story = StoryObj<QuoteArgs>;

/** A pull quote from attributes: a line from the story set large, with who said it. */
export const PullQuote: Story = {
  name: 'Pull quote',
  args: { text: pullQuote.text, attribution: pullQuote.attribution },
};

/** The same pull quote as slotted light DOM, which is in the page before any script runs. */
export const PullQuoteFromSlots: Story = {
  name: 'Pull quote from slots (light DOM)',
  render: (args) => quote(args, html`${pullQuote.text}<span slot="attribution">${pullQuote.attribution}</span>`),
};

/** The passage the article quotes from the Washington Post: a block quotation in body type, with its source named. */
export const BlockQuotationWithSource: Story = {
  name: 'Block quotation with source',
  args: { variant: 'block', source: quotedSource },
  render: (args) => quote(args, paragraphs(quotedParagraphs)),
};

/** A block quotation from attributes: `text` holds plain text, so one paragraph. */
export const BlockQuotationFromAttributes: Story = {
  name: 'Block quotation from attributes',
  args: { variant: 'block', text: quotedParagraphs[0], source: quotedSource },
};

/** A `cite` URL turns the source's name into a link and sets the blockquote's `cite`. */
export const BlockQuotationWithLink: Story = {
  name: 'Block quotation with a linked source',
  args: { variant: 'block', source: quotedSource, cite: 'https://www.example.com/washington-post-report' },
  render: (args) => quote(args, paragraphs(quotedParagraphs.slice(2))),
};

/**
 * In the article this quote repeats the body, so `repeated` hides it from assistive technology;
 * it looks the same.
 */
export const Repeated: Story = {
  name: 'Repeated (hidden from assistive technology)',
  args: { ...PullQuote.args, repeated: true },
};

/** No text and no attribution. */
export const Empty: Story = {};

/** A long quotation with a 300-character word must wrap, not overflow. */
export const LongText: Story = {
  name: 'Long text',
  args: { text: `${quotedParagraphs[1]} ${unbrokenWord}`, attribution: `${pullQuote.attribution}, ${unbrokenWord}` },
};

export const LongBlockQuotation: Story = {
  name: 'Long block quotation',
  args: { variant: 'block', source: unbrokenWord },
  render: (args) => quote(args, paragraphs([...quotedParagraphs, unbrokenWord])),
};

const arPull = theCornerAr.body.find((b) => b.type === 'pullquote')!;

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  args: { text: (arPull as { text: string }).text, attribution: (arPull as { attribution: string }).attribution },
  render: (args) => arabicPage(quote(args)),
};

export const RightToLeftBlockQuotation: Story = {
  name: 'Right to left (Arabic), block quotation',
  args: { variant: 'block', source: 'واشنطن بوست' },
  render: (args) => arabicPage(quote(args, paragraphs(quotedParagraphsAr))),
};

export const Dark: Story = {
  args: { ...PullQuote.args },
  globals: { scheme: 'dark' },
  render: (args) => darkPage(quote(args)),
};

export const DarkBlockQuotation: Story = {
  name: 'Dark, block quotation',
  args: { variant: 'block', source: quotedSource },
  globals: { scheme: 'dark' },
  render: (args) => darkPage(quote(args, paragraphs(quotedParagraphs))),
};
