// Minifies the css`` and html`` template literals of the npm build (dist/**/*.js, after tsc), and of
// the script-tag bundle (vite.config.ts calls minifyHTMLLiterals on each source file): the CSS through
// Lightning CSS, the HTML through html-minifier-next with whitespace collapsed to one space (never
// removed: text runs next to inline elements keep their spaces) and empty attributes kept (alt=""
// matters). Apps that bundle the npm modules ship these literals as they are, so minifying them here is
// the only way their bytes go. Each file's source map is composed with the minifier's, so it still
// points into src/.
//
// This is the method of the minify-literals package (2.2.0), written out here because its releases
// since 2.1 declare Node 22 (and npm warns EBADENGINE on the Node 20 this project supports). The parts
// are the same libraries: acorn with its TypeScript plugin finds the tagged templates, Lightning CSS
// and html-minifier-next (5.2.2, the last line that declares no Node 22 requirement) minify them,
// magic-string writes them back with a source map. On the project's sources the output is byte for
// byte what minify-literals 2.2.0 gives. When the project moves to Node 22, minify-literals can come back.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import remapping from '@jridgewell/remapping';
import { Parser } from 'acorn';
import { tsPlugin } from '@sveltejs/acorn-typescript';
import MagicString from 'magic-string';
import { transform } from 'lightningcss';
import { minify as minifyHtml } from 'html-minifier-next';

/** html-minifier-next options for html`` and svg`` literals (what both builds use). */
export const HTML_OPTIONS = {
  caseSensitive: true,
  collapseWhitespace: true,
  conservativeCollapse: true,
  decodeEntities: true,
  minifyCSS: false,
  minifyJS: false,
  removeAttributeQuotes: false,
  removeComments: true,
  removeDefaultTypeAttributes: true,
  removeEmptyAttributes: false,
  useShortDoctype: true,
};

/** Kept for callers that spread it into the options: minifyHTMLLiterals(code, { fileName, ...LITERAL_OPTIONS }). */
export const LITERAL_OPTIONS = { html: HTML_OPTIONS };

const HTML_TAGS = ['html', 'svg'];
const CSS_TAGS = ['css', 'style', 'styles', 'styled'];

/** The tagged template literals in a JavaScript or TypeScript source, each with its parts' offsets. */
function taggedTemplates(source, fileName) {
  let ast;
  try {
    ast = Parser.extend(tsPlugin({ jsx: /\.m?[jt]sx($|[?#])/.test(fileName) })).parse(source, {
      ecmaVersion: 'latest',
      locations: true,
      sourceType: 'module',
    });
  } catch {
    return [];
  }
  const templates = [];
  const nodes = [ast];
  for (const node of nodes) {
    if (node.type === 'TaggedTemplateExpression') {
      templates.push({
        tag: source.slice(node.tag.start, node.tag.end).toLowerCase(),
        parts: node.quasi.quasis.map((q) => ({ text: q.value.raw, start: q.start, end: q.end })),
      });
    }
    for (const value of Object.values(node)) {
      const children = Array.isArray(value) ? value : [value];
      for (const child of children)
        if (child && typeof child === 'object' && typeof child.type === 'string') nodes.push(child);
    }
  }
  return templates;
}

/** A placeholder for the expressions between the parts, found in none of them. */
function placeholderFor(parts) {
  let placeholder = '@TEMPLATE_EXPRESSION';
  while (parts.some((part) => part.text.includes(placeholder))) placeholder += '_';
  return placeholder;
}

async function minifyHtmlTemplate(html, options) {
  // A placeholder inside a comment would vanish with the comment.
  if (/<!--(.*?)@TEMPLATE_EXPRESSION(.*?)-->/.test(html)) return html;
  html = html.replaceAll(/<(\/?)@TEMPLATE_EXPRESSION(_*)/g, '<$1TEMPLATE_EXPRESSION$2___');
  let result = await minifyHtml(html, options);
  result = result.replaceAll(/<(\/?)TEMPLATE_EXPRESSION(_*)___/g, '<$1@TEMPLATE_EXPRESSION$2');
  if (options.collapseWhitespace) {
    // html-minifier-next leaves newlines inside <svg> attributes.
    for (const match of Array.from(result.matchAll(/<svg/g)).reverse()) {
      const start = match.index ?? 0;
      const end = result.indexOf('</svg', start);
      if (end < 0) continue;
      result = result.slice(0, start) + result.slice(start, end).replace(/\r?\n/g, '') + result.slice(end);
    }
  }
  return result;
}

function transformCss(css) {
  return transform({ filename: 'style.css', code: Buffer.from(css), minify: true }).code.toString();
}

function minifyCssTemplate(css, placeholder) {
  let result;
  try {
    result = transformCss(css);
  } catch (sheetError) {
    // A literal of declarations only (no selector): minify it inside a rule, then unwrap it.
    try {
      const selector = '.__MINIFY_LITERALS__';
      const prefix = `${selector}{`;
      const output = transformCss(`${prefix}${css}}`);
      if (!output.startsWith(prefix) || !output.endsWith('}')) throw new Error('could not unwrap');
      result = output.slice(prefix.length, -1);
    } catch {
      console.warn(
        `minify-literals: CSS left as it is (${sheetError instanceof Error ? sheetError.message : sheetError})`,
      );
      return css.replace(/\n|\r/g, '');
    }
  }
  return result
    .replaceAll(new RegExp(`(${placeholder})\\s+:\\s*`, 'g'), '$1:')
    .replaceAll(new RegExp(`(${placeholder})\\s*;(?=})`, 'g'), '$1');
}

/**
 * Minifies the html``, svg`` and css`` literals of one source file. Resolves to `{ code, map }`, or
 * null when nothing changed. A file that uses unsafeHTML or unsafeCSS keeps those literals as they are.
 */
export async function minifyHTMLLiterals(source, { fileName = '', html = HTML_OPTIONS } = {}) {
  const skipCss = source.includes('unsafeCSS');
  const skipHtml = source.includes('unsafeHTML');
  const ms = new MagicString(source);
  await Promise.all(
    taggedTemplates(source, fileName).map(async (template) => {
      const isCss = !skipCss && CSS_TAGS.some((t) => template.tag.includes(t));
      const isHtml = !skipHtml && HTML_TAGS.some((t) => template.tag.includes(t));
      if (!isCss && !isHtml) return;
      const placeholder = placeholderFor(template.parts);
      const combined = template.parts.map((part) => part.text).join(placeholder);
      const min = isCss ? minifyCssTemplate(combined, placeholder) : await minifyHtmlTemplate(combined, html);
      const minParts = min.split(placeholder);
      if (minParts.length !== template.parts.length)
        throw new Error(`minify-literals: ${fileName}: the minified template lost an expression`);
      for (const [i, part] of template.parts.entries())
        if (part.start < part.end) ms.overwrite(part.start, part.end, minParts[i] ?? '');
    }),
  );
  const code = ms.toString();
  if (code === source) return null;
  return { code, map: ms.generateMap({ file: `${fileName}.map`, source: fileName, hires: true }) };
}

const walk = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });

export async function minifyDist(dir = 'dist') {
  let before = 0;
  let after = 0;
  for (const file of walk(dir).filter((f) => f.endsWith('.js') && !/\/article-elements[^/]*\.js$/.test(f))) {
    const code = readFileSync(file, 'utf8');
    if (!/\b(?:html|css|svg)\s*`/.test(code)) continue;
    const result = await minifyHTMLLiterals(code, { fileName: file });
    if (!result) continue;
    before += code.length;
    const mapFile = `${file}.map`;
    let out = result.code;
    try {
      const tscMap = JSON.parse(readFileSync(mapFile, 'utf8'));
      const map = remapping([JSON.parse(result.map.toString()), tscMap], () => null);
      map.file = tscMap.file;
      map.sources = tscMap.sources;
      writeFileSync(mapFile, JSON.stringify(map));
    } catch {
      // no map beside this file
    }
    out = out.replace(/\n\/\/# sourceMappingURL=.*$/, '');
    if (/\/\/# sourceMappingURL=/.test(code)) out += `\n//# sourceMappingURL=${file.split('/').pop()}.map\n`;
    writeFileSync(file, out);
    after += out.length;
  }
  return { before, after };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { before, after } = await minifyDist(process.argv[2] ?? 'dist');
  console.log(`template literals minified: ${before} -> ${after} bytes`);
}
