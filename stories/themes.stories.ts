import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import broadsheet from '../examples/themes/broadsheet.css?raw';
import tabloid from '../examples/themes/tabloid.css?raw';
import magazine from '../examples/themes/magazine.css?raw';
import { theCorner } from './fixtures/the-corner.js';

/**
 * Three publishers, one article: each theme is a plain stylesheet of `--article-*` tokens and
 * `::part()` rules (examples/themes/*.css, also used by examples/theme-*.html). Nothing else differs.
 */
const meta: Meta = {
  title: 'Article/Themes',
  component: 'news-article',
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

// The theme CSS is our own file, inserted as a style element while the story is shown.
const themed = (css: string, background: string) => html`
  ${unsafeHTML(`<style>${css}</style>`)}
  <div style="background: ${background}; padding-block: 1rem;">
    <news-article .article=${theCorner}></news-article>
  </div>
`;

/** A classic serif broadsheet: centred head, double rule, navy accent, italic pull quote. */
export const Broadsheet: Story = { render: () => themed(broadsheet, '#fbf9f4') };

/** A bold sans-serif tabloid: condensed capitals, red flash on the section, black pull-quote slab. */
export const Tabloid: Story = { render: () => themed(tabloid, '#ffffff') };

/** A dark magazine: near-black page, gold accent, italic display headline. */
export const DarkMagazine: Story = {
  name: 'Dark magazine',
  globals: { scheme: 'dark' },
  render: () => themed(magazine, '#0f0e0d'),
};
