import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Article, Link, Photo } from '../src/article/types.js';
import { around, everyBlock, fieldsOf, section } from './fixtures/every-block.js';
import { darkPage, newsArticle, newsArticleArgTypes, type NewsArticleArgs } from './helpers.js';

/** A list item: inline HTML, or an item with its own sub-list. */
type ListItem = string | { html: string; items: ListItem[]; ordered?: boolean };

// The fields of each block type, as Article JSON names them: the stories' args.
interface ListArgs {
  ordered?: boolean;
  start?: number;
  items: ListItem[];
}
interface TableArgs {
  caption?: string;
  head?: string[][];
  rows: string[][];
  source?: Link;
}
interface CodeArgs {
  text: string;
  language?: string;
}
interface CalloutArgs {
  label?: string;
  title?: string;
  html: string;
}
interface CorrectionArgs {
  kind?: 'correction' | 'clarification' | 'update';
  date?: string;
  html: string;
}
interface LinkArgs {
  url: string;
  headline: string;
  kicker?: string;
  image?: Photo;
}
interface HeadingArgs {
  text: string;
  level: 2 | 3 | 4;
}

/** What every story here keeps of `<news-article>`: the headline's level and the two events. */
type PageArgs = Pick<NewsArticleArgs, 'heading-level' | 'onLoad' | 'onError'>;

type Story<T> = StoryObj<T & PageArgs>;

/** A block's JSON from its args. A cleared control leaves its field out, as a publisher would. */
const block = (type: string, fields: object) => ({
  type,
  ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null && v !== '')),
});

/** The block just before the `nth` block of a type in the sample article: the sentence that leads in. */
const leadIn = (type: string, nth = 0) => around(type, nth, 1).slice(0, -1);

/**
 * A small article around the blocks: the sample's section and a headline naming what is shown.
 * Cast because the blocks are built from control values, which the block types do not check.
 */
const show = (page: PageArgs, name: string, ...body: object[]) =>
  newsArticle({
    ...page,
    article: { lang: 'en', section, headline: name[0].toUpperCase() + name.slice(1), body } as unknown as Article,
  });

const meta: Meta<NewsArticleArgs> = {
  title: 'Article/Blocks',
  component: 'news-article',
  tags: ['autodocs'],
  argTypes: {
    ...newsArticleArgTypes,
    // Each story builds the article from its block's controls.
    src: { table: { disable: true } },
    article: { table: { disable: true } },
  },
  args: { 'heading-level': 1 },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          "Each body block type of Article JSON in a small article, with a control for each of the block's fields. The last two stories show the whole sample article, `examples/every-block.json`, which uses every block type in reading order. Its city, people and numbers are invented, and its two images are placeholders drawn for this project.",
      },
    },
  },
};
export default meta;

const listArgTypes = {
  ordered: { control: 'boolean', description: 'Numbered (`ol`) rather than bulleted (`ul`).' },
  start: { control: { type: 'number', step: 1 }, description: 'The number of the first item of a numbered list.' },
  items: {
    control: 'object',
    description: 'Inline HTML strings, or `{ html, items, ordered? }` for an item with a sub-list.',
  },
} as const;

/** A bulleted list whose second item has a sub-list of its own. */
export const BulletedList: Story<ListArgs> = {
  name: 'List, bulleted, with a sub-list',
  args: { ordered: false, ...fieldsOf<ListArgs>('list', 0) },
  argTypes: listArgTypes,
  render: ({ ordered, start, items, ...page }) =>
    show(page, 'a bulleted list', ...leadIn('list', 0), block('list', { ordered, start, items })),
};

/** A numbered list that continues from earlier steps: `start` is 3. */
export const NumberedList: Story<ListArgs> = {
  name: 'List, numbered from 3',
  args: fieldsOf<ListArgs>('list', 1),
  argTypes: listArgTypes,
  render: ({ ordered, start, items, ...page }) =>
    show(page, 'a numbered list', ...leadIn('list', 1), block('list', { ordered, start, items })),
};

/**
 * A table with a caption, a head row, money and percentages, a total row and a linked source. Its
 * six columns are wider than a phone.
 */
export const Table: Story<TableArgs> = {
  args: fieldsOf<TableArgs>('table'),
  argTypes: {
    caption: { control: 'text', description: 'Plain text, shown as the table’s `caption`.' },
    head: { control: 'object', description: 'Head rows; their cells become `<th scope="col">`.' },
    rows: {
      control: 'object',
      description: 'Body rows. Cells are inline HTML: a, em, strong, i, b, br, code, sub, sup.',
    },
    source: { control: 'object', description: 'Where the figures come from: `{ name, url? }`.' },
  },
  render: ({ caption, head, rows, source, ...page }) =>
    show(page, 'a table', ...leadIn('table'), block('table', { caption, head, rows, source })),
};

const codeArgTypes = {
  text: { control: 'text', description: 'The code, as plain text; line breaks and spaces are kept.' },
  language: { control: 'text', description: 'The language, e.g. `sql`, `json`, `html`.' },
} as const;

/** The query behind the article's crash numbers, shown so readers can repeat it. */
export const Code: Story<CodeArgs> = {
  args: fieldsOf<CodeArgs>('code'),
  argTypes: codeArgTypes,
  render: ({ text, language, ...page }) =>
    show(page, 'a code block', ...leadIn('code'), block('code', { text, language })),
};

/** A code block in another language: a row of the data published with the article. */
export const CodeJson: Story<CodeArgs> = {
  name: 'Code, JSON',
  args: {
    language: 'json',
    text: JSON.stringify(
      { corridor: 'Station Road', miles: 3.1, cost_usd: 4300000, parking_removed: 96, opens: '2027-12' },
      null,
      2,
    ),
  },
  argTypes: codeArgTypes,
  render: ({ text, language, ...page }) => show(page, 'a code block in JSON', block('code', { text, language })),
};

/** A divider between the end of the story and the update below it. It has no fields. */
export const Divider: Story<object> = {
  render: (page) => show(page, 'a divider', ...around('divider', 0, 1, 1)),
};

const calloutArgTypes = {
  label: { control: 'text', description: 'A short label, e.g. "Key points", "Editor’s note", "What we know".' },
  title: { control: 'text', description: 'An optional title under the label.' },
  html: { control: 'text', description: 'p, ul, ol, li and the inline elements.' },
} as const;

/** Key points at the top of the article: a label, a title and a bulleted list. */
export const Callout: Story<CalloutArgs> = {
  name: 'Callout, key points',
  args: fieldsOf<CalloutArgs>('callout'),
  argTypes: calloutArgTypes,
  render: ({ label, title, html, ...page }) => show(page, 'a callout', block('callout', { label, title, html })),
};

/** An editor's note: a label and a paragraph, no title. */
export const CalloutEditorsNote: Story<CalloutArgs> = {
  name: "Callout, editor's note",
  args: {
    label: 'Editor’s note',
    html: '<p>This article is part of <em>Street Level</em>, our series on how Alderbrook’s streets are changing. Send questions to the transportation desk at <a href="mailto:streets@alderbrookledger.example">streets@alderbrookledger.example</a>.</p>',
  },
  argTypes: calloutArgTypes,
  render: ({ label, title, html, ...page }) => show(page, "an editor's note", block('callout', { label, title, html })),
};

const correctionArgTypes = {
  kind: { control: 'select', options: ['correction', 'clarification', 'update'] },
  date: { control: 'text', description: 'ISO 8601 date (2026-03-18) or date-time.' },
  html: { control: 'text', description: 'What was wrong, or what changed.' },
} as const;

const correctionRender: Story<CorrectionArgs>['render'] = ({ kind, date, html, ...page }) =>
  show(page, `a${kind === 'update' ? 'n' : ''} ${kind ?? 'correction'}`, block('correction', { kind, date, html }));

/** A correction, dated, as it stands at the top of the article. */
export const Correction: Story<CorrectionArgs> = {
  args: fieldsOf<CorrectionArgs>('correction', 0),
  argTypes: correctionArgTypes,
  render: correctionRender,
};

/** A clarification: nothing was wrong, but something could be misread. */
export const Clarification: Story<CorrectionArgs> = {
  args: {
    kind: 'clarification',
    date: '2026-03-18',
    html: 'An earlier version of this article said the state had approved a $6 million grant for the plan. The state has offered the grant on the condition that construction starts by June.',
  },
  argTypes: correctionArgTypes,
  render: correctionRender,
};

/** An update after publication: the council's vote. */
export const Update: Story<CorrectionArgs> = {
  args: fieldsOf<CorrectionArgs>('correction', 1),
  argTypes: correctionArgTypes,
  render: correctionRender,
};

const linkArgTypes = {
  url: { control: 'text', description: 'The related article’s address.' },
  headline: { control: 'text' },
  kicker: { control: 'text', description: 'A short label above the headline, e.g. its section.' },
  image: { control: 'object', description: 'A Photo: `{ src, alt, width?, height?, … }`.' },
} as const;

/** A card for a related article, with its kicker and image, after the paragraph it follows up. */
export const LinkCard: Story<LinkArgs> = {
  name: 'Link card',
  args: fieldsOf<LinkArgs>('link'),
  argTypes: linkArgTypes,
  render: ({ url, headline, kicker, image, ...page }) =>
    show(page, 'a link card', ...leadIn('link'), block('link', { url, headline, kicker, image })),
};

/** The same card without an image. */
export const LinkCardWithoutImage: Story<LinkArgs> = {
  name: 'Link card without image',
  args: { ...fieldsOf<LinkArgs>('link'), image: undefined },
  argTypes: linkArgTypes,
  render: LinkCard.render,
};

/** One heading and the paragraph under it. Body headings follow the headline: at level 1, level 2 is an h2. */
export const Heading: Story<HeadingArgs> = {
  args: fieldsOf<HeadingArgs>('heading', 0),
  argTypes: {
    text: { control: 'text' },
    level: { control: 'select', options: [2, 3, 4], description: 'The level under an h1 headline.' },
  },
  render: ({ text, level, ...page }) =>
    show(page, 'a heading', block('heading', { text, level }), ...around('heading', 0, 0, 1).slice(1)),
};

/**
 * Levels 2, 3 and 4 in turn, each with its paragraph. With `heading-level` 2 (the headline an h2)
 * they become h3, h4 and h5.
 */
export const HeadingLevels: Story<object> = {
  name: 'Heading levels 2, 3 and 4',
  render: (page) =>
    show(
      page,
      'heading levels',
      ...around('heading', 0, 0, 1),
      ...around('heading', 1, 0, 1),
      ...around('heading', 2, 0, 1),
    ),
};

const everyBlockStory = {
  args: { article: everyBlock },
  argTypes: { article: { ...newsArticleArgTypes.article, table: { disable: false } } },
};

/** The whole sample article, examples/every-block.json: every block type, in reading order. */
export const EveryBlockType: StoryObj<NewsArticleArgs> = {
  name: 'Every block type',
  ...everyBlockStory,
  render: (args) => newsArticle(args),
};

export const EveryBlockTypeDark: StoryObj<NewsArticleArgs> = {
  name: 'Every block type, dark',
  ...everyBlockStory,
  globals: { scheme: 'dark' },
  render: (args) => darkPage(newsArticle(args)),
};
