import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { theCorner } from './fixtures/the-corner.js';
import { darkPage, newsArticle, newsArticleArgTypes, newsArticleInline, type NewsArticleArgs } from './helpers.js';

/**
 * The reference article, "Biden Admin Pressures Ukraine to Signal Openness to Talks with Putin:
 * Report" (The Corner, World), composed by `<news-article>` from examples/the-corner.json: header,
 * lead photo, body, block quotation, pull quote, post and author bio.
 */
const meta: Meta<NewsArticleArgs> = {
  title: 'Article/The Corner',
  component: 'news-article',
  tags: ['autodocs'],
  render: (args) => newsArticle(args),
  argTypes: newsArticleArgTypes,
  args: { 'heading-level': 1 },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The capture gives no publication date, photo file, post URL, handle or date, author photo or profile URL, so none is shown. The lead image is a placeholder drawn for this project.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<NewsArticleArgs>;

/** The full reference article, from the `article` property. */
export const TheCorner: Story = {
  name: 'The Corner (full article)',
  args: { article: theCorner },
};

/** The same, fetched from `src="the-corner.json"`. */
export const ViaSrc: Story = {
  name: 'Via src',
  args: { src: 'the-corner.json' },
};

/** The same, from an inline `<script type="application/json">` child. */
export const ViaInlineJson: Story = {
  name: 'Via inline JSON',
  args: { article: theCorner },
  render: (args) => newsArticleInline(args, JSON.stringify(args.article)),
};

export const Dark: Story = {
  args: { article: theCorner },
  globals: { scheme: 'dark' },
  render: (args) => darkPage(newsArticle(args)),
};

/** On a page that already has an h1: the headline is an h2 and body headings follow. */
export const HeadingLevel2: Story = {
  name: 'Heading level 2',
  args: { article: theCorner, 'heading-level': 2 },
};

/**
 * `src` points at a file that does not exist (404): the element shows why the article cannot be
 * shown and fires `error`. A 404 and a warning in the console are expected here.
 */
export const FetchError: Story = {
  name: 'Error (src 404)',
  args: { src: 'the-corner-missing.json' },
};
