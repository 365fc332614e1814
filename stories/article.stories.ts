import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { theCorner } from './fixtures/the-corner.js';
import { darkPage, newsArticle, newsArticleArgTypes, type NewsArticleArgs } from './helpers.js';

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
          "National Review's report from The Corner, composed by `<news-article>` from `examples/the-corner.json`. The lead image is a placeholder drawn for this project. Each way of giving the element its data, and its states, are under Elements/news-article.",
      },
    },
  },
};
export default meta;

type Story = StoryObj<NewsArticleArgs>;

/** The whole reference article, from the `article` property. */
export const FullArticle: Story = {
  name: 'Full article',
  args: { article: theCorner },
};

export const Dark: Story = {
  args: { article: theCorner },
  globals: { scheme: 'dark' },
  render: (args) => darkPage(newsArticle(args)),
};
