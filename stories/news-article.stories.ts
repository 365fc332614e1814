import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Article } from '../src/article/types.js';
import { theCornerAr } from './fixtures/the-corner-ar.js';
import { longHeadline, theCorner, unbrokenWord } from './fixtures/the-corner.js';
import {
  arabicPage,
  darkPage,
  newsArticle,
  newsArticleArgTypes,
  newsArticleInline,
  type NewsArticleArgs,
} from './helpers.js';

/*
 * The element and its states. The reference article itself, composed, is under Article/The Corner.
 */
const meta: Meta<NewsArticleArgs> = {
  title: 'Elements/news-article',
  component: 'news-article',
  tags: ['autodocs'],
  render: (args) => newsArticle(args),
  argTypes: newsArticleArgTypes,
  args: { 'heading-level': 1 },
  // The element has its own gutter (--article-gutter).
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj<NewsArticleArgs>;

/** From an attribute: `src` names the Article JSON (examples/the-corner.json, served at the root). */
export const FromAttributes: Story = {
  name: 'From attributes',
  args: { src: 'the-corner.json' },
};

/**
 * From light DOM: the Article JSON in an inline `<script type="application/json">` child, so the
 * page needs no second request. The `article` control edits the JSON written into the script here.
 */
export const FromInlineJson: Story = {
  name: 'From inline JSON (light DOM)',
  args: { article: theCorner },
  render: (args) => newsArticleInline(args, JSON.stringify(args.article)),
};

/** From the `article` property, as an app that already holds the data would set it. */
export const FromProperty: Story = {
  name: 'From property',
  args: { article: theCorner },
};

/** On a page that already has an h1: the headline is an h2 and body headings follow. */
export const HeadingLevel2: Story = {
  name: 'Heading level 2',
  args: { article: theCorner, 'heading-level': 2 },
};

/** No data at all: the element renders nothing and fires no event. */
export const Empty: Story = {};

/**
 * The lead image's file does not exist (404): its box, reserved from width and height, stays and
 * shows the alt text. A 404 in the console is expected here.
 */
export const BrokenLeadImage: Story = {
  name: 'Broken lead image',
  args: {
    article: { ...theCorner, image: { ...theCorner.image!, src: 'photos/biden-albuquerque-rally-missing.jpg' } },
  },
};

const longText: Article = {
  ...theCorner,
  headline: `${longHeadline} ${unbrokenWord}`,
  body: [{ type: 'paragraph', html: unbrokenWord }, ...theCorner.body],
};

/** A very long headline and a 300-character word in headline and body must wrap, not overflow. */
export const LongText: Story = {
  name: 'Long text',
  args: { article: longText },
};

/**
 * `src` names a file that does not exist: the element says the article cannot be shown and fires
 * `error`. The 404 and one warning show in the console.
 */
export const FileNotFound: Story = {
  name: 'File not found',
  args: { src: 'the-corner-missing.json' },
};

/** The article in Arabic inside a right-to-left page: every piece mirrors. */
export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  args: { article: theCornerAr },
  render: (args) => arabicPage(newsArticle(args)),
};

export const Dark: Story = {
  args: { article: theCorner },
  globals: { scheme: 'dark' },
  render: (args) => darkPage(newsArticle(args)),
};
