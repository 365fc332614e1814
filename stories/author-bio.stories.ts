import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { theCornerAr } from './fixtures/the-corner-ar.js';
import { author, unbrokenWord } from './fixtures/the-corner.js';
import { arabicPage, attr, darkPage, jsonAttr } from './helpers.js';

interface BioArgs {
  name?: string;
  href?: string;
  'job-title'?: string;
  avatar?: string;
  bio?: string;
  links?: { label: string; url: string }[];
}

const bio = (args: BioArgs, children: TemplateResult | typeof nothing = nothing) => html`
  <author-bio
    name=${attr(args.name)}
    href=${attr(args.href)}
    job-title=${attr(args['job-title'])}
    avatar=${attr(args.avatar)}
    bio=${attr(args.bio)}
    links=${jsonAttr(args.links)}
    >${children}</author-bio
  >
`;

const meta: Meta<BioArgs> = {
  title: 'Elements/author-bio',
  component: 'author-bio',
  tags: ['autodocs'],
  render: (args) => bio(args),
  argTypes: {
    name: { control: 'text' },
    href: { control: 'text' },
    'job-title': { control: 'text' },
    avatar: { control: 'text' },
    bio: { control: 'text' },
    links: { control: 'object', description: 'Profile links as `[{ "label": …, "url": … }]` (JSON in the attribute).' },
  },
};
export default meta;

type Story = StoryObj<BioArgs>;

/** The reference article's author, with a linked name and profile links. The capture has no photo, so initials show. */
export const FromAttributes: Story = {
  name: 'From attributes',
  args: {
    name: author.name,
    href: '#jimmy-quinn',
    'job-title': author.role,
    bio: author.bio,
    links: [
      { label: 'Articles', url: '#jimmy-quinn' },
      { label: 'Email', url: 'mailto:jquinn@example.com' },
    ],
  },
};

/** Name and bio as slotted light DOM, readable before any script runs. */
export const FromSlots: Story = {
  name: 'From slots (light DOM)',
  args: { 'job-title': author.role },
  render: (args) =>
    bio(
      args,
      html`<span slot="name">${author.name}</span>
        <p>${author.bio}</p>`,
    ),
};

/** Only a name, a title and a bio: no page to link to and no profile links. */
export const WithoutLinks: Story = {
  name: 'Without links',
  args: { name: author.name, 'job-title': author.role, bio: author.bio },
};

/** The photo fails to load (404): the initials take its place and the circle keeps its size. */
export const BrokenAvatar: Story = {
  name: 'Broken avatar',
  args: { ...FromAttributes.args, avatar: 'authors/missing-photo.jpg' },
};

/** No attributes and no content. */
export const Empty: Story = {};

/** A long name, title and bio with a 300-character word must wrap, not overflow. */
export const LongText: Story = {
  name: 'Long text',
  args: {
    name: `${author.name} ${unbrokenWord}`,
    'job-title': `${author.role}, ${unbrokenWord}`,
    bio: `${author.bio} ${author.bio} ${unbrokenWord}`,
  },
};

const arAuthor = theCornerAr.authors![0];

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  args: {
    ...FromAttributes.args,
    name: arAuthor.name,
    'job-title': arAuthor.role,
    bio: arAuthor.bio,
    links: [
      { label: 'المقالات', url: '#jimmy-quinn' },
      { label: 'البريد الإلكتروني', url: 'mailto:jquinn@example.com' },
    ],
  },
  render: (args) => arabicPage(bio(args)),
};

export const Dark: Story = {
  args: { ...FromAttributes.args },
  globals: { scheme: 'dark' },
  render: (args) => darkPage(bio(args)),
};
