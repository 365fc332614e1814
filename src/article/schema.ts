import { BLOCKS } from './blocks/registry.js';
import type { JsonSchema } from './blocks/spec.js';

/**
 * The Article JSON Schema (draft 2020-12): the article's own fields here, each block type's fields
 * from the `schema` export of its module in blocks/ (named after the type; bundles for the browser
 * never import this file, so they carry no schema). The build writes the result to
 * `dist/article/article.schema.json` (the package's `article-elements/article.schema.json`);
 * `validate` builds it with any block types it is told of.
 */
const BASE = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://article-elements.dev/schema/article.schema.json',
  title: 'Article',
  description:
    'A news article for <news-article>: header, lead image, body blocks and authors. Fields not listed here are allowed and ignored.',
  type: 'object',
  required: ['headline', 'body'],
  properties: {
    url: {
      $ref: '#/$defs/url',
      description: 'Canonical address of the article.',
    },
    section: {
      $ref: '#/$defs/link',
    },
    category: {
      $ref: '#/$defs/link',
    },
    headline: {
      type: 'string',
      minLength: 1,
    },
    dek: {
      type: 'string',
      description: 'The standfirst under the headline.',
    },
    published: {
      $ref: '#/$defs/date',
    },
    modified: {
      $ref: '#/$defs/date',
    },
    lang: {
      type: 'string',
      description: "BCP 47 language tag of the article's text.",
    },
    authors: {
      type: 'array',
      items: {
        $ref: '#/$defs/author',
      },
    },
    image: {
      $ref: '#/$defs/photo',
      description: 'The lead image.',
    },
    body: {
      type: 'array',
      items: {
        $ref: '#/$defs/block',
      },
    },
  },
  $defs: {
    url: {
      type: 'string',
      description: 'http(s), mailto or relative URL; other schemes are dropped when rendering.',
      not: {
        pattern: '^\\s*(?![Hh][Tt][Tt][Pp][Ss]?:|[Mm][Aa][Ii][Ll][Tt][Oo]:)[A-Za-z][A-Za-z0-9+.-]*:',
      },
    },
    date: {
      type: 'string',
      anyOf: [
        {
          format: 'date-time',
        },
        {
          format: 'date',
        },
      ],
      description: 'ISO 8601 date (2022-11-05) or date-time (2022-11-05T14:30:00Z).',
    },
    link: {
      type: 'object',
      required: ['name'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
        url: {
          $ref: '#/$defs/url',
        },
      },
    },
    photo: {
      type: 'object',
      required: ['src', 'alt'],
      properties: {
        src: {
          $ref: '#/$defs/url',
        },
        alt: {
          type: 'string',
          description: 'Text alternative; an empty string marks the image decorative.',
        },
        width: {
          type: 'number',
          exclusiveMinimum: 0,
        },
        height: {
          type: 'number',
          exclusiveMinimum: 0,
        },
        srcset: {
          type: 'string',
        },
        sizes: {
          type: 'string',
        },
        caption: {
          type: 'string',
        },
        credit: {
          type: 'string',
        },
      },
    },
    author: {
      type: 'object',
      required: ['name'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
        url: {
          $ref: '#/$defs/url',
        },
        role: {
          type: 'string',
        },
        bio: {
          type: 'string',
        },
        image: {
          $ref: '#/$defs/photo',
        },
        links: {
          type: 'array',
          items: {
            type: 'object',
            required: ['label', 'url'],
            properties: {
              label: {
                type: 'string',
                minLength: 1,
              },
              url: {
                $ref: '#/$defs/url',
              },
            },
          },
        },
      },
    },
    html: {
      type: 'string',
      description:
        'Inline HTML: a, em, strong, i, b, br, code, sub and sup only; anything else is unwrapped (its text kept).',
    },
    blockHtml: {
      type: 'string',
      description: 'Paragraphs (p) and the inline elements of `html`.',
    },
    richHtml: {
      type: 'string',
      description: 'Paragraphs and lists (p, ul, ol, li) and the inline elements of `html`.',
    },
  },
} as const;

/**
 * The schema, with `custom` block types (name -> schema of their fields) accepted beside the
 * built-in ones.
 */
export async function articleSchema(custom: Record<string, JsonSchema> = {}): Promise<JsonSchema> {
  return assembleSchema({ ...(await blockSchemas()), ...custom });
}

/** The Article schema for these block types (name -> schema of the block's fields). */
export function assembleSchema(blocks: Record<string, JsonSchema>): JsonSchema {
  const types = Object.keys(blocks);
  const defs: Record<string, unknown> = { ...BASE.$defs };
  for (const [type, { $defs, required, properties, ...rest }] of Object.entries(blocks)) {
    Object.assign(defs, $defs);
    defs[`${type}Block`] = {
      type: 'object',
      ...rest,
      required: ['type', ...((required as string[]) ?? [])],
      properties: { type: { const: type }, ...(properties as object) },
    };
  }
  // Dispatch on `type`: an unknown type fails the enum, a known one is checked against its fields.
  defs.block = {
    type: 'object',
    required: ['type'],
    properties: { type: { enum: types } },
    allOf: types.map((type) => ({
      if: { properties: { type: { const: type } } },
      then: { $ref: `#/$defs/${type}Block` },
    })),
  };
  return { ...BASE, $defs: defs };
}

/** Each built-in type's fragment, from blocks/<type>.js; a module without one fails loudly. */
export async function blockSchemas(): Promise<Record<string, JsonSchema>> {
  const entries = await Promise.all(
    Object.keys(BLOCKS).map(async (type) => {
      const { schema } = (await import(`./blocks/${type}.js`)) as { schema?: JsonSchema };
      if (!schema) throw new Error(`article/blocks/${type}.js exports no schema`);
      return [type, schema] as const;
    }),
  );
  return Object.fromEntries(entries);
}
