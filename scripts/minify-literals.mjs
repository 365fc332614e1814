// Minifies the css`` and html`` template literals of the npm build (dist/**/*.js, after tsc), as the
// Vite config does for the script-tag bundle: the CSS through Lightning CSS, the HTML with whitespace
// collapsed to one space (never removed: text runs next to inline elements keep their spaces) and
// empty attributes kept (alt="" matters). Apps that bundle the npm modules ship these literals as
// they are, so minifying them here is the only way their bytes go. Each file's source map is
// composed with the minifier's, so it still points into src/.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import remapping from '@jridgewell/remapping';
import { minifyHTMLLiterals } from 'minify-literals';

/** What both builds use: see vite.config.ts. */
export const LITERAL_OPTIONS = {
  html: { conservativeCollapse: true, removeEmptyAttributes: false, minifyCSS: false, minifyJS: false },
};

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
    const result = await minifyHTMLLiterals(code, { fileName: file, ...LITERAL_OPTIONS });
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
