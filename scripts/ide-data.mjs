// Editor support generated from custom-elements.json (run `npm run analyze` first), written to dist/:
//   vscode.html-custom-data.json  tags, attributes and their values, for VS Code's HTML support
//   vscode.css-custom-data.json   the --article-* custom properties and ::part() names, for its CSS support
//   jsx.d.ts                      React JSX types for using the tags directly (React 19), `article-elements/jsx`
// The manifest is the single source: the JSDoc on each class (@summary, @slot, @csspart, @cssproperty,
// @event) and its reactive properties.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = manifest.modules
  .flatMap((mod) => (mod.declarations ?? []).map((d) => ({ ...d, modulePath: mod.path })))
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
if (elements.length === 0) throw new Error('custom-elements.json lists no elements; run `npm run analyze`');

const readme = `https://www.npmjs.com/package/${pkg.name}`;
const publicFields = (el) =>
  (el.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && (!m.privacy || m.privacy === 'public') && !m.readonly,
  );
/** 'pull' | 'block' -> ['pull', 'block']; anything that is not a union of string literals -> []. */
const literals = (type = '') => {
  const parts = type
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== 'undefined');
  return parts.every((p) => /^'[^']*'$|^"[^"]*"$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
};
const isBoolean = (type = '') => type.replace(/\s*\|\s*undefined/, '').trim() === 'boolean';
const list = (title, items, name) =>
  items?.length
    ? `\n\n**${title}**\n${items.map((i) => `- ${name(i)}${i.description ? `: ${i.description}` : ''}`).join('\n')}`
    : '';

function describe(el) {
  return (
    (el.summary ?? el.description ?? '') +
    list('Slots', el.slots, (s) => (s.name ? `\`${s.name}\`` : '(default)')) +
    list('Events', el.events, (e) => `\`${e.name}\``) +
    list('CSS parts', el.cssParts, (p) => `\`::part(${p.name})\``) +
    list(
      'CSS custom properties',
      el.cssProperties,
      (p) => `\`${p.name}\`${p.default ? ` (default \`${p.default}\`)` : ''}`,
    )
  );
}

const html = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tagName,
    description: { kind: 'markdown', value: describe(el) },
    attributes: (el.attributes ?? []).map((a) => {
      const values = literals(a.type?.text);
      return {
        name: a.name,
        description: [a.description, a.default ? `Default: \`${a.default}\`.` : ''].filter(Boolean).join(' '),
        ...(isBoolean(a.type?.text)
          ? { valueSet: 'v' }
          : values.length
            ? { values: values.map((name) => ({ name })) }
            : {}),
      };
    }),
    references: [{ name: 'article-elements', url: readme }],
  })),
};

const css = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  properties: [
    ...new Map(
      elements.flatMap((el) =>
        (el.cssProperties ?? []).map((p) => [
          p.name,
          {
            name: p.name,
            description:
              `${p.description ?? ''}${p.default ? ` Default: \`${p.default}\`.` : ''} (\`<${el.tagName}>\`)`.trim(),
          },
        ]),
      ),
    ).values(),
  ],
  pseudoElements: elements.flatMap((el) =>
    (el.cssParts ?? []).map((p) => ({
      name: `::part(${p.name})`,
      description: `\`<${el.tagName}>\`: ${p.description ?? ''}`,
    })),
  ),
};

// React 19 sets a prop as a property when the element has one (`article`, `headingLevel`), else as an
// attribute (`heading-level`), and listens for `on<event>` props with the event's own name (`onload`,
// `ontweet-embed-activate`); React's camelCase `onLoad` is not heard on custom elements.
const classOf = (el) => el.name;
const comment = (text) => (text ? `/** ${text.replace(/\*\//g, '*\\/')} */\n    ` : '');
// The package registers its events in GlobalEventHandlersEventMap (src/tag-names.ts); use those types.
const eventType = (e) => `GlobalEventHandlersEventMap['${e.name}']`;
const propsOf = (el) => {
  const lines = [];
  for (const f of publicFields(el)) lines.push(`${comment(f.description)}${f.name}?: ${classOf(el)}['${f.name}'];`);
  for (const a of el.attributes ?? []) {
    if (!a.fieldName || a.name === a.fieldName) continue;
    const type = isBoolean(a.type?.text)
      ? 'boolean'
      : /\bnumber\b/.test(a.type?.text ?? '')
        ? 'string | number'
        : 'string';
    lines.push(`${comment(a.description)}'${a.name}'?: ${type};`);
  }
  for (const e of el.events ?? [])
    lines.push(`${comment(e.description)}'on${e.name}'?: (event: ${eventType(e)}) => void;`);
  return lines;
};
const jsx = `// Generated by scripts/ide-data.mjs from custom-elements.json. Do not edit.
/**
 * JSX types for the six tags used directly in React 19 (the wrappers in \`article-elements/react\` need
 * none of this). Load once, e.g. \`import type {} from 'article-elements/jsx';\` in a .d.ts, or
 * \`"types": ["article-elements/jsx"]\` in tsconfig.json. Properties take rich values
 * (\`article={data}\`); events use the event's own name: \`onload\`, \`onerror\`, \`ontweet-embed-activate\`.
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { ${elements.map(classOf).join(', ')} } from './index.js';

type Base<T> = Omit<HTMLAttributes<T>, 'onLoad' | 'onError'> & RefAttributes<T> & { class?: string };

export interface ArticleElementsIntrinsicElements {
${elements
  .map((el) => `  '${el.tagName}': Base<${classOf(el)}> & {\n    ${propsOf(el).join('\n    ')}\n  };`)
  .join('\n')}
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends ArticleElementsIntrinsicElements {}
  }
}
`;

mkdirSync('dist', { recursive: true });
writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(html, null, 2)}\n`);
writeFileSync('dist/vscode.css-custom-data.json', `${JSON.stringify(css, null, 2)}\n`);
writeFileSync('dist/jsx.d.ts', jsx);
console.log(`dist/vscode.*-custom-data.json, dist/jsx.d.ts: ${elements.length} elements from custom-elements.json`);
