import type { ArgTypes } from '@storybook/web-components-vite';

type InputType = ArgTypes[string];

/*
 * Our own reading of custom-elements.json for the docs table and controls, in place of the
 * framework's. The framework keys every row by its bare name, so the `headline` slot and the
 * `headline` part overwrite the `headline` attribute (and its control), attribute-backed fields
 * appear twice (`headingLevel` beside `heading-level`), private fields are listed, and the default
 * slot is dropped. Here each row keeps its display name but gets a key unique to its category;
 * attributes (and properties without one, such as `article`) keep their bare name as key, so
 * story args are named after attributes.
 */

interface CemType {
  text?: string;
}
interface CemItem {
  name: string;
  description?: string;
  summary?: string;
  type?: CemType;
  default?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  fieldName?: string;
}
interface CemDeclaration extends CemItem {
  tagName?: string;
  members?: CemItem[];
  attributes?: CemItem[];
  events?: CemItem[];
  slots?: CemItem[];
  cssProperties?: CemItem[];
  cssParts?: CemItem[];
}
export interface CemManifest {
  modules?: { declarations?: CemDeclaration[] }[];
}

let manifest: CemManifest | undefined;

export function useManifest(value: CemManifest): void {
  manifest = value;
}

function declarationOf(tag: string): CemDeclaration | undefined {
  for (const mod of manifest?.modules ?? []) {
    for (const declaration of mod.declarations ?? []) if (declaration.tagName === tag) return declaration;
  }
  return undefined;
}

/** A TypeScript type as Storybook's control inference understands it. */
function sbType(text = ''): InputType['type'] {
  const parts = text
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'undefined' && s !== 'null');
  if (parts.length && parts.every((p) => /^'.*'$/.test(p)))
    return { name: 'enum', value: parts.map((p) => p.slice(1, -1)) };
  if (parts.length === 1 && ['string', 'number', 'boolean'].includes(parts[0])) return { name: parts[0] as 'string' };
  return { name: 'other', value: text };
}

function row(item: CemItem, category: string, name = item.name, type?: InputType['type']): InputType {
  return {
    name,
    description: item.description ?? item.summary ?? '',
    ...(type ? { type } : {}),
    ...(type ? {} : { control: false }),
    table: {
      category,
      type: item.type?.text ? { summary: item.type.text } : undefined,
      defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
    },
  };
}

const camel = (event: string) =>
  event.replace(/[-_:.\s]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''));

export function extractArgTypes(tag: string): ArgTypes | null {
  const d = declarationOf(tag);
  if (!d) return null;
  const argTypes: ArgTypes = {};
  for (const attribute of d.attributes ?? []) {
    argTypes[attribute.name] = row(attribute, 'attributes', attribute.name, sbType(attribute.type?.text));
  }
  // Fields reachable only as properties; attribute-backed ones are documented by their attribute.
  for (const member of d.members ?? []) {
    if (member.kind !== 'field' || member.attribute || (member.privacy && member.privacy !== 'public')) continue;
    const name = member.static ? `${d.name}.${member.name}` : member.name;
    const key = member.static || member.name in argTypes ? `property:${name}` : member.name;
    argTypes[key] = row(member, 'properties', name);
  }
  for (const event of d.events ?? []) {
    const handler = `on${camel(event.name).replace(/^./, (c) => c.toUpperCase())}`;
    // Logged in the Actions panel when a story binds args.<handler> to the event.
    argTypes[handler] = { name: handler, action: event.name, table: { disable: true } };
    argTypes[`event:${event.name}`] = row(event, 'events');
  }
  for (const slot of d.slots ?? [])
    argTypes[`slot:${slot.name || 'default'}`] = row(slot, 'slots', slot.name || '(default)');
  for (const prop of d.cssProperties ?? []) argTypes[`css:${prop.name}`] = row(prop, 'css custom properties');
  for (const part of d.cssParts ?? []) argTypes[`part:${part.name}`] = row(part, 'css shadow parts');
  return argTypes;
}

export function extractComponentDescription(tag: string): string | undefined {
  return declarationOf(tag)?.description;
}
