import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html as litHtml } from 'lit';
import type { Article } from '../src/article/types.js';
import { defineBlock, html } from '../src/index.js';
import { section } from './fixtures/every-block.js';
import { newsArticle, newsArticleArgTypes, type NewsArticleArgs } from './helpers.js';

/** A recipe as `render` receives it, after `normalize`. */
interface RecipeBlock {
  type: 'recipe';
  name: string;
  servings?: number;
  ingredients: string[];
  steps: string[];
}

// The reader `normalize` is given, taken from defineBlock's own signature.
type Reader = Parameters<NonNullable<Parameters<typeof defineBlock>[1]['normalize']>>[0];

/*
 * The publisher's own block type, defined once before any article that uses it renders. Its
 * markup is light DOM like every other block's: no heading, so it cannot break the article's
 * outline, and plain lists that the publisher's CSS styles.
 */
defineBlock('recipe', {
  normalize: (read: Reader): Omit<RecipeBlock, 'type'> | undefined => {
    // An ingredient or a step is a line of text; anything else is left out, with a warning.
    const line = (value: unknown, path: string) =>
      typeof value === 'string' && value.trim()
        ? value.trim()
        : read.report('expected a line of text; left out', 'wrong-type', 'warning', path);
    const name = read.text('name', true);
    // Without a name there is no recipe to show: undefined skips the block (the reader has warned).
    if (name === undefined) return undefined;
    return {
      name,
      servings: read.number('servings'),
      ingredients: read.list('ingredients', line),
      steps: read.list('steps', line),
    };
  },
  render: (recipe: RecipeBlock) => html`
    <section class="recipe">
      <p class="recipe-title">
        <strong>${recipe.name}</strong>${recipe.servings ? ` · Serves ${recipe.servings}` : ''}
      </p>
      <p class="recipe-label">Ingredients</p>
      <ul>
        ${recipe.ingredients.map((item) => html`<li>${item}</li>`)}
      </ul>
      <p class="recipe-label">Method</p>
      <ol>
        ${recipe.steps.map((step) => html`<li>${step}</li>`)}
      </ol>
    </section>
  `,
  text: (recipe: RecipeBlock) =>
    [recipe.name, recipe.servings && `Serves ${recipe.servings}.`, ...recipe.ingredients, ...recipe.steps]
      .filter(Boolean)
      .join(' '),
});

/** The recipe block as it is written in Article JSON. */
interface RecipeArgs {
  name: unknown;
  servings: unknown;
  ingredients: unknown;
  steps: unknown;
}

type PageArgs = Pick<NewsArticleArgs, 'heading-level' | 'onLoad' | 'onError'>;

/** How a publisher would style the block: one rule set of its own, with the article's tokens. */
const recipeStyles = litHtml`<style>
  news-article .recipe {
    border-block: 2px solid var(--article-color-rule, currentColor);
    padding-block: 1rem;
  }
  news-article .recipe-label {
    font-family: var(--article-font-sans, system-ui, sans-serif);
    font-size: 0.875em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    margin-block-end: 0.25rem;
  }
</style>`;

/** A short food story around the recipe. Cast because `Article` does not know the publisher's blocks. */
const article = (recipe: RecipeArgs) =>
  ({
    lang: 'en',
    section,
    category: { name: 'Food' },
    headline: 'The Friday lentil soup that has outlasted four owners of the Northgate Diner',
    dek: 'Rosa Delgado has made it every week since 1994. She shared the recipe, scaled down for a home kitchen.',
    body: [
      {
        type: 'paragraph',
        html: 'Rosa Delgado started making lentil soup on Fridays in 1994, when the diner still closed at 3 p.m. The owners have changed four times since; the soup has not. She shared the recipe, scaled down from the 20-quart pot she uses at work.',
      },
      { type: 'recipe', ...recipe },
      {
        type: 'paragraph',
        html: '“It tastes better the next day,” Delgado said. “Nobody believes me, because there is never any left.”',
      },
    ],
  }) as unknown as Article;

const soup: RecipeArgs = {
  name: 'Rosa Delgado’s Friday lentil soup',
  servings: 6,
  ingredients: [
    '2 tablespoons olive oil',
    '1 large onion, diced',
    '2 carrots, diced',
    '2 celery stalks, diced',
    '3 garlic cloves, sliced',
    '1 teaspoon ground cumin',
    '1 teaspoon smoked paprika',
    '1½ cups brown or green lentils, rinsed',
    '1 can (14 ounces) diced tomatoes',
    '7 cups vegetable or chicken stock',
    '2 cups chopped spinach',
    'Juice of half a lemon, salt and pepper',
  ],
  steps: [
    'Warm the oil in a large pot over medium heat. Cook the onion, carrots and celery with a pinch of salt until soft, about 10 minutes.',
    'Stir in the garlic, cumin and paprika and cook for 1 minute, until fragrant.',
    'Add the lentils, tomatoes and stock. Bring to a boil, then lower the heat and simmer, partly covered, until the lentils are tender, 30 to 35 minutes.',
    'Stir in the spinach and cook until it wilts. Add the lemon juice, then salt and pepper to taste.',
  ],
};

const meta: Meta<RecipeArgs & PageArgs> = {
  title: 'Article/Custom block',
  component: 'news-article',
  tags: ['autodocs'],
  render: ({ name, servings, ingredients, steps, ...page }) =>
    litHtml`${recipeStyles}${newsArticle({ ...page, article: article({ name, servings, ingredients, steps }) })}`,
  argTypes: {
    'heading-level': newsArticleArgTypes['heading-level'],
    name: { control: 'text', description: 'Required: without it the block is skipped, with a warning.' },
    servings: { control: 'number' },
    ingredients: { control: 'object', description: 'One string per ingredient.' },
    steps: { control: 'object', description: 'One string per step, in order.' },
  },
  args: { 'heading-level': 1 },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          "A publisher's own block type, a recipe, added with `defineBlock('recipe', { normalize, render, text })` from the package, with no change to the library. `normalize` checks the block's JSON with the same reader the built-in blocks use, so bad data drops out with a warning naming its JSON path; `render` returns light-DOM markup built with the package's `html`, which the publisher's own CSS styles; `text` gives the block's words as plain text. The diner and its cook are invented.",
      },
    },
  },
};
export default meta;

type Story = StoryObj<RecipeArgs & PageArgs>;

/** An article with a recipe block between two paragraphs. */
export const Recipe: Story = {
  args: soup,
};
